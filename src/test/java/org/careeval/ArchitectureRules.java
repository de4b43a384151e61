package org.careeval;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.GeneralCodingRules;
import java.util.List;
import org.careeval.domain.user.Session;
import org.careeval.service.security.Sessions;

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

  /** View models and their nested classes (rows, records) hold no scene-graph types. */
  static ArchRule viewModelsAreToolkitNeutral(String root) {
    return classes()
        .that()
        .resideInAPackage(root + "..")
        .and()
        .haveNameMatching(".*ViewModel(\\$.*)?")
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

  /** A class in a new top-level package belongs to no layer and escapes every rule. */
  static ArchRule everyClassInAKnownLayer(String root) {
    return classes()
        .that()
        .resideInAPackage(root + "..")
        .should()
        .resideInAnyPackage(
            root + ".app..",
            root + ".cli..",
            root + ".ui..",
            root + ".service..",
            root + ".persistence..",
            root + ".report..",
            root + ".domain..");
  }

  /** Generated jOOQ tables and records stay inside persistence; services see domain records. */
  static ArchRule generatedJooqOnlyInPersistence(String root) {
    return noClasses()
        .that()
        .resideOutsideOfPackage(root + ".persistence..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(root + ".persistence.jooq..");
  }

  /**
   * Every public method of a {@code *Service} that takes a session checks it through {@code
   * Sessions} (issued, active, role), or hands the session to another method of its class that
   * does. (Helpers such as the audit trail take the session of a change already checked.)
   */
  static ArchRule serviceMethodsCheckTheSession(String root) {
    return methods()
        .that()
        .areDeclaredInClassesThat()
        .resideInAPackage(root + ".service..")
        .and()
        .areDeclaredInClassesThat()
        .haveSimpleNameEndingWith("Service")
        .and()
        .arePublic()
        .should(checkTheSession())
        .allowEmptyShould(true);
  }

  private static ArchCondition<JavaMethod> checkTheSession() {
    return new ArchCondition<>("check the session through Sessions") {
      @Override
      public void check(JavaMethod method, ConditionEvents events) {
        boolean takesSession =
            method.getRawParameterTypes().stream().anyMatch(t -> t.isEquivalentTo(Session.class));
        if (!takesSession || method.getOwner().isEquivalentTo(Sessions.class)) {
          return;
        }
        boolean checks =
            method.getMethodCallsFromSelf().stream()
                .anyMatch(
                    call ->
                        call.getTargetOwner().isEquivalentTo(Sessions.class)
                            || (call.getTargetOwner().equals(method.getOwner())
                                && call.getTarget().getRawParameterTypes().stream()
                                    .anyMatch(t -> t.isEquivalentTo(Session.class))));
        if (!checks) {
          events.add(
              SimpleConditionEvent.violated(
                  method, method.getFullName() + " takes a Session but never checks it"));
        }
      }
    };
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
        noJavaUtilLoggingOrAwt(root),
        everyClassInAKnownLayer(root),
        generatedJooqOnlyInPersistence(root),
        serviceMethodsCheckTheSession(root));
  }
}
