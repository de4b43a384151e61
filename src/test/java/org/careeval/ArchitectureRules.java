package org.careeval;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.GeneralCodingRules;
import java.util.List;

/**
 * The architecture rules of docs/architecture.md, for a given root package, so the same rules check
 * the product ({@code org.careeval}) and a fixture that breaks each of them.
 */
final class ArchitectureRules {

  private ArchitectureRules() {}

  /** ui, cli → service → persistence, report → domain; app wires everything. */
  static ArchRule layers(String root, boolean allLayersOptional) {
    return layeredArchitecture()
        .consideringOnlyDependenciesInLayers()
        .withOptionalLayers(allLayersOptional)
        .layer("App")
        .definedBy(root + ".app..")
        .layer("Cli")
        .definedBy(root + ".cli..")
        .layer("Ui")
        .definedBy(root + ".ui..")
        .layer("Service")
        .definedBy(root + ".service..")
        .layer("Persistence")
        .definedBy(root + ".persistence..")
        .optionalLayer("Report")
        .definedBy(root + ".report..")
        .layer("Domain")
        .definedBy(root + ".domain..")
        .whereLayer("App")
        .mayNotBeAccessedByAnyLayer()
        .whereLayer("Cli")
        .mayOnlyBeAccessedByLayers("App")
        .whereLayer("Ui")
        .mayOnlyBeAccessedByLayers("App")
        .whereLayer("Service")
        .mayOnlyBeAccessedByLayers("Ui", "Cli", "App")
        .whereLayer("Persistence")
        .mayOnlyBeAccessedByLayers("Service", "App")
        .whereLayer("Report")
        .mayOnlyBeAccessedByLayers("Service", "App")
        .whereLayer("Domain")
        .mayOnlyBeAccessedByLayers("Persistence", "Report", "Service", "Ui", "Cli", "App");
  }

  static ArchRule noJavaFxBelowUi(String root) {
    return noClasses()
        .that()
        .resideInAnyPackage(
            root + ".domain..",
            root + ".service..",
            root + ".persistence..",
            root + ".report..",
            root + ".cli..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("javafx..");
  }

  static ArchRule databaseOnlyInPersistence(String root) {
    return noClasses()
        .that()
        .resideOutsideOfPackage(root + ".persistence..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.jooq..", "java.sql..", "javax.sql..", "org.flywaydb..", "org.h2..");
  }

  static ArchRule poiOnlyInReportExcel(String root) {
    return noClasses()
        .that()
        .resideOutsideOfPackage(root + ".report.excel..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.apache.poi..");
  }

  static ArchRule controlsFxOnlyInUi(String root) {
    return noClasses()
        .that()
        .resideOutsideOfPackage(root + ".ui..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.controlsfx..");
  }

  static ArchRule viewModelsAreToolkitNeutral(String root) {
    return classes()
        .that()
        .resideInAPackage(root + "..")
        .and()
        .haveSimpleNameEndingWith("ViewModel")
        .should()
        .onlyDependOnClassesThat()
        .resideOutsideOfPackages("javafx.scene..", "javafx.stage..")
        .allowEmptyShould(true);
  }

  static ArchRule noTopLevelCycles(String root) {
    return slices().matching(root + ".(*)..").should().beFreeOfCycles();
  }

  static ArchRule noCyclesBetweenUiFeatures(String root) {
    return slices().matching(root + ".ui.(*)..").should().beFreeOfCycles();
  }

  static ArchRule consoleOnlyInCli(String root) {
    return noClasses()
        .that()
        .resideOutsideOfPackage(root + ".cli..")
        .should(GeneralCodingRules.ACCESS_STANDARD_STREAMS);
  }

  static ArchRule noJavaUtilLoggingOrAwt(String root) {
    return noClasses()
        .that()
        .resideInAPackage(root + "..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("java.util.logging..", "java.awt..", "javax.swing..");
  }

  /** Every rule except the layers, which need their own flag. */
  static List<ArchRule> technologyRules(String root) {
    return List.of(
        noJavaFxBelowUi(root),
        databaseOnlyInPersistence(root),
        poiOnlyInReportExcel(root),
        controlsFxOnlyInUi(root),
        viewModelsAreToolkitNeutral(root),
        noTopLevelCycles(root),
        noCyclesBetweenUiFeatures(root),
        consoleOnlyInCli(root),
        noJavaUtilLoggingOrAwt(root));
  }
}
