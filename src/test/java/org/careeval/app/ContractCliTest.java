package org.careeval.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.careeval.cli.Cli;
import org.careeval.domain.contract.ContractSigning;
import org.careeval.domain.contract.Grade;
import org.careeval.domain.contract.Installment;
import org.careeval.domain.user.Session;
import org.careeval.service.demo.DemoCountyService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code careeval contract list|show|installments} on the demo county: the award's draft, then the
 * same contract signed with one installment due today and one waiting for the final evaluation.
 */
class ContractCliTest {

  @TempDir Path temp;

  private CliRun.Result run(String... args) {
    return CliRun.run(temp.resolve("data"), args);
  }

  @Test
  void theAwardsDraftThenItsSignedInstallmentsWithStateAndReason() throws Exception {
    assertThat(run("demo", "load").exitCode()).isZero();
    CliRun.Result drafts = run("contract", "list", "--user", "officer");
    assertThat(drafts.exitCode()).isZero();
    List<String> lines = drafts.out().lines().toList();
    assertThat(lines).hasSize(2);
    String[] draft = lines.get(0).split("\t", -1);
    // the demo's contract entered for the project contracted on paper: signed, two installments
    // paid
    String[] signed = lines.get(1).split("\t", -1);
    assertThat(signed[1]).startsWith("QL-").endsWith("-007");
    assertThat(signed[2]).isEqualTo("青龙乡留守儿童亲情关爱服务项目");
    assertThat(List.of(signed).subList(4, 6)).containsExactly("300000.00", "signed");
    assertThat(signed[8]).isEqualTo("210000.00");
    assertThat(draft).hasSize(9);
    assertThat(draft[1]).isEmpty();
    assertThat(draft[2]).endsWith("（示范评审）");
    assertThat(draft[4]).matches("[0-9]+\\.[0-9]{2}");
    assertThat(List.of(draft).subList(5, 9)).containsExactly("draft", "", "", "0.00");
    String id = draft[0];
    BigDecimal amount = new BigDecimal(draft[4]);

    LocalDate today;
    // the system clock, as the command line runs: "today" is the same day for both
    try (AppContext context =
        TestContexts.open(temp.resolve("data"), java.time.Clock.systemUTC())) {
      today = context.clock().today();
      Session officer =
          context
              .authentication()
              .signIn("officer", DemoCountyService.PASSWORD.toCharArray())
              .session();
      var contract = context.contracts().get(officer, Long.parseLong(id)).contract();
      context
          .contracts()
          .sign(
              officer,
              contract.id(),
              contract.version(),
              new ContractSigning(
                  "QS-2027-001",
                  today,
                  today,
                  today.plusMonths(12).minusDays(1),
                  "",
                  "农村留守儿童安全守护服务",
                  Set.of(context.places().list(officer).get(0).id()),
                  List.of(
                      Installment.onDate(1, amount.subtract(new BigDecimal("100000")), today),
                      Installment.onGrade(2, new BigDecimal("100000"), "末期", Grade.GOOD))));
    }
    CliRun.Result installments =
        run("contract", "installments", "--contract", id, "--user", "auditor");
    assertThat(installments.exitCode()).isZero();
    assertThat(installments.out().lines())
        .containsExactly(
            "1\t"
                + amount.subtract(new BigDecimal("100000")).setScale(2)
                + "\t到期日 "
                + today
                + "\treleasable\t约定的支付日期 "
                + today
                + " 已到。",
            "2\t100000.00\t评价等级 末期 ≥ 良\tblocked\t末期 的评价尚未完成（须达到“良”）。");
    CliRun.Result json =
        run("contract", "installments", "--contract", id, "--format", "json", "--user", "auditor");
    assertThat(json.out()).contains("\"state\" : \"blocked\"", "\"amount\" : \"100000.00\"");
    CliRun.Result shown = run("contract", "show", id, "--user", "supervisor");
    assertThat(shown.out().lines())
        .contains("合同编号\tQS-2027-001", "状态\t已签订", "已支付\t0.00")
        .anyMatch(l -> l.startsWith("第2期\t100000.00\t评价等级 末期 ≥ 良\t不能支付\t"));
    CliRun.Result expert = run("contract", "list", "--user", "expert");
    assertThat(expert.exitCode()).isEqualTo(Cli.EXIT_REJECTED);
  }
}
