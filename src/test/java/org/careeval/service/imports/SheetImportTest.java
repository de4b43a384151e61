package org.careeval.service.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.careeval.domain.LocalizedText;
import org.careeval.domain.Problem;
import org.junit.jupiter.api.Test;

/** The shared import pass on a made-up two-column sheet (a score sheet, say). */
class SheetImportTest {

  private record Score(String code, String points) {}

  private final List<Score> written = new ArrayList<>();

  private SheetImport<Score> pass() {
    List<ImportColumn> columns =
        List.of(
            new ImportColumn("code", "k.code", Set.of("编号", "Code")),
            new ImportColumn("points", "k.points", Set.of("分值", "Points")));
    return new SheetImport<>(
        columns,
        row -> {
          // a domain check reports by field; the pass puts it at the field's column
          if (row.text("points").isEmpty()) {
            row.problems(List.of(new Problem("points", new LocalizedText("required"))));
          }
          if (row.text("code").isEmpty()) {
            row.problem("code", new LocalizedText("required"));
          }
          return row.hasProblems()
              ? Optional.empty()
              : Optional.of(new Score(row.text("code"), row.text("points")));
        },
        (score, row) -> written.add(score));
  }

  @Test
  void headersInAnyLanguageThenRowsReadAndWritten() {
    SheetImport<Score> pass = pass();
    pass.row(1, List.of("Code", "分值"));
    pass.row(2, List.of(" A1 ", "20"));

    SheetImport.Result result = pass.finish("评分因素", List.of());

    assertThat(result.accepted()).isTrue();
    assertThat(result.rows()).isEqualTo(1);
    assertThat(written).containsExactly(new Score("A1", "20"));
  }

  @Test
  void everyProblemAtItsColumnInColumnOrderAndNothingPassedOn() {
    SheetImport<Score> pass = pass();
    pass.row(1, List.of("编号", "分值"));
    pass.row(3, List.of("", ""));
    pass.row(4, List.of("B1", "5"));

    SheetImport.Result result = pass.finish("评分因素", List.of("A4:B4"));

    assertThat(result.accepted()).isFalse();
    assertThat(result.problems())
        .extracting(ImportProblem::sheet, ImportProblem::row, ImportProblem::column)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("评分因素", 3, "A"),
            org.assertj.core.groups.Tuple.tuple("评分因素", 3, "B"),
            org.assertj.core.groups.Tuple.tuple("评分因素", 4, "A"));
    assertThat(written).containsExactly(new Score("B1", "5")); // the caller rolls it back
    assertThat(pass.clean()).isFalse();
  }

  @Test
  void aWrongHeaderStopsTheReadingAndSaysWhichColumn() {
    SheetImport<Score> pass = pass();
    pass.row(1, List.of("编号", "得分"));
    pass.row(2, List.of("A1", "20"));

    SheetImport.Result result = pass.finish("x", List.of());

    assertThat(result.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.column()).isEqualTo("B");
              assertThat(p.reason().key()).isEqualTo("error.import.headerWrong");
            });
    assertThat(written).isEmpty();
  }

  @Test
  void anEmptySheetIsAProblemOfTheFile() {
    assertThat(pass().finish("x", List.of()).problems())
        .singleElement()
        .satisfies(p -> assertThat(p.reason().key()).isEqualTo("error.import.empty"));
  }
}
