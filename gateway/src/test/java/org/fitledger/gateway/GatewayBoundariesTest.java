package org.fitledger.gateway;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.web.bind.annotation.RestController;

/**
 * The gateway's feature packages depend on one another in one direction only, and talk to the
 * ledger and the database through named parts: controllers answer from repositories and write
 * through {@code LedgerWrites}; Fabric's types stay in the ledger adapter and in the three readers
 * of blocks (the indexer, verification and receipts).
 */
class GatewayBoundariesTest {
  private static final JavaClasses GATEWAY =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("org.fitledger.gateway");

  @Test
  void the_gateways_packages_have_no_cycles() {
    slices().matching("org.fitledger.gateway.(*)..").should().beFreeOfCycles().check(GATEWAY);
  }

  @Test
  void only_the_ledger_adapter_the_readers_of_blocks_and_the_signing_client_touch_fabric() {
    noClasses()
        .that()
        .resideOutsideOfPackages(
            "org.fitledger.gateway.ledger..",
            "org.fitledger.gateway.index..",
            "org.fitledger.gateway.verify..",
            "org.fitledger.gateway.receipt..",
            "org.fitledger.gateway.client..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.hyperledger..")
        .check(GATEWAY);
  }

  @Test
  void controllers_speak_neither_sql_nor_fabric() {
    noClasses()
        .that()
        .areAnnotatedWith(RestController.class)
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.hyperledger..", "org.springframework.jdbc..", "java.sql..")
        .check(GATEWAY);
  }
}
