package org.careeval.domain.rubric;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.careeval.domain.FreeText;
import org.careeval.domain.LocalizedText;
import org.careeval.domain.procurement.ProcurementMethod;

/**
 * Every rule a rubric must satisfy before it may be used (domain rules 2.2–2.10), in one place: the
 * form, the workbook import and {@code careeval rubric check} all ask here. Problems refuse the
 * rubric; warnings are shown and do not.
 */
public final class RubricRules {

  /** What a check found. */
  public record Findings(List<RubricFinding> problems, List<RubricFinding> warnings) {
    public boolean valid() {
      return problems.isEmpty();
    }
  }

  public static final int MAX_CODE = 20;
  public static final int MAX_GROUP = 100;
  public static final int MAX_CONTENT = 1000;
  public static final int MAX_BASIS = 500;

  private static final BigDecimal HUNDRED = new BigDecimal("100");
  private static final BigDecimal MAX_SME_DEDUCTION = new BigDecimal("20");
  private static final BigDecimal USUAL_SME_DEDUCTION = BigDecimal.TEN;

  /**
   * Scale conditions 87号令 Art 17 bans as qualifications or scoring factors (注册资本、资产总额、
   * 营业收入、从业人员、利润、纳税额) and their usual wordings. A project team's qualified social workers are not a
   * scale condition, so head counts are matched only as the organization's size.
   */
  private static final Pattern SCALE_CONDITION =
      Pattern.compile(
          "注册资本|注册资金|开办资金|资产总额|总资产|净资产|营业收入|营业额|年收入|收入规模|从业人员|职工人数|员工人数|员工总数"
              + "|人员规模|利润|纳税额|纳税总额|缴税额|纳税金额");

  /** The social-organization rating (3A, AAAA, 评估等级) named as a condition. */
  private static final Pattern RATING = Pattern.compile("[345３４５]\\s*[AaＡ]|AAA|评估等级|社会组织等级|等级评估");

  /** Below this many characters a condition is too short to tell a repetition from a mention. */
  private static final int MIN_REPEATED = 4;

  private final Rubric rubric;
  private final List<RubricFinding> problems = new ArrayList<>();
  private final List<RubricFinding> warnings = new ArrayList<>();

  private RubricRules(Rubric rubric) {
    this.rubric = rubric;
  }

  public static Findings check(Rubric rubric) {
    RubricRules rules = new RubricRules(rubric);
    rules.checkSettings(rubric.settings());
    rules.checkItems(RubricSection.QUALIFICATION, rubric.qualification());
    rules.checkItems(RubricSection.CONFORMITY, rubric.conformity());
    rules.checkQualificationGates();
    rules.checkCriteria();
    rules.checkTotal();
    return new Findings(List.copyOf(rules.problems), List.copyOf(rules.warnings));
  }

  private void checkSettings(RubricSettings settings) {
    ProcurementMethod method = settings.method();
    BigDecimal price = settings.pricePoints();
    method
        .checkPricePoints(price, Optional.of(settings.approvalReference()))
        .forEach(p -> setting(p.field(), p.reason()));
    if (!Points.fitsScale(price)) {
      setting(RubricSettings.PRICE_POINTS, text("error.rubric.pointsScale", price));
    }
    method
        .pricePointsWarning(price)
        .ifPresent(
            w ->
                warnings.add(
                    new RubricFinding(
                        RubricSection.SETTINGS,
                        RubricFinding.WHOLE_SECTION,
                        RubricSettings.PRICE_POINTS,
                        w)));
    if (settings.decimals() < 0 || settings.decimals() > RubricSettings.MAX_DECIMALS) {
      setting(RubricSettings.DECIMALS, text("error.rubric.decimals", settings.decimals()));
    }
    checkSmeDeduction(settings.smeDeductionPercent());
    if (settings.technicalTieBreak() && !method.tender()) {
      setting(RubricSettings.TIE_BREAK, text("error.rubric.tieBreakTenderOnly"));
    }
    BigDecimal alert = settings.lowPriceAlertPercent();
    if (alert.signum() <= 0 || alert.compareTo(HUNDRED) >= 0) {
      setting(RubricSettings.LOW_PRICE_ALERT, text("error.rubric.lowPriceAlert", alert));
    }
    FreeText.check(
            RubricSettings.APPROVAL_REFERENCE,
            "rubric.setting.approvalReference",
            settings.approvalReference(),
            MAX_GROUP,
            false)
        .ifPresent(p -> setting(p.field(), p.reason()));
  }

  private void checkSmeDeduction(BigDecimal percent) {
    if (percent.signum() < 0
        || percent.compareTo(MAX_SME_DEDUCTION) > 0
        || !Points.fitsScale(percent)) {
      setting(RubricSettings.SME_DEDUCTION, text("error.rubric.smeDeduction", percent));
    } else if (percent.signum() > 0 && percent.compareTo(USUAL_SME_DEDUCTION) < 0) {
      warnings.add(
          new RubricFinding(
              RubricSection.SETTINGS,
              RubricFinding.WHOLE_SECTION,
              RubricSettings.SME_DEDUCTION,
              text("warning.rubric.smeDeductionLow", percent.toPlainString())));
    }
  }

  private void checkItems(RubricSection section, List<CheckItem> items) {
    Map<String, Integer> codes = new HashMap<>();
    for (int i = 0; i < items.size(); i++) {
      checkItem(section, i, items.get(i), codes);
    }
  }

  private void checkItem(
      RubricSection section, int index, CheckItem item, Map<String, Integer> codes) {
    checkCode(section, index, item.code(), codes);
    text(
        section,
        index,
        CheckItem.CONTENT,
        "rubric.column.checkContent",
        item.content(),
        MAX_CONTENT);
    FreeText.check(CheckItem.BASIS, "rubric.column.basis", item.basis(), MAX_BASIS, false)
        .ifPresent(p -> problem(section, index, p.field(), p.reason()));
  }

  private void checkQualificationGates() {
    List<CheckItem> items = rubric.qualification();
    for (int i = 0; i < items.size(); i++) {
      CheckItem item = items.get(i);
      scaleCondition(
          RubricSection.QUALIFICATION, i, CheckItem.CONTENT, item.code(), item.content());
      if (RATING.matcher(item.content()).find()) {
        warnings.add(
            new RubricFinding(
                RubricSection.QUALIFICATION,
                i,
                CheckItem.CONTENT,
                text("warning.rubric.ratingGate", item.code())));
      }
    }
  }

  private void checkCriteria() {
    boolean scored = rubric.settings().method().scored();
    if (!scored && !rubric.criteria().isEmpty()) {
      whole(text("error.rubric.notScored", method()));
    } else if (scored && rubric.criteria().isEmpty()) {
      whole(text("error.rubric.noCriteria", method()));
    }
    Map<String, Integer> codes = new HashMap<>();
    for (int i = 0; i < rubric.criteria().size(); i++) {
      checkCriterion(i, rubric.criteria().get(i), codes);
    }
  }

  private void checkCriterion(int i, Criterion criterion, Map<String, Integer> codes) {
    RubricSection s = RubricSection.SCORING;
    checkCode(s, i, criterion.code(), codes);
    text(s, i, Criterion.GROUP, "rubric.column.group", criterion.group(), MAX_GROUP);
    text(s, i, Criterion.CONTENT, "rubric.column.content", criterion.content(), MAX_CONTENT);
    checkMaxPoints(i, criterion);
    checkBands(i, criterion);
    scaleCondition(s, i, Criterion.GROUP, criterion.code(), criterion.group());
    scaleCondition(s, i, Criterion.CONTENT, criterion.code(), criterion.content());
    criterion.bands().stream()
        .filter(b -> scaleConditionIn(b.description()).isPresent())
        .findFirst()
        .ifPresent(b -> scaleCondition(s, i, Criterion.BANDS, criterion.code(), b.description()));
    repeatedQualification(i, criterion);
  }

  private void checkMaxPoints(int index, Criterion criterion) {
    BigDecimal points = criterion.maxPoints();
    if (points.signum() <= 0 || points.compareTo(HUNDRED) > 0 || !Points.fitsScale(points)) {
      problem(
          RubricSection.SCORING,
          index,
          Criterion.MAX_POINTS,
          text("error.rubric.maxPoints", criterion.code(), points.toPlainString()));
    }
  }

  private void checkBands(int index, Criterion criterion) {
    List<Band> bands = criterion.bands();
    if (criterion.kind() == CriterionKind.SUBJECTIVE && bands.isEmpty()) {
      band(index, text("error.rubric.bandsRequired", criterion.code()));
    }
    for (int b = 0; b < bands.size(); b++) {
      Band band = bands.get(b);
      if (!Points.fitsScale(band.low()) || !Points.fitsScale(band.high())) {
        band(index, text("error.rubric.bandScale", criterion.code(), band.name()));
      } else if (band.low().compareTo(band.high()) > 0) {
        band(index, bandText("error.rubric.bandReversed", criterion, band));
      } else if (band.low().signum() < 0 || band.high().compareTo(criterion.maxPoints()) > 0) {
        band(index, bandText("error.rubric.bandOutside", criterion, band));
      }
      for (int other = 0; other < b; other++) {
        if (bands.get(other).overlaps(band)) {
          band(
              index,
              text(
                  "error.rubric.bandOverlap",
                  criterion.code(),
                  band.name(),
                  bands.get(other).name()));
        }
      }
    }
  }

  private static LocalizedText bandText(String key, Criterion criterion, Band band) {
    return text(
        key,
        criterion.code(),
        band.name(),
        band.low().toPlainString(),
        band.high().toPlainString(),
        criterion.maxPoints().toPlainString());
  }

  private void repeatedQualification(int index, Criterion criterion) {
    String content = comparable(criterion.content());
    for (CheckItem item : rubric.qualification()) {
      String condition = comparable(item.content());
      if (condition.length() >= MIN_REPEATED
          && content.length() >= MIN_REPEATED
          && (content.contains(condition) || condition.contains(content))) {
        problem(
            RubricSection.SCORING,
            index,
            Criterion.CONTENT,
            text(
                "error.rubric.qualificationAsFactor",
                criterion.code(),
                item.code(),
                item.content()));
        return;
      }
    }
  }

  private void checkTotal() {
    RubricSettings settings = rubric.settings();
    if (!settings.method().scored() || rubric.criteria().isEmpty()) {
      return;
    }
    BigDecimal criteria = rubric.criteriaPoints();
    BigDecimal total = criteria.add(settings.pricePoints());
    if (total.compareTo(HUNDRED) != 0) {
      problem(
          RubricSection.SCORING,
          RubricFinding.WHOLE_SECTION,
          Criterion.MAX_POINTS,
          text(
              "error.rubric.total",
              Points.normalize(criteria).toPlainString(),
              settings.pricePoints().toPlainString(),
              Points.normalize(total).toPlainString()));
    }
  }

  private void checkCode(RubricSection section, int index, String code, Map<String, Integer> seen) {
    text(section, index, CheckItem.CODE, "rubric.column.code", code, MAX_CODE);
    String key = comparable(code);
    if (!key.isEmpty() && seen.putIfAbsent(key, index) != null) {
      problem(section, index, CheckItem.CODE, text("error.rubric.codeDuplicate", code));
    }
  }

  private void text(
      RubricSection section, int index, String field, String labelKey, String value, int max) {
    FreeText.check(field, labelKey, value, max, true)
        .ifPresent(p -> problem(section, index, field, p.reason()));
  }

  private void scaleCondition(
      RubricSection section, int index, String field, String code, String value) {
    scaleConditionIn(value)
        .ifPresent(
            found ->
                problem(section, index, field, text("error.rubric.scaleCondition", code, found)));
  }

  private static Optional<String> scaleConditionIn(String value) {
    Matcher matcher = SCALE_CONDITION.matcher(value == null ? "" : value);
    return matcher.find() ? Optional.of(matcher.group()) : Optional.empty();
  }

  /** Text as compared for repetition: full-width folded, no spaces or punctuation, lower case. */
  static String comparable(String value) {
    String folded = Normalizer.normalize(value == null ? "" : value, Normalizer.Form.NFKC);
    return folded.replaceAll("[\\s\\p{P}\\p{S}]", "").toLowerCase(Locale.ROOT);
  }

  private LocalizedText method() {
    return new LocalizedText(rubric.settings().method().labelKey());
  }

  private void whole(LocalizedText reason) {
    problem(RubricSection.SCORING, RubricFinding.WHOLE_SECTION, Criterion.CODE, reason);
  }

  private void band(int index, LocalizedText reason) {
    problem(RubricSection.SCORING, index, Criterion.BANDS, reason);
  }

  private void setting(String field, LocalizedText reason) {
    problem(RubricSection.SETTINGS, RubricFinding.WHOLE_SECTION, field, reason);
  }

  private void problem(RubricSection section, int index, String field, LocalizedText reason) {
    problems.add(new RubricFinding(section, index, field, reason));
  }

  private static LocalizedText text(String key, Object... arguments) {
    return new LocalizedText(key, arguments);
  }
}
