package org.careeval.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.careeval.app.TestContexts.keyOf;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import org.careeval.domain.contract.Contract;
import org.careeval.domain.records.MandatoryReport;
import org.careeval.domain.user.Session;
import org.careeval.service.demo.DemoCountyService;
import org.careeval.service.i18n.Messages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The 强制报告 log on the demo contract (today 2026-11-23 16:00 in the county): a report logged with
 * its authority and receipt, refused when in the future or without a receipt, followed up to 已办结.
 */
class MandatoryReportServiceTest {

  @TempDir Path temp;
  private AppContext context;
  private Session officer;
  private long contract;

  @BeforeEach
  void setUp() {
    context = TestContexts.open(temp.resolve("data"), new MutableClock());
    context.demo().load(Messages.of(Messages.CHINESE));
    officer =
        context
            .authentication()
            .signIn("officer", DemoCountyService.PASSWORD.toCharArray())
            .session();
    contract =
        context.contracts().list(officer).stream()
            .map(d -> d.contract())
            .filter(c -> c.status() == Contract.Status.SIGNED)
            .findFirst()
            .orElseThrow()
            .id();
  }

  @AfterEach
  void tearDown() {
    context.close();
  }

  private MandatoryReport entry(LocalDateTime at, String receipt) {
    return new MandatoryReport(
        0,
        contract,
        at,
        MandatoryReport.Authority.PUBLIC_SECURITY,
        "青山县公安局青龙派出所",
        receipt,
        MandatoryReport.FollowUp.REPORTED,
        "",
        "",
        0);
  }

  @Test
  void aReportIsLoggedWithItsReceiptAndFollowedUp() {
    LocalDateTime now = context.clock().now().toLocalDateTime();
    assertThat(
            keyOf(
                () -> context.mandatoryReports().record(officer, entry(now.plusHours(1), "JJ-1"))))
        .isEqualTo("error.mandatory.invalid");
    assertThat(
            keyOf(() -> context.mandatoryReports().record(officer, entry(now.minusDays(2), " "))))
        .isEqualTo("error.mandatory.invalid");
    Session auditor =
        context
            .authentication()
            .signIn("auditor", DemoCountyService.PASSWORD.toCharArray())
            .session();
    assertThat(
            keyOf(
                () -> context.mandatoryReports().record(auditor, entry(now.minusDays(2), "JJ-1"))))
        .isEqualTo("error.permission.denied");
    List<MandatoryReport> logged =
        context.mandatoryReports().record(officer, entry(now.minusDays(2), "JJ20261121-0037"));
    assertThat(logged).hasSize(1);
    MandatoryReport r = logged.get(0);
    assertThat(r.recordedBy()).isEqualTo("officer");
    List<MandatoryReport> followed =
        context
            .mandatoryReports()
            .followUp(
                officer,
                contract,
                r.id(),
                r.version(),
                MandatoryReport.FollowUp.CLOSED,
                "派出所已联系监护人并出具处理意见");
    assertThat(followed.get(0).followUp()).isEqualTo(MandatoryReport.FollowUp.CLOSED);
    assertThat(
            keyOf(
                () ->
                    context
                        .mandatoryReports()
                        .followUp(
                            officer,
                            contract,
                            r.id(),
                            r.version(),
                            MandatoryReport.FollowUp.HANDLING,
                            "")))
        .isEqualTo("error.conflict.mandatory");
  }
}
