package org.fitledger.chaincode.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fitledger.chaincode.World.contractJson;
import static org.fitledger.chaincode.shared.Fixtures.SUPERVISOR;
import static org.fitledger.chaincode.shared.Fixtures.SUPERVISOR_PD;

import java.time.Instant;
import java.util.Optional;
import org.fitledger.chaincode.World;
import org.fitledger.model.contract.MaintenanceContract;
import org.junit.jupiter.api.Test;

class CoveringContractTest {
  private static final Instant NOW = Instant.parse("2026-11-21T10:00:00Z");

  private final World world = new World();

  private void register(String id, String districts, String sites) {
    world.contracts.register(
        world.ledger.tx(SUPERVISOR), contractJson(id, "CO-" + id, districts, sites));
  }

  private Optional<String> covering(String site, String path, Instant at) {
    return world
        .contracts
        .covering(world.ledger.tx(SUPERVISOR), site, path, at)
        .map(MaintenanceContract::id);
  }

  @Test
  void finds_no_contract_when_none_matches() {
    register("C-1", "[\"SH/XH\"]", "[]");

    assertThat(covering("Riverside", "SH/PD/ZJ/C01", NOW)).isEmpty();
  }

  @Test
  void prefers_a_longer_district_prefix() {
    register("C-1", "[\"SH\"]", "[]");
    register("C-2", "[\"SH/PD/ZJ\"]", "[]");
    register("C-3", "[\"SH/PD\"]", "[]");

    assertThat(covering("Riverside", "SH/PD/ZJ/C01", NOW)).contains("C-2");
  }

  @Test
  void prefers_a_site_match_over_any_district() {
    register("C-1", "[\"SH/PD/ZJ/C01\"]", "[]");
    register("C-2", "[]", "[\"Riverside\"]");

    assertThat(covering("Riverside", "SH/PD/ZJ/C01", NOW)).contains("C-2");
  }

  @Test
  void a_site_match_applies_only_within_the_districts_of_the_contracts_registrar() {
    world.contracts.register(
        world.ledger.tx(SUPERVISOR_PD), contractJson("C-1", "GREENFIX", "[]", "[\"Riverside\"]"));

    assertThat(covering("Riverside", "SH/PD/ZJ/C01", NOW)).contains("C-1");
    assertThat(covering("Riverside", "SH/XH/AA/C01", NOW)).isEmpty();
  }

  @Test
  void a_contract_stored_without_site_districts_applies_its_sites_nowhere() {
    MaintenanceContract legacy =
        world.json.decodeStored(
            "{\"id\":\"C-1\",\"company\":\"GREENFIX\",\"districts\":[],"
                + "\"sites\":[\"Riverside\"],\"validFrom\":\"2026-01-01\","
                + "\"validTo\":\"2027-12-31\",\"sla\":null,\"slaVersion\":1,"
                + "\"registeredBy\":\"supervisor1\",\"registeredAt\":\"2026-01-01T00:00:00Z\","
                + "\"txId\":\"tx0\"}",
            MaintenanceContract.class);

    assertThat(legacy.siteDistricts()).isEmpty();
    assertThat(legacy.specificity("Riverside", "SH/PD/ZJ/C01")).isZero();
  }

  @Test
  void breaks_ties_by_the_lowest_contract_id() {
    register("C-B", "[\"SH/PD\"]", "[]");
    register("C-A", "[\"SH/PD\"]", "[]");

    assertThat(covering("Riverside", "SH/PD/ZJ/C01", NOW)).contains("C-A");
  }

  @Test
  void ignores_contracts_not_valid_on_the_utc_date() {
    register("C-1", "[\"SH/PD\"]", "[]");

    assertThat(covering("Riverside", "SH/PD/ZJ/C01", Instant.parse("2025-12-31T23:59:59Z")))
        .isEmpty();
    assertThat(covering("Riverside", "SH/PD/ZJ/C01", Instant.parse("2026-01-01T00:00:00Z")))
        .contains("C-1");
    assertThat(covering("Riverside", "SH/PD/ZJ/C01", Instant.parse("2027-12-31T23:59:59Z")))
        .contains("C-1");
    assertThat(covering("Riverside", "SH/PD/ZJ/C01", Instant.parse("2028-01-01T00:00:00Z")))
        .isEmpty();
  }

  @Test
  void matches_district_prefixes_at_segment_boundaries_only() {
    register("C-1", "[\"SH/P\"]", "[]");

    assertThat(covering("Riverside", "SH/PD/ZJ/C01", NOW)).isEmpty();
  }
}
