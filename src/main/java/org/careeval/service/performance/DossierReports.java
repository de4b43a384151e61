package org.careeval.service.performance;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.careeval.domain.CareEvalException;
import org.careeval.domain.audit.AuditEntity;
import org.careeval.domain.contract.Contract;
import org.careeval.domain.contract.Installment;
import org.careeval.domain.delivery.PeriodReport;
import org.careeval.domain.organization.Organization;
import org.careeval.domain.performance.Evaluation;
import org.careeval.domain.performance.Rectification;
import org.careeval.domain.project.Project;
import org.careeval.domain.scoring.FinalResult;
import org.careeval.domain.scoring.OpenedBid;
import org.careeval.domain.user.Permission;
import org.careeval.domain.user.Session;
import org.careeval.persistence.ContractRepository;
import org.careeval.persistence.Database;
import org.careeval.persistence.DeliveryRepository;
import org.careeval.persistence.EvaluationRepository;
import org.careeval.persistence.OrganizationRepository;
import org.careeval.persistence.PerformanceRepository;
import org.careeval.persistence.ProjectRepository;
import org.careeval.persistence.Transaction;
import org.careeval.report.FormSheet;
import org.careeval.report.excel.FormWorkbook;
import org.careeval.service.audit.AuditTrail;
import org.careeval.service.security.Sessions;

/**
 * An organization's audit dossier (issue 16): one workbook for auditors with its registration data,
 * its bids with their final scores and ranks (and the result hash), its contracts with what was
 * paid, the delivery of each quarter, its evaluations (score, grade, result hash) and the
 * rectification items with their follow-up.
 */
public final class DossierReports {

  private final Database database;
  private final OrganizationRepository organizations;
  private final ProjectRepository projects;
  private final EvaluationRepository bids;
  private final ContractRepository contracts;
  private final DeliveryRepository delivery;
  private final PerformanceRepository evaluations;
  private final AuditTrail audit;
  private final Sessions sessions;

  public DossierReports(
      Database database,
      OrganizationRepository organizations,
      ProjectRepository projects,
      EvaluationRepository bids,
      ContractRepository contracts,
      DeliveryRepository delivery,
      PerformanceRepository evaluations,
      AuditTrail audit,
      Sessions sessions) {
    this.database = database;
    this.organizations = organizations;
    this.projects = projects;
    this.bids = bids;
    this.contracts = contracts;
    this.delivery = delivery;
    this.evaluations = evaluations;
    this.audit = audit;
    this.sessions = sessions;
  }

  /** Writes the dossier of one organization; the export is audited. */
  public void write(Session session, long organizationId, Path file) {
    List<FormSheet> sheets =
        sessions.write(
            session,
            Permission.ORGANIZATION_READ,
            tx -> {
              List<FormSheet> built = sheets(tx, organizationId);
              audit.exported(
                  tx,
                  session,
                  AuditEntity.ORGANIZATION,
                  Map.of("dossier", organizationId, "file", file.getFileName().toString()));
              return built;
            });
    FormWorkbook.write(sheets, file);
  }

  private List<FormSheet> sheets(Transaction tx, long organizationId) {
    Organization o =
        organizations
            .find(tx, organizationId)
            .orElseThrow(
                () -> new CareEvalException("error.org.notFound", Long.toString(organizationId)));
    List<Contract> theirs =
        contracts.list(tx).stream().filter(c -> c.organizationId() == organizationId).toList();
    Set<Long> contractIds = theirs.stream().map(Contract::id).collect(Collectors.toSet());
    List<Evaluation> evaluated =
        evaluations.all(tx).stream().filter(e -> contractIds.contains(e.contractId())).toList();
    Map<Long, String> numbers =
        theirs.stream().collect(Collectors.toMap(Contract::id, Contract::number));
    String title = o.name() + " 审计档案";
    return List.of(
        registration(o, title),
        bids(tx, o, title),
        contracts(tx, theirs, title),
        deliveries(tx, theirs, title),
        evaluations(evaluated, numbers, title),
        rectifications(tx, evaluated, numbers, title));
  }

  private static FormSheet registration(Organization o, String title) {
    List<List<Object>> rows = new ArrayList<>();
    rows.add(List.of("名称", o.name()));
    rows.add(List.of("统一社会信用代码", o.code().value()));
    rows.add(List.of("法定代表人", o.legalRepresentative()));
    rows.add(List.of("住所", o.address()));
    rows.add(List.of("联系电话", o.phone()));
    rows.add(
        List.of(
            "社会组织评估等级",
            o.rating()
                .map(
                    r ->
                        r.level().label()
                            + "（证书 "
                            + r.certificateNumber()
                            + "，"
                            + r.issuer()
                            + "，"
                            + r.grantedOn()
                            + " 授予）")
                .orElse("未评估")));
    rows.add(List.of("状态", o.active() ? "在册" : "已停用"));
    return sheet("登记信息", title, List.of("项目", "内容"), rows, List.of(18, 70));
  }

  private FormSheet bids(Transaction tx, Organization o, String title) {
    List<List<Object>> rows = new ArrayList<>();
    for (Project p : projects.list(tx)) {
      Optional<FinalResult> result = bids.result(tx, p.id());
      for (OpenedBid b : bids.bids(tx, p.id())) {
        boolean ours =
            b.organizationId().equals(Optional.of(o.id()))
                || b.bid().uscc().equals(o.code().value());
        if (!ours) {
          continue;
        }
        String[] line = result.map(r -> resultLine(r, b.bid().uscc())).orElse(new String[0]);
        rows.add(
            List.of(
                p.fiscalYear(),
                p.name(),
                b.bid().quotedPrice(),
                b.bid().passedReviews() ? "通过" : "未通过：" + b.bid().failReason(),
                line.length > 6 ? new BigDecimal(line[6]) : "",
                line.length > 0 ? line[0] : "",
                result.map(FinalResult::shortHash).orElse("")));
      }
    }
    return sheet(
        "投标与评分",
        title,
        List.of("年度", "项目", "报价（元）", "资格与符合性审查", "综合得分", "排名", "评审结果哈希"),
        rows,
        List.of(8, 30, 14, 24, 10, 8, 16));
  }

  /** The ranked line of a bid in a finalized result: rank, code, name, …, total at index 6. */
  private static String[] resultLine(FinalResult result, String uscc) {
    return result
        .table()
        .text()
        .lines()
        .map(l -> l.split("\\|", -1))
        .filter(parts -> parts.length > 6 && parts[1].equals(uscc) && parts[0].matches("\\d+"))
        .findFirst()
        .orElse(new String[0]);
  }

  private FormSheet contracts(Transaction tx, List<Contract> theirs, String title) {
    List<List<Object>> rows = new ArrayList<>();
    for (Contract c : theirs) {
      BigDecimal paid =
          contracts.installments(tx, c.id()).stream()
              .filter(Installment::paid)
              .map(Installment::amount)
              .reduce(BigDecimal.ZERO, BigDecimal::add);
      rows.add(
          List.of(
              c.number(),
              c.project(),
              c.amount(),
              c.termStart().map(Object::toString).orElse("")
                  + " 至 "
                  + c.termEnd().map(Object::toString).orElse(""),
              c.status() == Contract.Status.SIGNED ? "已签订" : c.status().name(),
              paid));
    }
    return sheet(
        "合同",
        title,
        List.of("合同编号", "项目", "合同金额（元）", "服务期", "状态", "已支付（元）"),
        rows,
        List.of(16, 30, 14, 26, 10, 14));
  }

  private FormSheet deliveries(Transaction tx, List<Contract> theirs, String title) {
    List<List<Object>> rows = new ArrayList<>();
    for (Contract c : theirs) {
      for (PeriodReport r : delivery.reportHeads(tx, c.id())) {
        rows.add(
            List.of(
                c.number(),
                r.period().code(),
                r.state().name(),
                r.submittedOn().map(Object::toString).orElse(""),
                r.decidedBy().orElse(""),
                r.returnReason(),
                r.snapshotSha256().orElse("")));
      }
    }
    return sheet(
        "履约",
        title,
        List.of("合同编号", "报告期", "状态", "报送日期", "验收人", "退回原因", "报送快照哈希"),
        rows,
        List.of(16, 10, 12, 12, 10, 30, 20));
  }

  private static FormSheet evaluations(
      List<Evaluation> evaluated, Map<Long, String> numbers, String title) {
    List<List<Object>> rows = new ArrayList<>();
    for (Evaluation e : evaluated) {
      rows.add(
          List.of(
              numbers.get(e.contractId()),
              e.kind().chinese(),
              e.stage(),
              e.evaluator().chinese()
                  + (e.evaluatorName().isEmpty() ? "" : "：" + e.evaluatorName()),
              e.total().<Object>map(t -> t).orElse(""),
              e.grade().orElse(""),
              e.signed() ? "已签发 " + e.signedAt().map(Object::toString).orElse("") : "未签发",
              e.resultSha256().orElse("")));
    }
    return sheet(
        "绩效评价",
        title,
        List.of("合同编号", "评价类型", "阶段", "评价主体", "总分", "等级", "签发", "结果哈希"),
        rows,
        List.of(16, 10, 8, 26, 8, 6, 24, 20));
  }

  private FormSheet rectifications(
      Transaction tx, List<Evaluation> evaluated, Map<Long, String> numbers, String title) {
    List<List<Object>> rows = new ArrayList<>();
    for (Evaluation e : evaluated) {
      for (Rectification r : evaluations.rectifications(tx, e.id())) {
        rows.add(
            List.of(
                numbers.get(e.contractId()),
                e.stage(),
                r.description(),
                r.owner(),
                r.dueOn().toString(),
                r.done() ? "已核销 " + r.closedOn().map(Object::toString).orElse("") : "整改中",
                r.followUp()));
      }
    }
    return sheet(
        "整改事项",
        title,
        List.of("合同编号", "评价阶段", "整改事项", "责任人", "整改期限", "状态", "整改情况"),
        rows,
        List.of(16, 8, 34, 18, 12, 16, 30));
  }

  private static FormSheet sheet(
      String name,
      String title,
      List<String> headers,
      List<List<Object>> rows,
      List<Integer> widths) {
    return new FormSheet(
        name,
        List.of(List.of(title + " — " + name)),
        headers,
        rows,
        List.of("导出人：", "审核人："),
        widths,
        true,
        Optional.empty());
  }
}
