package org.careeval.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.careeval.domain.CareEvalException;
import org.careeval.domain.organization.OrganizationDraft;
import org.careeval.domain.organization.Rating;
import org.careeval.domain.organization.RatingLevel;
import org.careeval.domain.organization.SyntheticCodes;
import org.careeval.domain.user.Role;
import org.careeval.domain.user.Session;
import org.careeval.service.i18n.Messages;
import org.careeval.service.imports.ImportProblem;
import org.careeval.service.organization.ImportReport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 9, section 2: every rule of an organization's data lives once, in {@code
 * OrganizationDraft.check}; the same bad value typed into the form and read from an import row is
 * refused with the same words.
 */
class SameRuleSameMessageTest {

  private static final char[] PASSWORD = "pass-word-1".toCharArray();
  private static final Messages CHINESE = Messages.of(Messages.CHINESE);

  @TempDir Path temp;
  private AppContext context;
  private Session officer;

  @BeforeEach
  void setUp() {
    context = TestContexts.open(temp.resolve("data"), new MutableClock()); // 2026-11-23
    context.users().createFirstAdmin("admin", "", PASSWORD);
    Session admin = context.authentication().signIn("admin", PASSWORD).session();
    TestContexts.member(context, admin, "officer", "", Set.of(Role.OFFICER), PASSWORD);
    officer = context.authentication().signIn("officer", PASSWORD).session();
  }

  @AfterEach
  void tearDown() {
    context.close();
  }

  /** name, code, legal representative, address, phone, certificate, issuer, granted on. */
  static Stream<Arguments> badValues() {
    String code = SyntheticCodes.uscc(7);
    return Stream.of(
        bad("name missing", "", code, "", "", "", "", "", ""),
        bad("name of zero-width spaces", "\u200B\u200B", code, "", "", "", "", "", ""),
        bad("name of no-break spaces", "\u00A0\u3000", code, "", "", "", "", "", ""),
        bad("name too long", "甲".repeat(201), code, "", "", "", "", "", ""),
        bad("name folds too long", "㍿".repeat(60), code, "", "", "", "", "", ""),
        bad("NUL in name", "甲\u0000中心", code, "", "", "", "", "", ""),
        bad("ESC and BEL in name", "甲\u001B[2J\u0007中心", code, "", "", "", "", "", ""),
        bad("bidi override in name", "甲\u202E心中务服", code, "", "", "", "", "", ""),
        bad("code missing", "甲中心", "", "", "", "", "", "", ""),
        bad("code invalid", "甲中心", "12345", "", "", "", "", "", ""),
        bad("legal representative too long", "甲中心", code, "王".repeat(101), "", "", "", "", ""),
        bad("address too long", "甲中心", code, "", "路".repeat(301), "", "", "", ""),
        bad("phone too long", "甲中心", code, "", "", "1".repeat(51), "", "", ""),
        bad("control character in address", "甲中心", code, "", "城关镇\u0000", "", "", "", ""),
        bad("certificate too long", "甲中心", code, "", "", "", "号".repeat(101), "局", "2024-01-01"),
        bad("issuer too long", "甲中心", code, "", "", "", "1号", "局".repeat(101), "2024-01-01"),
        bad("rating granted in the future", "甲中心", code, "", "", "", "1号", "局", "2099-01-01"));
  }

  private static Arguments bad(String rule, String... values) {
    return Arguments.of(rule, Arrays.asList(values));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badValues")
  void theFormAndTheImportRefuseWithTheSameMessage(String rule, List<String> values)
      throws Exception {
    String byForm = refusedByForm(values);
    String byImport = refusedByImport(values);

    assertThat(byForm).as(rule).isNotBlank().doesNotStartWith("!");
    assertThat(byImport).as(rule).isEqualTo(byForm);
  }

  private String refusedByForm(List<String> v) {
    Optional<Rating> rating =
        v.get(7).isEmpty()
            ? Optional.empty()
            : Optional.of(
                new Rating(RatingLevel.A4, v.get(5), v.get(6), LocalDate.parse(v.get(7))));
    try {
      context
          .organizations()
          .register(
              officer,
              new OrganizationDraft(v.get(0), v.get(1), v.get(2), v.get(3), v.get(4), rating));
    } catch (CareEvalException e) {
      return CHINESE.describe(e);
    }
    throw new AssertionError("the form accepted it");
  }

  /**
   * Excel keeps a control character in a cell as {@code _xHHHH_} (XML cannot hold it); POI's reader
   * turns that back into the character, as it would for a file from Excel.
   */
  private static String asExcelStoresIt(String text) {
    StringBuilder stored = new StringBuilder();
    text.chars()
        .forEach(
            c -> stored.append(c < 0x20 ? String.format("_x%04X_", c) : String.valueOf((char) c)));
    return stored.toString();
  }

  private String refusedByImport(List<String> v) throws Exception {
    List<String> row =
        Stream.of(
                v.get(0),
                v.get(1),
                v.get(2),
                v.get(3),
                v.get(4),
                v.get(7).isEmpty() ? "" : "4A",
                v.get(5),
                v.get(6),
                v.get(7))
            .map(SameRuleSameMessageTest::asExcelStoresIt)
            .toList();
    Path file = RosterFiles.write(temp.resolve("row.xlsx"), List.of(row));
    ImportReport report = context.organizations().importRoster(officer, file);
    assertThat(report.accepted()).isFalse();
    ImportProblem first = report.problems().get(0);
    return CHINESE.get(first.reason().key(), first.reason().arguments().toArray());
  }
}
