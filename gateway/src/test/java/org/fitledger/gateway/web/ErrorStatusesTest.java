package org.fitledger.gateway.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.fitledger.gateway.error.ErrorCode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class ErrorStatusesTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "INVALID_INPUT, 400",
    "ACCESS_DENIED, 403",
    "EQUIPMENT_NOT_FOUND, 404",
    "PATROL_NOT_FOUND, 404",
    "EQUIPMENT_EXISTS, 409",
    "PATROL_ID_CONFLICT, 409",
    "UNAUTHENTICATED, 401",
    "COMMIT_FAILED, 409",
    "LEDGER_UNAVAILABLE, 503",
    "LEDGER_ERROR, 502",
    "INTERNAL, 500"
  })
  void maps_each_code_to_its_http_status(ErrorCode code, int status) {
    assertThat(ErrorStatuses.of(code).value()).isEqualTo(status);
  }

  @ParameterizedTest
  @EnumSource(value = ErrorCode.class, names = ".*_NOT_FOUND", mode = EnumSource.Mode.MATCH_ALL)
  void answers_every_not_found_code_with_404(ErrorCode code) {
    assertThat(ErrorStatuses.of(code).value()).isEqualTo(404);
  }
}
