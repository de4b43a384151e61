package org.careeval.service.contract;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.careeval.domain.CareEvalException;
import org.careeval.domain.LocalizedText;
import org.careeval.domain.audit.AuditEntity;
import org.careeval.domain.contract.Contract;
import org.careeval.domain.delivery.AcceptanceStage;
import org.careeval.domain.delivery.RecipientGroup;
import org.careeval.domain.system.CountyClock;
import org.careeval.domain.user.Permission;
import org.careeval.domain.user.Session;
import org.careeval.persistence.AcceptanceRepository;
import org.careeval.persistence.ContractRepository;
import org.careeval.persistence.Database;
import org.careeval.persistence.Transaction;
import org.careeval.report.FormSheet;
import org.careeval.report.excel.FormWorkbook;
import org.careeval.service.audit.AuditTrail;
import org.careeval.service.security.Sessions;

/**
 * The acceptance of a contract (履约验收, issue 14): its plan — stages, each with who accepts, when,
 * how and by which standard — and the record of each stage held, with how many children, carers,
 * village 儿童主任 and others took part. A passed stage releases the installments waiting on it (by the
 * stage's name). The record prints as a signed A4 sheet.
 */
public final class AcceptanceService {

  private final Database database;
  private final ContractRepository contracts;
  private final AcceptanceRepository acceptance;
  private final AuditTrail audit;
  private final CountyClock clock;
  private final Sessions sessions;

  public AcceptanceService(
      Database database,
      ContractRepository contracts,
      AcceptanceRepository acceptance,
      AuditTrail audit,
      CountyClock clock,
      Sessions sessions) {
    this.database = database;
    this.contracts = contracts;
    this.acceptance = acceptance;
    this.audit = audit;
    this.clock = clock;
    this.sessions = sessions;
  }

  public List<AcceptanceStage> stages(Session session, long contractId) {
    sessions.require(session, Permission.PROJECT_READ);
    return database.read(tx -> acceptance.stages(tx, contractId));
  }

  /** Sets the plan of a signed contract; refused once a stage has been held. */
  public List<AcceptanceStage> savePlan(
      Session session, long contractId, List<AcceptanceStage> stages) {
    return sessions.write(
        session,
        Permission.PROJECT_EDIT,
        tx -> {
          Contract c = signed(tx, contractId);
          List<AcceptanceStage> before = acceptance.stages(tx, contractId);
          if (before.stream().anyMatch(s -> s.record().isPresent())) {
            throw new CareEvalException("error.acceptance.held", c.number());
          }
          List<LocalizedText> problems = AcceptanceStage.planProblems(stages);
          if (!problems.isEmpty()) {
            throw new CareEvalException("error.acceptance.planInvalid", problems);
          }
          acceptance.replaceStages(tx, contractId, stages);
          audit.updated(
              tx,
              session,
              AuditEntity.ACCEPTANCE,
              contractId,
              Map.of("stages", names(before)),
              Map.of("stages", names(stages)));
          return acceptance.stages(tx, contractId);
        });
  }

  /** Records a stage held: checked, once only, audited. */
  public List<AcceptanceStage> record(
      Session session, long contractId, int seq, AcceptanceStage.Record record) {
    return sessions.write(
        session,
        Permission.PROJECT_EDIT,
        tx -> {
          signed(tx, contractId);
          AcceptanceStage stage = stage(tx, contractId, seq);
          List<LocalizedText> problems = record.problems(clock.today());
          if (!problems.isEmpty()) {
            throw new CareEvalException("error.acceptance.recordInvalid", stage.name(), problems);
          }
          AcceptanceStage.Record kept =
              new AcceptanceStage.Record(
                  record.acceptedOn(),
                  record.passed(),
                  record.opinion(),
                  record.participants(),
                  session.username());
          if (!acceptance.record(tx, contractId, seq, kept, clock.instant())) {
            throw new CareEvalException("error.acceptance.recorded", stage.name());
          }
          Map<String, Object> after = new LinkedHashMap<>();
          after.put("stage", stage.name());
          after.put("acceptedOn", record.acceptedOn().toString());
          after.put("passed", record.passed());
          record.participants().forEach((g, n) -> after.put(g.name(), n));
          audit.created(tx, session, AuditEntity.ACCEPTANCE, contractId + "-" + seq, after);
          return acceptance.stages(tx, contractId);
        });
  }

  /** Writes the acceptance record of a stage as an A4 sheet to sign. */
  public void writeRecord(Session session, long contractId, int seq, Path file) {
    FormSheet sheet =
        sessions.write(
            session,
            Permission.PROJECT_READ,
            tx -> {
              Contract c = signed(tx, contractId);
              AcceptanceStage stage = stage(tx, contractId, seq);
              audit.exported(
                  tx,
                  session,
                  AuditEntity.ACCEPTANCE,
                  Map.of(
                      "contract",
                      contractId,
                      "stage",
                      stage.name(),
                      "file",
                      file.getFileName().toString()));
              return sheet(c, stage);
            });
    FormWorkbook.write(List.of(sheet), file);
  }

  private static FormSheet sheet(Contract c, AcceptanceStage s) {
    List<List<Object>> rows = new ArrayList<>();
    s.record()
        .ifPresent(
            r -> {
              for (RecipientGroup g : RecipientGroup.values()) {
                rows.add(List.of(g.chinese(), r.participants().getOrDefault(g, 0)));
              }
            });
    String result = s.record().map(r -> r.passed() ? "通过" : "不通过").orElse("（未验收）");
    return new FormSheet(
        "验收记录",
        List.of(
            List.of("履约验收记录"),
            List.of("合同编号", c.number()),
            List.of("项目名称", c.project()),
            List.of("承接组织", c.organization()),
            List.of("验收阶段", s.name()),
            List.of("计划时间", s.plannedOn().toString()),
            List.of("验收主体", s.acceptor()),
            List.of("验收方式", s.method()),
            List.of("验收标准", s.standard()),
            List.of("验收日期", s.record().map(r -> r.acceptedOn().toString()).orElse("")),
            List.of("验收结论", result),
            List.of("验收意见", s.record().map(AcceptanceStage.Record::opinion).orElse(""))),
        List.of("参加验收的服务对象及相关方", "人数"),
        rows,
        List.of(
            "验收小组成员签字：                    采购人（盖章）：                    承接组织（盖章）：",
            "日期：     年   月   日"),
        List.of(36, 40),
        false,
        java.util.Optional.empty());
  }

  private AcceptanceStage stage(Transaction tx, long contractId, int seq) {
    return acceptance.stages(tx, contractId).stream()
        .filter(s -> s.seq() == seq)
        .findFirst()
        .orElseThrow(
            () -> new CareEvalException("error.acceptance.noStage", Integer.toString(seq)));
  }

  private Contract signed(Transaction tx, long contractId) {
    return SignedContracts.find(contracts, tx, contractId);
  }

  private static String names(List<AcceptanceStage> stages) {
    return String.join("、", stages.stream().map(AcceptanceStage::name).toList());
  }
}
