package org.fitledger.gateway;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The gateway's feature packages depend on one another in one direction only. */
class GatewayBoundariesTest {
  private static final JavaClasses GATEWAY =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("org.fitledger.gateway");

  @Test
  void the_gateways_packages_have_no_cycles() {
    slices().matching("org.fitledger.gateway.(*)..").should().beFreeOfCycles().check(GATEWAY);
  }
}
