package org.careeval.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.careeval.app.TestContexts.keyOf;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.careeval.domain.award.AwardOutcome;
import org.careeval.domain.contract.Contract;
import org.careeval.domain.contract.ContractSigning;
import org.careeval.domain.contract.Grade;
import org.careeval.domain.contract.Installment;
import org.careeval.domain.contract.InstallmentState;
import org.careeval.domain.project.ProjectStatus;
import org.careeval.domain.user.Session;
import org.careeval.service.contract.ContractService;
import org.careeval.service.demo.DemoCountyService;
import org.careeval.service.i18n.Messages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The demo's award becomes a signed contract: the term limits, installments adding up to the
 * amount, the project 已签约, and no installment released before its condition is met.
 */
class ContractServiceTest {

  @TempDir Path temp;
  private AppContext context;
  private Session officer;
  private Session supervisor;
  private ContractService contracts;

  @BeforeEach
  void setUp() {
    context = TestContexts.open(temp.resolve("data"), new MutableClock());
    context.demo().load(Messages.of(Messages.CHINESE));
    officer = signIn("officer");
    supervisor = signIn("supervisor");
    contracts = context.contracts();
  }

  @AfterEach
  void tearDown() {
    context.close();
  }

  private Session signIn(String user) {
    return context
        .authentication()
        .signIn(user, DemoCountyService.PASSWORD.toCharArray())
        .session();
  }

  @Test
  void theAwardedDraftIsSignedAndOnlyAReleasableInstallmentIsPaid() {
    ContractService.Detail draft = contracts.list(officer).get(0);
    Contract c = draft.contract();
    assertThat(c.status()).isEqualTo(Contract.Status.DRAFT);
    assertThat(c.project()).endsWith("（示范评审）");
    BigDecimal amount = c.amount();
    LocalDate today = context.clock().today();
    Installment last = Installment.onGrade(2, new BigDecimal("100000"), "末期", Grade.GOOD);
    Installment first = Installment.onDate(1, amount.subtract(new BigDecimal("100000")), today);
    long place = context.places().list(officer).get(0).id();
    ContractSigning tooLong =
        new ContractSigning(
            "QS-2027-001",
            today,
            today,
            today.plusMonths(13),
            "",
            "农村留守儿童安全守护服务",
            Set.of(place),
            List.of(first, last));
    assertThat(keyOf(() -> contracts.sign(officer, c.id(), c.version(), tooLong)))
        .isEqualTo("error.contract.notReady");
    ContractSigning signing =
        new ContractSigning(
            "QS-2027-001",
            today,
            today,
            today.plusMonths(12).minusDays(1),
            "",
            "农村留守儿童安全守护服务",
            Set.of(place),
            List.of(first, last));
    assertThat(keyOf(() -> contracts.sign(supervisor, c.id(), c.version(), signing)))
        .isEqualTo("error.permission.denied");
    ContractService.Detail signed = contracts.sign(officer, c.id(), c.version(), signing);
    assertThat(signed.contract().status()).isEqualTo(Contract.Status.SIGNED);
    assertThat(signed.contract().placeIds()).containsExactly(place);
    assertThat(context.projects().get(officer, c.projectId()).status())
        .isEqualTo(ProjectStatus.CONTRACTED);
    assertThat(context.awards().state(officer, c.projectId()).offers())
        .extracting(o -> o.outcome())
        .containsExactly(AwardOutcome.SIGNED);
    assertThat(keyOf(() -> contracts.sign(officer, c.id(), c.version(), signing)))
        .isEqualTo("error.contract.notDraft");

    assertThat(signed.installments())
        .extracting(r -> r.state().kind())
        .containsExactly(InstallmentState.Kind.RELEASABLE, InstallmentState.Kind.BLOCKED);
    assertThat(keyOf(() -> contracts.release(officer, c.id(), 1)))
        .isEqualTo("error.permission.denied");
    assertThat(keyOf(() -> contracts.release(supervisor, c.id(), 2)))
        .isEqualTo("error.installment.notReleasable");
    ContractService.Detail paid = contracts.release(supervisor, c.id(), 1);
    assertThat(paid.paid()).isEqualByComparingTo(first.amount());
    assertThat(paid.installments().get(0).state().kind()).isEqualTo(InstallmentState.Kind.PAID);
    assertThat(keyOf(() -> contracts.release(supervisor, c.id(), 1)))
        .isEqualTo("error.installment.notReleasable");
  }

  @Test
  void theScannedContractIsKeptOnceAndSavedBack() throws Exception {
    long id = contracts.list(officer).get(0).contract().id();
    Path target = temp.resolve("saved.pdf");
    assertThat(keyOf(() -> contracts.saveScan(officer, id, target)))
        .isEqualTo("error.contract.noScan");
    Path scan = temp.resolve("合同扫描件.pdf");
    java.nio.file.Files.writeString(scan, "%PDF-1.4 signed contract");
    assertThat(keyOf(() -> contracts.attachScan(signIn("auditor"), id, scan)))
        .isEqualTo("error.permission.denied");
    contracts.attachScan(officer, id, scan);
    assertThat(contracts.get(officer, id).contract().scanSha256()).isPresent();
    contracts.saveScan(signIn("auditor"), id, target);
    assertThat(java.nio.file.Files.readString(target)).isEqualTo("%PDF-1.4 signed contract");
  }
}
