package org.careeval.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.careeval.app.TestContexts.keyOf;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.careeval.domain.contract.Contract;
import org.careeval.domain.delivery.Period;
import org.careeval.domain.project.ServiceCategory;
import org.careeval.domain.records.AgeBand;
import org.careeval.domain.records.Balance;
import org.careeval.domain.records.Beneficiary;
import org.careeval.domain.records.ServiceRecord;
import org.careeval.domain.user.Session;
import org.careeval.service.demo.DemoCountyService;
import org.careeval.service.i18n.Messages;
import org.careeval.service.records.ServiceRecordService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The demo's service records on 2026-11-23 (its contract covers 青龙乡's three villages; records for
 * 2025Q4–2026Q2 in 青龙村 only, the same eight rows each quarter): the balance by hand, the county's
 * uncovered villages, and the import of the contract's template all or nothing, locked quarters
 * refused.
 */
class ServiceRecordServiceTest {

  private static final Period Q1 = new Period(2026, 1);
  private static final Period Q2 = new Period(2026, 2);

  @TempDir Path temp;
  private AppContext context;
  private Session officer;
  private ServiceRecordService records;
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
    records = context.records();
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
  void theDemoBalanceShowsMaterialAndSafetyAheadOfCaringAndTwoVillagesLeftOut() {
    // per quarter in 青龙村: 80 service times, 20 of them material help; protective 69, caring 5,
    // developmental 6; one father-away child once
    Balance b = records.contractBalance(officer, contract.id(), Q1).balance();
    assertThat(b.total()).isEqualTo(count(42, 80, "100.00"));
    assertThat(b.nature().get(Balance.MATERIAL)).isEqualTo(count(10, 20, "25.00"));
    assertThat(b.nature().get(Balance.SERVICE)).isEqualTo(count(32, 60, "75.00"));
    assertThat(b.purpose().get(ServiceCategory.Purpose.PROTECTIVE))
        .isEqualTo(count(35, 69, "86.25"));
    assertThat(b.purpose().get(ServiceCategory.Purpose.CARING)).isEqualTo(count(4, 5, "6.25"));
    assertThat(b.purpose().get(ServiceCategory.Purpose.DEVELOPMENTAL))
        .isEqualTo(count(3, 6, "7.50"));
    assertThat(b.groups().get(Beneficiary.BOTH_PARENTS_AWAY)).isEqualTo(count(40, 77, "96.25"));
    assertThat(b.groups().get(Beneficiary.FATHER_AWAY)).isEqualTo(count(1, 1, "1.25"));
    assertThat(b.groups().get(Beneficiary.MOTHER_AWAY)).isEqualTo(count(0, 0, "0.00"));
    assertThat(b.ages().get(AgeBand.FROM_6_TO_13)).isEqualTo(count(35, 66, "82.50"));
    var view = records.contractBalance(officer, contract.id(), Q1);
    assertThat(b.covered()).hasSize(3);
    assertThat(b.notReached().stream().map(view.villages()::get))
        .containsExactly("青龙乡/三合村", "青龙乡/板桥村");

    var county = records.countyBalance(officer, Optional.empty(), Q1);
    assertThat(county.balance().total()).isEqualTo(b.total());
    // 33 villages in the demo county, 3 covered by the running contract
    assertThat(county.uncovered()).hasSize(30);
    assertThat(county.uncovered().stream().map(county.villages()::get))
        .contains("城关镇/城东社区")
        .doesNotContain("青龙乡/青龙村");
    assertThat(records.countyBalance(officer, Optional.of(-1L), Q1).balance().total().times())
        .isZero();
  }

  @Test
  void theRecordsFillTheIndicatorsThatCountTheirServiceType() {
    // 2026Q1 in 青龙村: 入户走访 16 + 8 + 1 times (indicator 4, 次), 亲情关爱 3 times (亲情联络,
    // indicator 9, 次); 安全教育 counts sessions (场), which records cannot give
    assertThat(records.actualsFor(officer, contract.id(), Q1))
        .containsExactly(
            java.util.Map.entry(4, new BigDecimal("25")),
            java.util.Map.entry(9, new BigDecimal("3")));
  }

  @Test
  void aFilledTemplateImportsAllOrNothingAndALockedQuarterIsRefused() throws IOException {
    Path template = temp.resolve("服务记录.xlsx");
    records.writeTemplate(officer, contract.id(), template);
    Path bad =
        fill(
            template,
            "bad.xlsx",
            List.of(
                new Object[] {"2026Q2", "青龙乡/三合村", "亲情关爱", "母亲外出", "6-13岁", 6, 12},
                new Object[] {"2026Q1", "青龙乡/三合村", "亲情关爱", "母亲外出", "6-13岁", 6, 12},
                new Object[] {"2026Q2", "城关镇/城东社区", "亲情关爱", "父亲外出", "6-13岁", 2, 1},
                new Object[] {"2026Q2", "青龙乡/三合村", "亲情关爱", "母亲外出", "6-13岁", 1, 1},
                new Object[] {"2026Q2", "青龙乡/板桥村", "发放书包", "留守", "16岁", 2.5, 3}));
    ServiceRecordService.ImportResult refused = records.importRecords(officer, contract.id(), bad);
    assertThat(refused.problems())
        .extracting(p -> p.row() + p.column() + " " + p.reason().key())
        .containsExactly(
            "3A error.records.locked",
            "4B error.records.village",
            "4G error.records.fewerTimes",
            "5B error.records.duplicate",
            "6C error.records.category",
            "6D error.records.group",
            "6E error.records.age",
            "6F error.records.count");
    assertThat(refused.problems().get(0).sheet()).isEqualTo("[bad.xlsx]服务记录");
    List<ServiceRecord> before = records.list(officer, contract.id());

    Path good =
        fill(
            template,
            "good.xlsx",
            List.<Object[]>of(new Object[] {"2026Q2", "青龙乡/三合村", "亲情关爱", "母亲外出", "6-13岁", 6, 12}));
    assertThat(keyOf(() -> records.importRecords(signIn("auditor"), contract.id(), good)))
        .isEqualTo("error.permission.denied");
    assertThat(records.list(officer, contract.id())).isEqualTo(before);
    ServiceRecordService.ImportResult imported =
        records.importRecords(officer, contract.id(), good);
    assertThat(imported.rows()).isEqualTo(1);
    List<ServiceRecord> q2 =
        records.list(officer, contract.id()).stream().filter(r -> r.period().equals(Q2)).toList();
    assertThat(q2).hasSize(1);
    assertThat(q2.get(0).children()).isEqualTo(6);
    // the other quarters are untouched
    assertThat(records.list(officer, contract.id()).stream().filter(r -> r.period().equals(Q1)))
        .hasSize(8);
  }

  @Test
  void theBalanceExportsTheFiguresBehindEachChartAndTheVillages() throws IOException {
    var view = records.contractBalance(officer, contract.id(), Q1);
    Path file = temp.resolve("均衡.xlsx");
    records.exportBalance(officer, view, "合同 " + contract.number(), Q1, file);
    try (Workbook workbook = WorkbookFactory.create(file.toFile(), null, true)) {
      List<String> figures = new java.util.ArrayList<>();
      workbook.getSheet("结构均衡").forEach(row -> figures.add(line(row)));
      assertThat(figures)
          .contains(
              "服务性质|物质帮扶|10.0|20.0|25.0",
              "服务目的|关爱性|4.0|5.0|6.25",
              "儿童类别|父亲外出|1.0|1.0|1.25",
              "合计|全部|42.0|80.0|100.0");
      List<String> villages = new java.util.ArrayList<>();
      workbook.getSheet("村覆盖").forEach(row -> villages.add(line(row)));
      assertThat(villages).contains("青龙乡/青龙村|覆盖|已服务", "青龙乡/三合村|覆盖|未服务", "青龙乡/板桥村|覆盖|未服务");
    }
  }

  private static String line(Row row) {
    List<String> cells = new java.util.ArrayList<>();
    row.forEach(c -> cells.add(c.toString()));
    return String.join("|", cells);
  }

  private Session signIn(String user) {
    return context
        .authentication()
        .signIn(user, DemoCountyService.PASSWORD.toCharArray())
        .session();
  }

  private Path fill(Path template, String name, List<Object[]> rows) throws IOException {
    Path target = temp.resolve(name);
    try (var in = Files.newInputStream(template);
        Workbook workbook = WorkbookFactory.create(in)) {
      Sheet sheet = workbook.getSheet("服务记录");
      int r = 1;
      for (Object[] values : rows) {
        Row row = sheet.getRow(r) == null ? sheet.createRow(r) : sheet.getRow(r);
        for (int c = 0; c < values.length; c++) {
          var cell = row.getCell(c, Row.MissingCellPolicy.CREATE_NULL_AS_BLANK);
          if (values[c] instanceof Number n) {
            cell.setCellValue(n.doubleValue());
          } else {
            cell.setCellValue((String) values[c]);
          }
        }
        r++;
      }
      try (var out = Files.newOutputStream(target)) {
        workbook.write(out);
      }
    }
    return target;
  }

  private static Balance.Count count(long children, long times, String share) {
    return new Balance.Count(children, times, new BigDecimal(share));
  }
}
