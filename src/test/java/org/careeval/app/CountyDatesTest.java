package org.careeval.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.careeval.domain.organization.CreditFlag;
import org.careeval.domain.organization.CreditFlagType;
import org.careeval.domain.organization.DocumentType;
import org.careeval.domain.organization.OrganizationAlert;
import org.careeval.domain.organization.OrganizationDraft;
import org.careeval.domain.organization.QualificationDocument;
import org.careeval.domain.organization.SyntheticCodes;
import org.careeval.domain.system.Setting;
import org.careeval.domain.user.Role;
import org.careeval.domain.user.Session;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * "Today" is the county's date (ADR 0012): services decide dates in the county zone, never in UTC,
 * at the edges of the local day and in the early morning hours when UTC is still on yesterday.
 */
class CountyDatesTest {

  private static final char[] PASSWORD = "pass-word-1".toCharArray();
  private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

  @TempDir Path temp;
  private final MutableClock clock = new MutableClock();
  private AppContext context;
  private Session officer;
  private long id;

  @BeforeEach
  void setUp() {
    context = TestContexts.open(temp.resolve("data"), clock);
    context.users().createFirstAdmin("admin", "", PASSWORD);
    Session admin = context.authentication().signIn("admin", PASSWORD).session();
    context.settings().update(admin, Setting.COUNTY_TIME_ZONE, "Asia/Shanghai");
    TestContexts.member(context, admin, "officer", "", Set.of(Role.OFFICER), PASSWORD);
    officer = context.authentication().signIn("officer", PASSWORD).session();
    id =
        context
            .organizations()
            .register(
                officer,
                new OrganizationDraft(
                    "甲中心", SyntheticCodes.uscc(1), "王", "城关镇", "1", Optional.empty()))
            .id();
  }

  @AfterEach
  void tearDown() {
    context.close();
  }

  private void at(String localDateTime) {
    clock.set(java.time.LocalDateTime.parse(localDateTime).atZone(BEIJING).toInstant());
  }

  private List<OrganizationAlert> alerts() {
    return context.organizationDetails().entries(officer).get(0).alerts();
  }

  @Test
  void aCreditFlagListedTodayIsAcceptedAt0230Beijing() {
    at("2026-11-24T02:30");
    assertThat(clock.instant()).isEqualTo(Instant.parse("2026-11-23T18:30:00Z"));
    assertThat(context.clock().today()).isEqualTo(LocalDate.of(2026, 11, 24));

    context
        .organizationDetails()
        .addCreditFlag(
            officer,
            id,
            new CreditFlag(
                0,
                CreditFlagType.ABNORMAL_OPERATION,
                LocalDate.of(2026, 11, 24),
                Optional.empty(),
                "信用中国",
                ""));

    assertThat(alerts()).containsExactly(OrganizationAlert.CREDIT_FLAG);
  }

  @Test
  void aDocumentEndingTodayIsExpiringAt2359AndExpiredAt0001() {
    at("2026-11-23T23:59");
    context
        .organizationDetails()
        .addDocument(
            officer,
            id,
            new QualificationDocument(
                0,
                DocumentType.REGISTRATION_CERTIFICATE,
                "青民登字第1号",
                "青山县民政局",
                LocalDate.of(2021, 11, 24),
                Optional.of(LocalDate.of(2026, 11, 23)),
                Optional.empty()),
            Optional.empty());
    assertThat(alerts()).containsExactly(OrganizationAlert.DOCUMENT_EXPIRING);

    at("2026-11-24T00:01");
    assertThat(alerts()).containsExactly(OrganizationAlert.DOCUMENT_EXPIRED);
  }

  @Test
  void changingTheCountyZoneMovesTodayAtOnce() {
    at("2026-11-24T02:30");
    Session admin = context.authentication().signIn("admin", PASSWORD).session();

    context.settings().update(admin, Setting.COUNTY_TIME_ZONE, " Europe/London ");

    assertThat(context.clock().zone()).isEqualTo(ZoneId.of("Europe/London"));
    assertThat(context.clock().today()).isEqualTo(LocalDate.of(2026, 11, 23));
    assertThat(context.settings().all(admin))
        .containsEntry(Setting.COUNTY_TIME_ZONE, "Europe/London");
  }

  @Test
  void theZoneSettingSurvivesReopening() {
    Session admin = context.authentication().signIn("admin", PASSWORD).session();
    context.settings().update(admin, Setting.COUNTY_TIME_ZONE, "Asia/Urumqi");
    context.close();

    context = TestContexts.open(temp.resolve("data"), clock);

    assertThat(context.clock().zone()).isEqualTo(ZoneId.of("Asia/Urumqi"));
  }
}
