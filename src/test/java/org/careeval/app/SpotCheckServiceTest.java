package org.careeval.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.careeval.app.TestContexts.keyOf;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.careeval.domain.contract.Contract;
import org.careeval.domain.delivery.Period;
import org.careeval.domain.records.AgeBand;
import org.careeval.domain.records.Beneficiary;
import org.careeval.domain.records.ServiceRecord;
import org.careeval.domain.records.SpotCheck;
import org.careeval.domain.user.Session;
import org.careeval.service.demo.DemoCountyService;
import org.careeval.service.i18n.Messages;
import org.careeval.service.records.SpotCheckService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Spot checks on the demo contract (32 record rows: eight in 青龙村 for each of four quarters): 30 %
 * draws 10, the same seed the same ten, findings with notes for mismatches, the visit list, and a
 * changed population shown by the verification.
 */
class SpotCheckServiceTest {

  @TempDir Path temp;
  private AppContext context;
  private Session officer;
  private SpotCheckService checks;
  private Contract contract;

  @BeforeEach
  void setUp() {
    context = TestContexts.open(temp.resolve("data"), new MutableClock());
    context.demo().load(Messages.of(Messages.CHINESE));
    officer =
        context
            .authentication()
            .signIn("officer", DemoCountyService.PASSWORD.toCharArray())
            .session();
    checks = context.spotChecks();
    contract =
        context.contracts().list(officer).stream()
            .map(d -> d.contract())
            .filter(c -> c.status() == Contract.Status.SIGNED)
            .findFirst()
            .orElseThrow();
  }

  @AfterEach
  void tearDown() {
    context.close();
  }

  @Test
  void aSampleIsReproducedByItsSeedAndItsFindingsRecorded() throws Exception {
    SpotCheck first =
        checks.draw(officer, contract.id(), SpotCheck.Kind.RECORDS, 30, 20261203L).check();
    assertThat(first.population()).isEqualTo(32);
    assertThat(first.items()).hasSize(10);
    SpotCheck again =
        checks.draw(officer, contract.id(), SpotCheck.Kind.RECORDS, 30, 20261203L).check();
    assertThat(again.items()).isEqualTo(first.items());
    assertThat(again.populationSha256()).isEqualTo(first.populationSha256());
    assertThat(checks.draw(officer, contract.id(), SpotCheck.Kind.VILLAGES, 30, 1L).check().items())
        .hasSize(1);
    assertThat(keyOf(() -> checks.draw(officer, contract.id(), SpotCheck.Kind.RECORDS, 0, 1L)))
        .isEqualTo("error.spotcheck.rate");
    Session auditor =
        context
            .authentication()
            .signIn("auditor", DemoCountyService.PASSWORD.toCharArray())
            .session();
    assertThat(keyOf(() -> checks.draw(auditor, contract.id(), SpotCheck.Kind.RECORDS, 30, 1L)))
        .isEqualTo("error.permission.denied");

    long id = first.id();
    assertThat(
            keyOf(
                () ->
                    checks.recordFinding(
                        officer, id, 2, SpotCheck.Finding.NOT_FOUND, " ", Optional.empty())))
        .isEqualTo("error.text.required");
    Path photo = temp.resolve("走访照片.jpg");
    Files.write(photo, new byte[] {7, 7});
    checks.recordFinding(officer, id, 1, SpotCheck.Finding.CONFIRMED, "", Optional.of(photo));
    SpotCheck found =
        checks
            .recordFinding(
                officer, id, 2, SpotCheck.Finding.NOT_FOUND, "村儿童主任称本季度未开展", Optional.empty())
            .check();
    assertThat(found.mismatches()).extracting(SpotCheck.Item::seq).containsExactly(2);
    assertThat(found.items().get(0).evidenceSha256()).isPresent();

    Path list = temp.resolve("抽查清单.xlsx");
    checks.writeVisitList(officer, id, list);
    try (Workbook workbook = WorkbookFactory.create(list.toFile(), null, true)) {
      StringBuilder text = new StringBuilder();
      workbook.getSheet("抽查清单").forEach(r -> r.forEach(c -> text.append(c).append('|')));
      assertThat(text).contains("服务记录抽查清单", "20261203", "不属实", "村儿童主任称本季度未开展");
    }

    assertThat(checks.verify(officer, id)).isEqualTo(new SpotCheckService.Verification(true, true));
    // the returned quarter's records change: the population no longer matches
    Period returned = new Period(2026, 2);
    var choices = context.records().choices(officer, contract.id());
    context
        .records()
        .save(
            officer,
            contract.id(),
            returned,
            List.of(
                new ServiceRecord(
                    contract.id(),
                    returned,
                    choices.villages().values().iterator().next(),
                    choices.categories().get("亲情关爱"),
                    Beneficiary.MOTHER_AWAY,
                    AgeBand.FROM_6_TO_13,
                    3,
                    6)));
    assertThat(checks.verify(officer, id).samePopulation()).isFalse();
  }
}
