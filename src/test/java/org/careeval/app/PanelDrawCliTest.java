package org.careeval.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.careeval.TestWorkbooks;
import org.careeval.domain.organization.SyntheticCodes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * `careeval expert import` and `careeval panel draw` end to end on two separate demo counties: the
 * same pool and seed give the same panel; experts who may not judge are left out with the reason.
 */
class PanelDrawCliTest {

  static final String PUBLISHED = "柳河乡、东岭乡困境儿童与留守儿童关爱服务项目";

  @TempDir Path temp;

  private static CliRun.Result run(Path data, String... args) {
    return CliRun.run(data, args);
  }

  /** Ten experts: 专家9 is not available, 专家10 is on the staff of a registered organization. */
  private Path pool() throws Exception {
    Map<String, List<List<Object>>> sheets = new LinkedHashMap<>();
    List<List<Object>> rows = new ArrayList<>();
    rows.add(List.of("姓名", "专业", "职称", "地区", "工作单位", "单位统一社会信用代码", "可抽取", "联系电话", "系统账号"));
    for (int i = 1; i <= 10; i++) {
      rows.add(
          List.of(
              "专家" + i,
              i <= 6 ? "社会工作" : "财务会计",
              "",
              "青山县",
              "县直单位" + i,
              "",
              i == 9 ? "否" : "是",
              "",
              ""));
    }
    sheets.put("专家", rows);
    sheets.put(
        "关联关系",
        List.of(
            List.of("姓名", "关系", "组织名称", "统一社会信用代码"),
            List.of("专家10", "兼职/顾问", "县直单位", SyntheticCodes.uscc(999))));
    return TestWorkbooks.write(temp, sheets);
  }

  private String draw(Path data) throws Exception {
    assertThat(run(data, "demo", "load").exitCode()).isZero();
    CliRun.Result imported = run(data, "expert", "import", pool().toString(), "--user", "officer");
    assertThat(imported.exitCode()).isZero();
    assertThat(imported.out()).contains("10 位专家", "1 条关联关系");
    String id =
        Arrays.stream(run(data, "project", "list", "--user", "officer").out().split("\\R"))
            .filter(l -> l.contains(PUBLISHED))
            .findFirst()
            .orElseThrow()
            .split("\t")[0];
    CliRun.Result drawn =
        run(
            data,
            "panel",
            "draw",
            "--project",
            id,
            "--seed",
            "20261203",
            "--date",
            // not the demo's own draw day (a week from today): nobody is booked on it
            java.time.LocalDate.now().plusDays(30).toString(),
            "--witness",
            "纪检 王五",
            "--user",
            "officer");
    assertThat(drawn.exitCode()).as(drawn.err()).isZero();
    return drawn.out();
  }

  @Test
  void theSamePoolAndSeedDrawTheSamePanelOnAnotherInstallation() throws Exception {
    String first = draw(temp.resolve("one"));
    String second = draw(temp.resolve("two"));
    assertThat(second).isEqualTo(first);
    List<String[]> lines = first.lines().map(l -> l.split("\t", -1)).toList();
    // 磋商: three members, two alternates; left out: 专家9 and the demo's 魏巍 (not available),
    // the demo's 柏松 (blacklisted)
    assertThat(lines.subList(0, 5))
        .extracting(l -> l[0])
        .containsExactly("成员", "成员", "成员", "候补", "候补");
    assertThat(lines.get(0)[1]).isEqualTo("1");
    assertThat(lines.subList(5, lines.size()))
        .extracting(l -> l[0] + " " + l[3] + " " + l[5])
        .containsExactlyInAnyOrder("排除 专家9 暂停抽取", "排除 魏巍 暂停抽取", "排除 柏松 黑名单期内");
    CliRun.Result list = run(temp.resolve("one"), "expert", "list", "--user", "auditor");
    assertThat(list.out().lines())
        .hasSize(50)
        .anyMatch(l -> l.contains("\t专家9\t") && l.contains("\t否\t否\t"))
        .anyMatch(l -> l.contains("\t柏松\t") && l.contains("\t是\t是\t"));
  }

  @Test
  void anExpertTiedToABidderIsLeftOutWithTheReason() throws Exception {
    Path data = temp.resolve("tied");
    assertThat(run(data, "demo", "load").exitCode()).isZero();
    assertThat(run(data, "expert", "import", pool().toString(), "--user", "officer").exitCode())
        .isZero();
    long id;
    try (AppContext context = TestContexts.open(data, new MutableClock())) {
      var officer = context.authentication().signIn("officer", "demo1234".toCharArray()).session();
      id =
          context.projects().list(officer).stream()
              .filter(p -> p.name().equals(PUBLISHED))
              .findFirst()
              .orElseThrow()
              .id();
      context
          .bids()
          .addBid(
              officer,
              id,
              new org.careeval.domain.scoring.BidOffer(
                  Optional.empty(),
                  "县直单位服务社",
                  SyntheticCodes.uscc(999),
                  "250000",
                  "248000",
                  false));
    }
    Path record = temp.resolve("抽取记录.xlsx");
    CliRun.Result drawn =
        run(
            data,
            "panel",
            "draw",
            "--project",
            Long.toString(id),
            "--seed",
            "7",
            "--witness",
            "王五",
            "--record",
            record.toString(),
            "--user",
            "officer");
    assertThat(drawn.exitCode()).as(drawn.err()).isZero();
    assertThat(drawn.out().lines())
        .anyMatch(
            l ->
                l.startsWith("排除\t-\t")
                    && l.contains("\t专家10\t")
                    && l.endsWith("与投标人“县直单位服务社”有关联（兼职/顾问），应回避"));
    assertThat(drawn.out().lines()).noneMatch(l -> l.startsWith("成员") && l.contains("\t专家10\t"));
    try (java.io.InputStream in = java.nio.file.Files.newInputStream(record);
        org.apache.poi.xssf.usermodel.XSSFWorkbook workbook =
            new org.apache.poi.xssf.usermodel.XSSFWorkbook(in)) {
      var sheet = workbook.getSheet("抽取记录");
      assertThat(sheet.getRow(3).getCell(1).getStringCellValue()).isEqualTo("7");
      List<String> text = new ArrayList<>();
      sheet.forEach(r -> r.forEach(c -> text.add(c.toString())));
      assertThat(text)
          .contains("成员", "候补", "排除", "见证人 王五 签字：＿＿＿＿＿＿＿＿")
          .anyMatch(t -> t.startsWith("与投标人“县直单位服务社”有关联"));
      assertThat(sheet.getPrintSetup().getPaperSize())
          .isEqualTo(org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE);
    }
  }
}
