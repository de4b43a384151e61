package org.careeval.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.careeval.domain.audit.AuditAction;
import org.careeval.domain.audit.AuditEntity;
import org.careeval.domain.audit.AuditEvent;
import org.careeval.domain.audit.AuditFilter;
import org.careeval.domain.organization.AnnualInspection;
import org.careeval.domain.organization.Contact;
import org.careeval.domain.organization.CreditFlag;
import org.careeval.domain.organization.CreditFlagType;
import org.careeval.domain.organization.DocumentType;
import org.careeval.domain.organization.InspectionResult;
import org.careeval.domain.organization.Organization;
import org.careeval.domain.organization.OrganizationDraft;
import org.careeval.domain.organization.OrganizationProfile;
import org.careeval.domain.organization.QualificationDocument;
import org.careeval.domain.organization.Staffing;
import org.careeval.domain.organization.SyntheticCodes;
import org.careeval.domain.system.Setting;
import org.careeval.domain.user.Role;
import org.careeval.domain.user.Session;
import org.careeval.service.organization.OrganizationDetailService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 9, section 4: every audited write records what it did completely — a creation its values
 * after, a change its values before and after, a removal (DELETE) its values before — under an
 * entity type the viewer can name.
 */
class AuditCompletenessTest {

  private static final char[] PASSWORD = "pass-word-1".toCharArray();

  @TempDir Path temp;

  @Test
  void everyAuditedWriteKeepsWhatWasThereAndWhatIsThereNow() {
    try (AppContext context = TestContexts.open(temp.resolve("data"), new MutableClock())) {
      context.users().createFirstAdmin("admin", "", PASSWORD);
      Session admin = context.authentication().signIn("admin", PASSWORD).session();
      TestContexts.towns(context, admin, "城关镇", "石桥镇");
      long officerId =
          TestContexts.member(context, admin, "officer", "", Set.of(Role.OFFICER), PASSWORD).id();
      Session officer = context.authentication().signIn("officer", PASSWORD).session();
      context.settings().update(admin, Setting.LOCKOUT_MINUTES, "20");
      context.users().update(admin, officerId, 0, "王科员", Set.of(Role.OFFICER), true);
      context.users().resetPassword(admin, officerId, "reset-pass-9".toCharArray());
      writeEveryDetail(context, officer);

      List<AuditEvent> events = context.audit().search(admin, AuditFilter.ALL);

      assertThat(events)
          .filteredOn(e -> e.action() == AuditAction.CREATE)
          .isNotEmpty()
          .allSatisfy(e -> assertThat(e.after()).as(e.entityType()).isNotEmpty());
      assertThat(events)
          .filteredOn(e -> e.action() == AuditAction.UPDATE)
          .isNotEmpty()
          .allSatisfy(
              e -> {
                assertThat(e.before()).as(e.entityType() + " before").isNotEmpty();
                assertThat(e.after()).as(e.entityType() + " after").isNotEmpty();
              });
      assertThat(events)
          .filteredOn(e -> e.action() == AuditAction.DELETE)
          .extracting(AuditEvent::entityType)
          .containsExactlyInAnyOrder(
              "organizationDocument", "annualInspection", "organizationContact");
      assertThat(events)
          .filteredOn(e -> e.action() == AuditAction.DELETE)
          .allSatisfy(e -> assertThat(e.before()).contains("2026"));
      assertThat(events)
          .extracting(AuditEvent::entityType)
          .allSatisfy(type -> assertThat(AuditEntity.byCode(type)).as(type).isPresent());
      assertThat(events).noneMatch(e -> e.after().contains("reset-pass-9"));
    }
  }

  private static void writeEveryDetail(AppContext context, Session officer) {
    OrganizationDetailService details = context.organizationDetails();
    Organization o =
        context
            .organizations()
            .register(
                officer,
                new OrganizationDraft(
                    "甲中心", SyntheticCodes.uscc(1), "王", "城关镇", "1", Optional.empty()));
    long id = o.id();
    LocalDate day = LocalDate.of(2026, 3, 1);
    OrganizationProfile p =
        details.addDocument(
            officer,
            id,
            new QualificationDocument(
                0,
                DocumentType.REGISTRATION_CERTIFICATE,
                "青民登字第1号",
                "青山县民政局",
                day,
                Optional.of(day.plusYears(5)),
                Optional.empty()),
            Optional.empty());
    details.removeDocument(officer, id, p.documents().get(0).id());
    details.recordInspection(
        officer, id, new AnnualInspection(0, 2025, InspectionResult.PASSED, "2026年复核"));
    details.recordInspection(
        officer, id, new AnnualInspection(0, 2025, InspectionResult.FAILED, "2026年复核"));
    details.removeInspection(officer, id, 2025);
    p =
        details.addCreditFlag(
            officer,
            id,
            new CreditFlag(0, CreditFlagType.ABNORMAL_OPERATION, day, Optional.empty(), "平台", ""));
    details.liftCreditFlag(officer, id, p.creditFlags().get(0).id(), day.plusDays(3));
    p = details.profile(officer, id);
    p = details.saveStaffing(officer, id, p.organization().version(), new Staffing(5, 1, 0, 0));
    p = details.saveTowns(officer, id, p.organization().version(), List.of("城关镇"));
    p = details.addContact(officer, id, new Contact(0, "李秀英", "2026届负责人", "13800000000"));
    details.removeContact(officer, id, p.contacts().get(0).id());
    Organization current = details.profile(officer, id).organization();
    context
        .organizations()
        .update(
            officer,
            id,
            current.version(),
            new OrganizationDraft(
                "甲中心（更名）", SyntheticCodes.uscc(1), "王", "城关镇", "1", Optional.empty()),
            true);
  }
}
