package org.careeval.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.careeval.app.TestContexts.keyOf;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.careeval.TestWorkbooks;
import org.careeval.domain.expert.Expert;
import org.careeval.domain.expert.ExpertDraft;
import org.careeval.domain.expert.ExpertTie;
import org.careeval.domain.organization.SyntheticCodes;
import org.careeval.domain.user.Role;
import org.careeval.domain.user.Session;
import org.careeval.service.expert.ExpertService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The expert pool on a real database: the catalogue, the form's rules, the workbook, the blacklist.
 */
class ExpertServiceTest {

  private static final char[] PASSWORD = "pass-word-1".toCharArray();

  @TempDir Path temp;
  private AppContext context;
  private ExpertService experts;
  private Session officer;
  private Session supervisor;
  private Session expertAccount;

  @BeforeEach
  void setUp() {
    context = TestContexts.open(temp.resolve("data"), new MutableClock());
    context.users().createFirstAdmin("admin", "", PASSWORD);
    Session admin = context.authentication().signIn("admin", PASSWORD).session();
    TestContexts.member(context, admin, "officer", "", Set.of(Role.OFFICER), PASSWORD);
    TestContexts.member(context, admin, "supervisor", "", Set.of(Role.SUPERVISOR), PASSWORD);
    TestContexts.member(context, admin, "liming", "", Set.of(Role.EXPERT), PASSWORD);
    officer = context.authentication().signIn("officer", PASSWORD).session();
    supervisor = context.authentication().signIn("supervisor", PASSWORD).session();
    expertAccount = context.authentication().signIn("liming", PASSWORD).session();
    experts = context.experts();
  }

  @AfterEach
  void tearDown() {
    context.close();
  }

  private static ExpertDraft draft(String name, String specialty, Optional<String> account) {
    return new ExpertDraft(
        name, specialty, "高级社工师", "青山县", "青山县师范学校", Optional.empty(), true, "13800000000", account);
  }

  @Test
  void expertsAreKeptByOfficersWithTheirTiesAndReadBySupervisors() {
    assertThat(experts.specialties(supervisor)).startsWith("社会工作", "儿童保护").hasSize(8);
    long id =
        experts.add(
            officer,
            draft("李明", "社会工作", Optional.of("liming")),
            List.of(
                new ExpertTie(
                    ExpertTie.Kind.BOARD, "青山县阳光社会工作服务中心", Optional.of(SyntheticCodes.uscc(3)))));
    List<Expert> pool = experts.list(supervisor);
    assertThat(pool).extracting(Expert::name).containsExactly("李明");
    assertThat(pool.get(0).ties())
        .extracting(ExpertTie::uscc)
        .containsExactly(Optional.of(SyntheticCodes.uscc(3)));
    assertThat(keyOf(() -> experts.add(supervisor, draft("王芳", "法律", Optional.empty()), List.of())))
        .isEqualTo("error.permission.denied");
    assertThat(keyOf(() -> experts.list(expertAccount))).isEqualTo("error.permission.denied");
    assertThat(keyOf(() -> experts.add(officer, draft("王芳", "园艺", Optional.empty()), List.of())))
        .isEqualTo("error.expert.specialtyUnknown");
    assertThat(
            keyOf(() -> experts.add(officer, draft("王芳", "法律", Optional.of("officer")), List.of())))
        .isEqualTo("error.panel.accountNotExpert");

    experts.update(officer, id, draft("李明", "儿童保护", Optional.empty()), List.of());
    assertThat(experts.list(officer).get(0).draft().specialty()).isEqualTo("儿童保护");
    assertThat(experts.list(officer).get(0).ties()).isEmpty();
  }

  @Test
  void aBlacklistEntryCountsFromItsFirstDay() {
    long id = experts.add(officer, draft("李明", "社会工作", Optional.empty()), List.of());
    LocalDate today = context.clock().today();
    experts.blacklist(officer, id, "无故缺席评审", today.plusDays(1), Optional.of(today.plusYears(1)));
    Expert listed = experts.list(officer).get(0);
    assertThat(listed.blacklistedOn(today)).isFalse();
    assertThat(listed.blacklistedOn(today.plusDays(1))).isTrue();
    assertThat(keyOf(() -> experts.blacklist(officer, id, " ", today, Optional.empty())))
        .isEqualTo("error.expert.blacklistReason");
    assertThat(
            keyOf(
                () -> experts.blacklist(officer, id, "迟到", today, Optional.of(today.minusDays(1)))))
        .isEqualTo("error.expert.blacklistEnd");
  }

  private static Map<String, List<List<Object>>> workbook(
      List<List<Object>> rows, List<List<Object>> ties) {
    Map<String, List<List<Object>>> sheets = new LinkedHashMap<>();
    List<List<Object>> experts = new java.util.ArrayList<>();
    experts.add(List.of("姓名", "专业", "职称", "地区", "工作单位", "单位统一社会信用代码", "可抽取", "联系电话", "系统账号"));
    experts.addAll(rows);
    sheets.put("专家", experts);
    List<List<Object>> tieRows = new java.util.ArrayList<>();
    tieRows.add(List.of("姓名", "关系", "组织名称", "统一社会信用代码"));
    tieRows.addAll(ties);
    sheets.put("关联关系", tieRows);
    return sheets;
  }

  @Test
  void theWorkbookImportsAllOrNothingWithEveryProblemAtItsCell() throws Exception {
    Path bad =
        TestWorkbooks.write(
            temp,
            workbook(
                List.of(
                    List.of("陈静", "园艺", "", "青山县", "县一中", "", "是", "", ""),
                    List.of("刘洋", "法律", "律师", "青山县", "青山律师事务所", "52411525MJ1234AB4X", "可以", "", ""),
                    List.of("陈静", "法律", "", "", "", "", "", "", "")),
                List.of(List.of("赵敏", "理事/董事", "某协会", ""))));
    ExpertService.ImportResult refused = experts.importWorkbook(officer, bad);
    assertThat(refused.accepted()).isFalse();
    assertThat(refused.problems())
        .extracting(p -> p.sheet() + " " + p.row() + p.column() + " " + p.reason().key())
        .contains(
            "专家 2B error.expert.specialtyUnknown",
            "专家 3F uscc.reason.checkCharacter",
            "专家 3G error.evaluation.choice",
            "专家 4A error.expert.twice",
            "关联关系 2A error.expert.unknown");
    assertThat(experts.list(officer)).isEmpty();

    Path good =
        TestWorkbooks.write(
            temp,
            workbook(
                List.of(
                    List.of("陈静", "社会工作", "社工师", "青山县", "县一中", "", "", "", ""),
                    List.of(
                        "刘洋", "法律", "律师", "邻县", "青山律师事务所", SyntheticCodes.uscc(5), "否", "", "")),
                List.of(List.of("陈静", "近亲属任职", "青山县阳光社会工作服务中心", SyntheticCodes.uscc(3)))));
    ExpertService.ImportResult imported = experts.importWorkbook(officer, good);
    assertThat(imported.problems()).isEmpty();
    assertThat(imported.experts()).isEqualTo(2);
    assertThat(imported.ties()).isEqualTo(1);
    assertThat(experts.list(officer))
        .extracting(Expert::name, e -> e.draft().available())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("刘洋", false),
            org.assertj.core.groups.Tuple.tuple("陈静", true));
    assertThat(experts.importWorkbook(officer, good).problems())
        .extracting(p -> p.reason().key())
        .contains("error.expert.inPool");
  }
}
