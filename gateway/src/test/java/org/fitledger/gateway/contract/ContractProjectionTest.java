package org.fitledger.gateway.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.fitledger.gateway.index.Changes;
import org.fitledger.gateway.index.LedgerEvent;
import org.fitledger.gateway.index.RecordingJdbc;
import org.junit.jupiter.api.Test;

class ContractProjectionTest {
  private static final String CONTRACT =
      "{\"id\":\"c-1\",\"company\":\"GREENFIX\",\"districts\":[\"SH/PD\"],\"sites\":[],"
          + "\"validFrom\":\"2026-01-01\",\"validTo\":\"2026-12-31\",\"sla\":{\"MINOR\":"
          + "{\"acknowledgeHours\":0.0003,\"repairHours\":0.0003}},\"slaVersion\":3,"
          + "\"registeredBy\":\"supervisor1\",\"registeredAt\":\"2026-01-01T00:00:00Z\","
          + "\"txId\":\"tx\"}";

  @Test
  void writes_company_validity_and_sla_version_keeping_fractional_hours_verbatim() {
    RecordingJdbc jdbc = new RecordingJdbc();
    ContractProjection projection = new ContractProjection(new ContractRepository(jdbc.client()));

    projection.project(
        Changes.parse(
                "{\"changes\":[{\"kind\":\"contract\",\"record\":" + CONTRACT + "}]}", Map.of())
            .get(0)
            .record(),
        new LedgerEvent(60, "tx", "fitledger", "ContractSlaUpdated", ""));

    assertThat(projection.kind()).isEqualTo("contract");
    assertThat(jdbc.into("contracts").get(0).params())
        .containsExactly("c-1", "GREENFIX", "2026-01-01", "2026-12-31", 3, "tx", 60L, CONTRACT);
  }
}
