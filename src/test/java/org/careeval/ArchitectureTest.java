package org.careeval;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The product obeys every rule of docs/architecture.md. */
class ArchitectureTest {

  private static final String ROOT = "org.careeval";
  private static JavaClasses product;

  @BeforeAll
  static void importProduct() {
    product =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(ROOT);
  }

  @Test
  void layersOnlyDependDownwards() {
    ArchitectureRules.layers(ROOT, false).check(product);
  }

  static Stream<ArchRule> technologyRules() {
    return ArchitectureRules.technologyRules(ROOT).stream();
  }

  @ParameterizedTest
  @MethodSource("technologyRules")
  void productObeys(ArchRule rule) {
    rule.check(product);
  }
}
