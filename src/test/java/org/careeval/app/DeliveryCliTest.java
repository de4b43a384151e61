package org.careeval.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.careeval.domain.delivery.Period;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code careeval delivery status|sheet|import} and {@code careeval indicator} on the demo county,
 * whose contract covers the four quarters before today's: two accepted on time, one returned, the
 * last due or late. The command line runs on the system clock, so the expected days are counted
 * from today here the same way: the deadline is ten days after a quarter ends.
 */
class DeliveryCliTest {

  @TempDir Path temp;

  private CliRun.Result run(String... args) {
    return CliRun.run(temp.resolve("data"), args);
  }

  @Test
  void statusListsEveryEndedQuarterWithItsStateAndDaysLate() throws IOException {
    assertThat(run("demo", "load").exitCode()).isZero();
    LocalDate today = today();
    Period q4 = Period.of(today).previous();
    Period q3 = q4.previous();
    Period q2 = q3.previous();
    Period q1 = q2.previous();
    String number = "QL-" + q1.start().getYear() + "-007";
    String organization =
        run("contract", "list", "--user", "officer")
            .out()
            .lines()
            .filter(l -> l.contains(number))
            .findFirst()
            .orElseThrow()
            .split("\t")[3];
    long returnedLate = ChronoUnit.DAYS.between(q3.end().plusDays(10), today);
    LocalDate lastDeadline = q4.end().plusDays(10);
    String last =
        today.isAfter(lastDeadline)
            ? "late\t" + ChronoUnit.DAYS.between(lastDeadline, today)
            : "due\t0";

    CliRun.Result tsv = run("delivery", "status", "--user", "auditor");
    assertThat(tsv.exitCode()).isZero();
    String prefix = number + "\t" + organization + "\t";
    assertThat(tsv.out().lines())
        .containsExactly(
            prefix + q1.code() + "\taccepted\t0",
            prefix + q2.code() + "\taccepted\t0",
            prefix + q3.code() + "\treturned\t" + returnedLate,
            prefix + q4.code() + "\t" + last);

    CliRun.Result json = run("delivery", "status", "--format", "json", "--user", "auditor");
    assertThat(json.exitCode()).isZero();
    // the first period as JSON: its fields, in order, with the days as a number
    assertThat(json.out().replaceAll("\\s", ""))
        .startsWith(
            "{\"periods\":[{\"contractNumber\":\""
                + number
                + "\",\"organization\":\""
                + organization
                + "\",\"period\":\""
                + q1.code()
                + "\",\"state\":\"accepted\",\"daysLate\":0}");
    assertThat(run("delivery", "status", "--officer", "nobody", "--user", "officer").out())
        .isEmpty();
  }

  @Test
  void aFilledSheetImportsAndABadOneExitsOneWithEveryProblemLine() throws IOException {
    assertThat(run("demo", "load").exitCode()).isZero();
    String id =
        run("contract", "list", "--user", "officer")
            .out()
            .lines()
            .filter(l -> l.contains("\tsigned\t"))
            .findFirst()
            .orElseThrow()
            .split("\t")[0];
    LocalDate today = today();
    Period returned = Period.of(today).previous().previous();
    Path sheet = temp.resolve("报告.xlsx");
    CliRun.Result written =
        run(
            "delivery",
            "sheet",
            "--contract",
            id,
            "--period",
            returned.code(),
            sheet.toString(),
            "--user",
            "officer");
    assertThat(written.exitCode()).isZero();
    assertThat(
            run(
                    "delivery",
                    "sheet",
                    "--contract",
                    id,
                    "--period",
                    returned.code(),
                    sheet.toString(),
                    "--user",
                    "officer")
                .exitCode())
        .isNotZero();

    Path bad = temp.resolve("bad.xlsx");
    edit(sheet, bad, row -> row.getRowNum() == 4 ? "-2" : null);
    CliRun.Result refused =
        run("delivery", "import", bad.toString(), "--contract", id, "--user", "officer");
    assertThat(refused.exitCode()).isEqualTo(1);
    assertThat(refused.out().lines()).containsExactly("[bad.xlsx]季度报告\t5\tH\t“入户走访”的数值 -2 不能为负数。");

    Path good = temp.resolve("good.xlsx");
    edit(sheet, good, row -> row.getRowNum() == 4 ? "12" : null);
    CliRun.Result imported =
        run("delivery", "import", good.toString(), "--contract", id, "--user", "officer");
    assertThat(imported.exitCode()).isZero();
    assertThat(imported.out()).contains(returned.code());
  }

  @Test
  void theTemplateNeedsNoDatabaseAndOnlyTheSupervisorImportsOne() {
    Path file = temp.resolve("指标模板.xlsx");
    assertThat(run("indicator", "template", file.toString()).exitCode()).isZero();
    assertThat(run("demo", "load").exitCode()).isZero();
    assertThat(run("indicator", "import", file.toString(), "--user", "officer").exitCode())
        .isNotZero();
    CliRun.Result done = run("indicator", "import", file.toString(), "--user", "supervisor");
    assertThat(done.exitCode()).isZero();
    assertThat(done.out()).contains("18");
  }

  /** Today in the county, as the command line (system clock, county zone) sees it. */
  private LocalDate today() {
    try (AppContext context =
        TestContexts.open(temp.resolve("data"), java.time.Clock.systemUTC())) {
      return context.clock().today();
    }
  }

  /** Copies the sheet with the 实际值 (column H) of the rows {@code value} gives a text for. */
  private static void edit(Path source, Path target, java.util.function.Function<Row, String> value)
      throws IOException {
    try (var in = Files.newInputStream(source);
        Workbook workbook = WorkbookFactory.create(in)) {
      for (Row row : workbook.getSheet("季度报告")) {
        String v = value.apply(row);
        if (v != null) {
          row.getCell(7, Row.MissingCellPolicy.CREATE_NULL_AS_BLANK)
              .setCellValue(Double.parseDouble(v));
        }
      }
      try (var out = Files.newOutputStream(target)) {
        workbook.write(out);
      }
    }
    assertThat(List.of(target)).allMatch(Files::exists);
  }
}
