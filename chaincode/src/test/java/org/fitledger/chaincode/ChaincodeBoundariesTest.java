package org.fitledger.chaincode;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The contract's rules stay free of Fabric: only the adapter in {@code fabric} talks to the shim
 * and the protos, so every rule runs the same in a unit test and on a peer.
 */
class ChaincodeBoundariesTest {
  private static final JavaClasses CHAINCODE =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("org.fitledger.chaincode");

  @Test
  void only_the_fabric_adapter_uses_fabric() {
    noClasses()
        .that()
        .resideOutsideOfPackage("org.fitledger.chaincode.fabric..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.hyperledger..")
        .check(CHAINCODE);
  }

  @Test
  void the_chaincodes_packages_have_no_cycles() {
    slices().matching("org.fitledger.chaincode.(*)..").should().beFreeOfCycles().check(CHAINCODE);
  }
}
