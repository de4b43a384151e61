package org.careeval;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A test of the architecture test: each rule must fail on a fixture package built to break it, so a
 * rule that silently checks nothing is caught.
 */
class ArchitectureRulesTest {

  private static final String FIXTURE = "org.careeval.archfixture";
  private static JavaClasses fixture;

  @BeforeAll
  static void importFixture() {
    fixture = new ClassFileImporter().importPackages(FIXTURE);
  }

  @Test
  void layerRuleCatchesDomainUsingService() {
    assertThatThrownBy(() -> ArchitectureRules.layers(FIXTURE, true).check(fixture))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("DomainCallingService");
  }

  @Test
  void javaFxRuleCatchesJavaFxInDomain() {
    assertThatThrownBy(() -> ArchitectureRules.noJavaFxBelowUi(FIXTURE).check(fixture))
        .hasMessageContaining("DomainCallingService")
        .hasMessageContaining("javafx.scene.control.Label");
  }

  @Test
  void databaseRuleCatchesJooqInService() {
    assertThatThrownBy(() -> ArchitectureRules.databaseOnlyInPersistence(FIXTURE).check(fixture))
        .hasMessageContaining("ServiceUsingJooq")
        .hasMessageContaining("org.jooq.DSLContext");
  }

  @Test
  void controlsFxRuleCatchesControlsFxInService() {
    assertThatThrownBy(() -> ArchitectureRules.controlsFxOnlyInUi(FIXTURE).check(fixture))
        .hasMessageContaining("ServiceUsingJooq");
  }

  @Test
  void viewModelRuleCatchesNodesInViewModel() {
    assertThatThrownBy(() -> ArchitectureRules.viewModelsAreToolkitNeutral(FIXTURE).check(fixture))
        .hasMessageContaining("LeakyViewModel")
        .hasMessageContaining("javafx.scene.Node");
  }

  @Test
  void cycleRuleCatchesDomainServiceCycle() {
    assertThatThrownBy(() -> ArchitectureRules.noTopLevelCycles(FIXTURE).check(fixture))
        .hasMessageContaining("Cycle");
  }

  @Test
  void consoleRuleCatchesSystemOutInService() {
    assertThatThrownBy(() -> ArchitectureRules.consoleOnlyInCli(FIXTURE).check(fixture))
        .hasMessageContaining("ServicePrinting");
  }

  @Test
  void viewModelRuleCatchesNodesInNestedClasses() {
    assertThatThrownBy(() -> ArchitectureRules.viewModelsAreToolkitNeutral(FIXTURE).check(fixture))
        .hasMessageContaining("NestedLeakViewModel$Row");
  }

  @Test
  void poiRuleCatchesPoiInService() {
    assertThatThrownBy(() -> ArchitectureRules.poiOnlyInReportExcel(FIXTURE).check(fixture))
        .hasMessageContaining("ServiceUsingPoi");
  }

  @Test
  void uiCycleRuleCatchesTwoScreensUsingEachOther() {
    assertThatThrownBy(() -> ArchitectureRules.noCyclesBetweenUiFeatures(FIXTURE).check(fixture))
        .hasMessageContaining("ScreenA")
        .hasMessageContaining("ScreenB");
  }

  @Test
  void loggingRuleCatchesJavaUtilLogging() {
    assertThatThrownBy(() -> ArchitectureRules.noJavaUtilLoggingOrAwt(FIXTURE).check(fixture))
        .hasMessageContaining("DomainLogging");
  }

  @Test
  void knownLayerRuleCatchesAClassInANewTopLevelPackage() {
    assertThatThrownBy(() -> ArchitectureRules.everyClassInAKnownLayer(FIXTURE).check(fixture))
        .hasMessageContaining("StrayClass");
  }

  @Test
  void generatedJooqRuleCatchesARecordInAService() {
    assertThatThrownBy(
            () -> ArchitectureRules.generatedJooqOnlyInPersistence(FIXTURE).check(fixture))
        .hasMessageContaining("ServiceUsingGeneratedRecord");
  }

  @Test
  void sessionRuleCatchesAServiceMethodThatNeverChecks() {
    assertThatThrownBy(
            () -> ArchitectureRules.serviceMethodsCheckTheSession(FIXTURE).check(fixture))
        .hasMessageContaining("IgnoringSessionService.whoAmI");
  }
}
