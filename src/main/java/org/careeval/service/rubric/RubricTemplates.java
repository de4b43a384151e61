package org.careeval.service.rubric;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.careeval.domain.procurement.ProcurementMethod;
import org.careeval.domain.rubric.Band;
import org.careeval.domain.rubric.CheckItem;
import org.careeval.domain.rubric.Criterion;
import org.careeval.domain.rubric.CriterionKind;
import org.careeval.domain.rubric.Rubric;
import org.careeval.domain.rubric.RubricSettings;

/**
 * The rubric templates shipped with the app (templates/rubric-*.xlsx are these, written by {@code
 * careeval rubric template}), written for care services for rural left-behind children: one for an
 * open tender (price 20 points) and one for competitive consultation (price 10 points). Their text
 * is the county's working language, Chinese, like the documents they become part of.
 */
public enum RubricTemplates {
  OPEN_TENDER("rubric-open-tender.xlsx", ProcurementMethod.OPEN_TENDER),
  CONSULTATION("rubric-consultation.xlsx", ProcurementMethod.COMPETITIVE_CONSULTATION);

  private static final String ART_22 = "《政府采购法》第二十二条第一款";

  /** Band limits (优, 良, 中, 差; low and high of each) for the points subjective criteria carry. */
  private static final Map<Integer, String[]> BANDS =
      Map.of(
          7, new String[] {"6", "7", "4.5", "5.5", "2.5", "4", "0", "2"},
          8, new String[] {"7", "8", "5", "6.5", "3", "4.5", "0", "2.5"},
          10, new String[] {"8.5", "10", "6.5", "8", "4", "6", "0", "3.5"},
          12, new String[] {"10", "12", "7.5", "9.5", "4.5", "7", "0", "4"},
          15, new String[] {"13", "15", "10", "12.5", "6", "9.5", "0", "5.5"});

  private final String fileName;
  private final ProcurementMethod method;

  RubricTemplates(String fileName, ProcurementMethod method) {
    this.fileName = fileName;
    this.method = method;
  }

  public String fileName() {
    return fileName;
  }

  public ProcurementMethod method() {
    return method;
  }

  /** The template for a method: the consultation one for 磋商, the tender one otherwise. */
  public static Optional<RubricTemplates> forMethod(ProcurementMethod method) {
    if (!method.scored()) {
      return Optional.empty();
    }
    return Arrays.stream(values())
        .filter(t -> t.method == method)
        .findFirst()
        .or(() -> Optional.of(OPEN_TENDER));
  }

  public Rubric rubric() {
    return this == OPEN_TENDER ? openTender() : consultation();
  }

  private static List<CheckItem> qualification() {
    return List.of(
        new CheckItem("Q1", "具有独立承担民事责任的能力：提供有效的社会组织登记证书或营业执照", ART_22 + "第（一）项"),
        new CheckItem("Q2", "具有良好的商业信誉和健全的财务会计制度：提供上一年度财务报告或审计报告", ART_22 + "第（二）项"),
        new CheckItem("Q3", "有依法缴纳税收和社会保障资金的良好记录：提供近六个月内任意一个月的缴纳凭证", ART_22 + "第（四）项"),
        new CheckItem("Q4", "参加政府采购活动前三年内在经营活动中没有重大违法记录的书面声明", ART_22 + "第（五）项；《政府采购法实施条例》第十七条"),
        new CheckItem("Q5", "未被列入失信被执行人、重大税收违法失信主体和政府采购严重违法失信行为记录名单", "财库〔2016〕125号"));
  }

  private static Rubric openTender() {
    List<CheckItem> conformity =
        List.of(
            new CheckItem("C1", "★服务内容满足采购需求列明的全部服务事项，无负偏离", "采购需求"),
            new CheckItem("C2", "★服务期限为合同签订之日起 12 个月", "采购需求"),
            new CheckItem("C3", "★投标报价不超过采购预算（最高限价）", "招标文件"),
            new CheckItem("C4", "★投标有效期不少于 90 日", "招标文件"),
            new CheckItem("C5", "★投标文件按招标文件要求签字、盖章", "87号令第五十条"),
            new CheckItem("C6", "★承诺不向服务对象收取任何费用，不泄露儿童个人信息", "采购需求"));
    List<Criterion> criteria =
        List.of(
            subjective("A1", "服务方案", "需求分析：对本县农村留守儿童分布、需求和风险的分析", 8, "需求分析"),
            subjective("A2", "服务方案", "服务内容与实施计划：监护指导、心理疏导、亲情关爱、安全教育、学业辅导等服务的内容、频次和进度", 12, "服务计划"),
            subjective("A3", "服务方案", "村级覆盖与入户走访计划：覆盖全部项目村，重点儿童每季度至少走访一次", 10, "覆盖与走访安排"),
            subjective("A4", "儿童保护措施", "儿童安全保护：服务人员行为守则、发现侵害线索时的强制报告流程、儿童个人信息保护", 12, "保护措施"),
            objective("A5", "服务团队", "项目团队中持有社会工作者职业资格证书的人员，每人得 2 分，最高 8 分（提供证书）", 8),
            objective("A6", "服务团队", "项目负责人具有 3 年以上儿童服务项目管理经验得 4 分，1 至 3 年得 2 分，不足 1 年不得分", 4),
            subjective("A7", "服务团队", "团队分工、驻村社工安排、专业督导与培训计划", 8, "团队配置"),
            subjective("A8", "管理制度与业绩", "项目管理与质量控制：服务档案、服务记录、满意度回访、应急预案", 8, "管理制度"),
            objective("A9", "管理制度与业绩", "近三年承接留守儿童或困境儿童关爱服务项目，每个得 2 分，最高 6 分（提供合同）", 6),
            objective("A10", "管理制度与业绩", "社会组织评估等级在有效期内：3A 及以上得 4 分，2A 得 2 分，1A 或未评估不得分", 4));
    return new Rubric(
        settings(ProcurementMethod.OPEN_TENDER, new BigDecimal("20")),
        qualification(),
        conformity,
        criteria);
  }

  private static Rubric consultation() {
    List<CheckItem> conformity =
        List.of(
            new CheckItem("C1", "★服务内容满足磋商文件列明的全部服务事项，无负偏离", "磋商文件"),
            new CheckItem("C2", "★服务期限为合同签订之日起 12 个月", "磋商文件"),
            new CheckItem("C3", "★最后报价不超过采购预算", "财库〔2014〕214号"),
            new CheckItem("C4", "★响应文件按磋商文件要求签字、盖章", "磋商文件"),
            new CheckItem("C5", "★承诺不向服务对象收取任何费用，不泄露儿童个人信息", "磋商文件"));
    List<Criterion> criteria =
        List.of(
            subjective("B1", "服务方案", "需求评估与服务目标：留守儿童及其家庭需求评估方法，目标具体可衡量", 10, "需求评估"),
            subjective("B2", "服务方案", "个案与小组服务：监护指导、心理疏导、行为矫治、社会融入、家庭关系调适的服务安排", 15, "个案与小组服务"),
            subjective("B3", "服务方案", "亲情关爱与社区活动：亲子联络、节假日团聚、安全教育和社区活动安排", 8, "关爱活动安排"),
            subjective("B4", "服务方案", "村级覆盖与入户走访：覆盖全部项目村，走访频次与儿童主任配合方式", 7, "覆盖与走访安排"),
            subjective("B5", "儿童保护措施", "儿童保护与强制报告：行为守则、侵害线索发现与报告流程、个人信息保护", 10, "保护措施"),
            objective("B6", "服务团队", "项目团队中持有社会工作者职业资格证书的人员，每人得 2 分，最高 10 分（提供证书）", 10),
            objective("B7", "服务团队", "有专业督导或持证心理咨询师为项目提供支持得 4 分，否则不得分（提供协议）", 4),
            subjective("B8", "服务团队", "团队稳定与培训：驻村人员安排、人员培训和替补计划", 8, "团队安排"),
            objective("B9", "管理制度与业绩", "近三年承接留守儿童或困境儿童关爱服务项目，每个得 2 分，最高 8 分（提供合同）", 8),
            subjective("B10", "管理制度与业绩", "项目管理与满意度：服务记录、档案、满意度回访和整改机制", 10, "管理制度"));
    return new Rubric(
        settings(ProcurementMethod.COMPETITIVE_CONSULTATION, BigDecimal.TEN),
        qualification(),
        conformity,
        criteria);
  }

  /** A template's settings: the method's defaults with its price points. */
  private static RubricSettings settings(ProcurementMethod method, BigDecimal pricePoints) {
    RubricSettings defaults = RubricSettings.defaults(method);
    return defaults.withWorkbookValues(
        method,
        pricePoints,
        defaults.aggregation(),
        defaults.decimals(),
        defaults.smeDeductionPercent(),
        defaults.approvalReference());
  }

  private static Criterion objective(String code, String group, String content, int points) {
    return new Criterion(
        code, group, content, BigDecimal.valueOf(points), CriterionKind.OBJECTIVE, List.of());
  }

  private static Criterion subjective(
      String code, String group, String content, int points, String aspect) {
    String[] limits = BANDS.get(points);
    List<Band> bands =
        List.of(
            band("优", limits[0], limits[1], aspect + "完整，针对本县实际，措施具体，可操作性强"),
            band("良", limits[2], limits[3], aspect + "较完整，基本符合本县实际，措施基本可行"),
            band("中", limits[4], limits[5], aspect + "一般，针对性不足，部分措施不具体"),
            band("差", limits[6], limits[7], aspect + "缺项或明显不可行"));
    return new Criterion(
        code, group, content, BigDecimal.valueOf(points), CriterionKind.SUBJECTIVE, bands);
  }

  private static Band band(String name, String low, String high, String description) {
    return new Band(name, new BigDecimal(low), new BigDecimal(high), description);
  }
}
