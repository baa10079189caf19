package org.fitledger.model;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The model is plain Java that the chaincode and the gateway share: no framework, no SQL, no I/O in
 * it (its own dependencies keep frameworks out at compile time; this keeps the JDK's out too). Of
 * libraries it uses annotations only: Jackson's, which name its records' JSON fields, and
 * OpenAPI's, which describe its requests in the gateway's API document.
 */
class ModelBoundariesTest {
  private static final JavaClasses MODEL =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("org.fitledger.model");

  @Test
  void the_model_depends_on_the_languages_basics_two_sets_of_annotations_and_itself_only() {
    classes()
        .that()
        .resideInAPackage("org.fitledger.model..")
        .should()
        .onlyDependOnClassesThat()
        .resideInAnyPackage(
            "java.lang..",
            "java.util..",
            "java.time..",
            "java.math..",
            "com.fasterxml.jackson.annotation..",
            "io.swagger.v3.oas.annotations..",
            "org.fitledger.model..")
        .check(MODEL);
  }

  @Test
  void the_models_packages_have_no_cycles() {
    slices().matching("org.fitledger.model.(*)..").should().beFreeOfCycles().check(MODEL);
  }
}
