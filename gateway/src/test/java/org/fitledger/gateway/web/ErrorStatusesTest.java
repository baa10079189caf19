package org.fitledger.gateway.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.fitledger.model.error.ErrorCode;
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
    "EQUIPMENT_RETIRED, 409",
    "TICKETS_OPEN, 409",
    "CONTRACT_NOT_FOUND, 404",
    "CONTRACT_EXISTS, 409",
    "TICKET_NOT_FOUND, 404",
    "TICKET_EXISTS, 409",
    "INVALID_TRANSITION, 409",
    "ENDORSEMENT_FAILED, 409",
    "UNAUTHENTICATED, 401",
    "COMMIT_FAILED, 409",
    "LEDGER_UNAVAILABLE, 503",
    "LEDGER_ERROR, 502",
    "INDEX_UNAVAILABLE, 503",
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

  @ParameterizedTest
  @EnumSource(
      value = ErrorCode.class,
      names = ".*_(EXISTS|CONFLICT)",
      mode = EnumSource.Mode.MATCH_ALL)
  void answers_every_exists_or_conflict_code_with_409(ErrorCode code) {
    assertThat(ErrorStatuses.of(code).value()).isEqualTo(409);
  }

  static java.util.List<ErrorCode> chaincodeCodes() {
    return ErrorCode.chaincodeCodes();
  }

  @ParameterizedTest
  @org.junit.jupiter.params.provider.MethodSource("chaincodeCodes")
  void answers_every_chaincode_code_with_a_4xx(ErrorCode code) {
    assertThat(ErrorStatuses.of(code).is4xxClientError()).isTrue();
  }
}
