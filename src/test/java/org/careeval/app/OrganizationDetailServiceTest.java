package org.careeval.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.careeval.app.TestContexts.keyOf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.careeval.domain.audit.AuditFilter;
import org.careeval.domain.organization.AnnualInspection;
import org.careeval.domain.organization.Contact;
import org.careeval.domain.organization.CreditFlag;
import org.careeval.domain.organization.CreditFlagType;
import org.careeval.domain.organization.DocumentType;
import org.careeval.domain.organization.InspectionResult;
import org.careeval.domain.organization.Organization;
import org.careeval.domain.organization.OrganizationAlert;
import org.careeval.domain.organization.OrganizationDraft;
import org.careeval.domain.organization.OrganizationProfile;
import org.careeval.domain.organization.QualificationDocument;
import org.careeval.domain.organization.Staffing;
import org.careeval.domain.organization.SyntheticCodes;
import org.careeval.domain.user.Role;
import org.careeval.domain.user.Session;
import org.careeval.service.organization.OrganizationDetailService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The detail tabs on a real database: each kind of record, its checks, alerts and audit. */
class OrganizationDetailServiceTest {

  private static final char[] PASSWORD = "pass-word-1".toCharArray();
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

  @TempDir Path temp;
  private AppContext context;
  private OrganizationDetailService details;
  private Session admin;
  private Session officer;
  private Session expert;
  private long id;

  @BeforeEach
  void setUp() {
    context = TestContexts.open(temp.resolve("data"), new MutableClock());
    context.users().createFirstAdmin("admin", "", PASSWORD);
    admin = context.authentication().signIn("admin", PASSWORD).session();
    TestContexts.towns(context, admin, "城关镇", "石桥镇");
    TestContexts.member(context, admin, "officer", "", Set.of(Role.OFFICER), PASSWORD);
    TestContexts.member(context, admin, "expert", "", Set.of(Role.EXPERT), PASSWORD);
    officer = context.authentication().signIn("officer", PASSWORD).session();
    expert = context.authentication().signIn("expert", PASSWORD).session();
    details = context.organizationDetails();
    Organization saved =
        context
            .organizations()
            .register(
                officer,
                new OrganizationDraft(
                    "甲中心", SyntheticCodes.uscc(1), "王", "城关镇", "1", Optional.empty()));
    id = saved.id();
  }

  @AfterEach
  void tearDown() {
    context.close();
  }

  private static QualificationDocument document(LocalDate from, LocalDate to) {
    return new QualificationDocument(
        0,
        DocumentType.REGISTRATION_CERTIFICATE,
        "青民登字第1号",
        "青山县民政局",
        from,
        Optional.ofNullable(to),
        Optional.empty());
  }

  /** The organization's version as a form would have loaded it now. */
  private int version() {
    return details.profile(officer, id).organization().version();
  }

  @Test
  void aFormLoadedBeforeSomeoneElsesChangeCannotOverwriteIt() {
    int loaded = version();
    details.addContact(officer, id, new Contact(0, "李秀英", "项目负责人", "13800000000"));
    details.saveStaffing(officer, id, version(), new Staffing(8, 2, 1, 0));

    assertThat(keyOf(() -> details.saveStaffing(officer, id, loaded, new Staffing(3, 0, 0, 0))))
        .isEqualTo("error.conflict.organization");
    assertThat(keyOf(() -> details.saveTowns(officer, id, loaded, List.of("石桥镇"))))
        .isEqualTo("error.conflict.organization");
    assertThat(details.profile(officer, id).staffing()).isEqualTo(new Staffing(8, 2, 1, 0));
    assertThat(details.profile(officer, id).towns()).isEmpty();
  }

  private List<OrganizationAlert> alerts() {
    return details.entries(officer).get(0).alerts();
  }

  @Test
  void documentWithScanIsStoredAndCanBeSavedAgain() throws IOException {
    Path scan = Files.write(temp.resolve("证书.pdf"), new byte[] {1, 2, 3, 4});

    OrganizationProfile profile =
        details.addDocument(
            officer, id, document(TODAY.minusYears(4), TODAY.plusDays(10)), Optional.of(scan));
    Files.delete(scan);
    QualificationDocument stored = profile.documents().get(0);
    Path copy = temp.resolve("copy.pdf");
    details.saveScan(officer, id, stored.id(), copy);

    assertThat(stored.scanName()).contains("证书.pdf");
    assertThat(Files.readAllBytes(copy)).containsExactly(1, 2, 3, 4);
    assertThat(alerts()).containsExactly(OrganizationAlert.DOCUMENT_EXPIRING);
    details.removeDocument(officer, id, stored.id());
    assertThat(details.profile(officer, id).documents()).isEmpty();
  }

  @Test
  void documentChecks() {
    assertThat(
            keyOf(
                () ->
                    details.addDocument(
                        officer, id, document(TODAY, TODAY.minusDays(1)), Optional.empty())))
        .isEqualTo("error.org.documentDates");
    QualificationDocument noNumber =
        new QualificationDocument(
            0, DocumentType.OTHER, " ", "局", TODAY, Optional.empty(), Optional.empty());
    assertThat(keyOf(() -> details.addDocument(officer, id, noNumber, Optional.empty())))
        .isEqualTo("error.text.required");
    QualificationDocument bidiIssuer =
        new QualificationDocument(
            0, DocumentType.OTHER, "1号", "局\u202E局", TODAY, Optional.empty(), Optional.empty());
    assertThat(keyOf(() -> details.addDocument(officer, id, bidiIssuer, Optional.empty())))
        .isEqualTo("error.text.bidi");
    assertThat(
            keyOf(
                () -> details.addContact(officer, id, new Contact(0, "\u200B\u00A0", "负责人", "1"))))
        .isEqualTo("error.text.required");
    assertThat(
            keyOf(
                () ->
                    details.addDocument(
                        officer, id, document(TODAY, null), Optional.of(temp.resolve("none.pdf")))))
        .isEqualTo("error.org.scanUnreadable");
    assertThat(keyOf(() -> details.removeDocument(officer, id, 999)))
        .isEqualTo("error.org.detailNotFound");
    assertThat(
            keyOf(() -> details.addDocument(officer, 999, document(TODAY, null), Optional.empty())))
        .isEqualTo("error.org.notFound");
  }

  @Test
  void oneInspectionPerYearAndTheLatestDecidesTheAlert() {
    details.recordInspection(
        officer, id, new AnnualInspection(0, 2025, InspectionResult.FAILED, "财务不规范"));
    assertThat(alerts()).containsExactly(OrganizationAlert.INSPECTION_FAILED);

    OrganizationProfile profile =
        details.recordInspection(
            officer, id, new AnnualInspection(0, 2025, InspectionResult.PASSED, "复查合格"));

    assertThat(profile.inspections())
        .extracting(AnnualInspection::result)
        .containsExactly(InspectionResult.PASSED);
    assertThat(alerts()).isEmpty();
    assertThat(
            keyOf(
                () ->
                    details.recordInspection(
                        officer, id, new AnnualInspection(0, 2027, InspectionResult.PASSED, ""))))
        .isEqualTo("error.org.inspectionYear");
  }

  @Test
  void creditFlagAlertsUntilLiftedAndStaysInTheHistory() {
    CreditFlag flag =
        new CreditFlag(
            0,
            CreditFlagType.SERIOUS_DISHONESTY,
            TODAY.minusDays(10),
            Optional.empty(),
            "信用中国",
            "");
    long flagId = details.addCreditFlag(officer, id, flag).creditFlags().get(0).id();
    assertThat(alerts()).containsExactly(OrganizationAlert.CREDIT_FLAG);

    assertThat(keyOf(() -> details.liftCreditFlag(officer, id, flagId, TODAY.minusDays(11))))
        .isEqualTo("error.org.flagRemovedBeforeListed");
    details.liftCreditFlag(officer, id, flagId, TODAY);

    assertThat(alerts()).isEmpty();
    assertThat(details.profile(officer, id).creditFlags().get(0).removedOn()).contains(TODAY);
    assertThat(
            keyOf(
                () ->
                    details.addCreditFlag(
                        officer,
                        id,
                        new CreditFlag(
                            0,
                            CreditFlagType.ADMINISTRATIVE_PENALTY,
                            TODAY.plusDays(1),
                            Optional.empty(),
                            "局",
                            ""))))
        .isEqualTo("error.org.dateInFuture");
  }

  @Test
  void staffTownsAndContacts() {
    assertThat(keyOf(() -> details.saveStaffing(officer, id, version(), new Staffing(2, 1, 1, 1))))
        .isEqualTo("error.org.staffCertified");
    details.saveStaffing(officer, id, version(), new Staffing(8, 2, 1, 0));
    details.saveTowns(officer, id, version(), List.of("石桥镇", " 城关镇 ", "石桥镇", ""));
    long contactId =
        details
            .addContact(officer, id, new Contact(0, "李秀英", "项目负责人", "13800000000"))
            .contacts()
            .get(0)
            .id();

    OrganizationProfile profile = details.profile(officer, id);
    assertThat(profile.staffing()).isEqualTo(new Staffing(8, 2, 1, 0));
    assertThat(profile.towns()).containsExactly("城关镇", "石桥镇");
    assertThat(details.towns(officer)).containsExactly("城关镇", "石桥镇");
    assertThat(details.entries(officer).get(0).towns()).containsExactly("城关镇", "石桥镇");
    details.removeContact(officer, id, contactId);
    assertThat(details.profile(officer, id).contacts()).isEmpty();
  }

  @Test
  void everyChangeIsAuditedAndOnlyEditorsMayChange() {
    details.saveTowns(officer, id, version(), List.of("城关镇"));

    assertThat(context.audit().search(admin, AuditFilter.ALL))
        .anyMatch(e -> e.entityType().equals("organizationTowns") && e.after().contains("城关镇"));
    assertThat(keyOf(() -> details.saveTowns(expert, id, version(), List.of("石桥镇"))))
        .isEqualTo("error.permission.denied");
  }

  @Test
  void overviewCountsActiveOrganizationsByAlert() {
    details.addCreditFlag(
        officer,
        id,
        new CreditFlag(0, CreditFlagType.ABNORMAL_OPERATION, TODAY, Optional.empty(), "平台", ""));

    assertThat(details.alertCounts(officer)).isEqualTo(Map.of(OrganizationAlert.CREDIT_FLAG, 1));
  }
}
