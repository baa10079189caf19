package org.fitledger.gateway.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Which requests are the people's ledger writes, and what the person entered in each. */
class DeviceWritesTest {

  @Test
  void a_ticket_step_calls_its_function_with_the_ticket_id_then_the_body() {
    assertThat(DeviceWrites.of("POST", "api/v1/tickets/t-1/repair", "{\"note\":\"x\"}"))
        .contains(new DeviceWrites("confirmRepair", List.of("t-1", "{\"note\":\"x\"}")));
  }

  @Test
  void a_field_the_function_takes_alone_is_entered_as_its_text() {
    assertThat(DeviceWrites.of("PUT", "api/v1/settings/location-tolerance", "{\"meters\":75}"))
        .contains(new DeviceWrites("setLocationTolerance", List.of("75")));
    assertThat(DeviceWrites.of("POST", "api/v1/equipment/EQ-1/retirement", "{\"reason\":\"worn\"}"))
        .contains(new DeviceWrites("retireEquipment", List.of("EQ-1", "worn")));
  }

  @Test
  void a_ping_and_a_purge_are_writes_without_a_body() {
    assertThat(DeviceWrites.of("POST", "api/v1/ledger/ping", ""))
        .contains(new DeviceWrites("ping", List.of()));
    assertThat(DeviceWrites.of("DELETE", "api/v1/reports/R-1/contact", ""))
        .contains(new DeviceWrites("purgeReportContact", List.of("R-1")));
  }

  @Test
  void reads_and_other_methods_are_no_writes() {
    assertThat(DeviceWrites.of("GET", "api/v1/equipment", "")).isEmpty();
    assertThat(DeviceWrites.of("DELETE", "api/v1/equipment/EQ-1", "")).isEmpty();
    assertThat(DeviceWrites.of("POST", "api/v1/tickets/t-1/repair/extra", "{}")).isEmpty();
  }
}
