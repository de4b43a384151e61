package org.careeval.service.records;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.careeval.domain.CareEvalException;
import org.careeval.domain.FreeText;
import org.careeval.domain.audit.AuditEntity;
import org.careeval.domain.contract.Contract;
import org.careeval.domain.place.Place;
import org.careeval.domain.project.ServiceCategory;
import org.careeval.domain.records.SpotCheck;
import org.careeval.domain.system.CountyClock;
import org.careeval.domain.user.Permission;
import org.careeval.domain.user.Session;
import org.careeval.persistence.ContractRepository;
import org.careeval.persistence.Database;
import org.careeval.persistence.EvidenceStore;
import org.careeval.persistence.PlaceRepository;
import org.careeval.persistence.ProjectRepository;
import org.careeval.persistence.ServiceRecordRepository;
import org.careeval.persistence.SpotCheckRepository;
import org.careeval.persistence.Transaction;
import org.careeval.report.FormSheet;
import org.careeval.report.excel.FormWorkbook;
import org.careeval.service.Scans;
import org.careeval.service.audit.AuditTrail;
import org.careeval.service.security.Sessions;

/**
 * Spot checks (抽查, issue 15): a reproducible sample of a contract's service records or of the
 * villages they reached, drawn with a recorded seed at a chosen rate; the visit list printed; each
 * sampled item's finding recorded (confirmed, partly, not found — a mismatch needs a note) with
 * evidence; anyone can reproduce the sample from the seed and check the population is unchanged.
 */
public final class SpotCheckService {

  /** Whether a recorded check reproduces: the same population (size and hash) and sample. */
  public record Verification(boolean samePopulation, boolean sameSample) {}

  /** A check with the names its items need: villages as 乡镇/村, service types. */
  public record Named(SpotCheck check, Map<Long, String> villages, Map<Long, String> types) {}

  private final Database database;
  private final ContractRepository contracts;
  private final ServiceRecordRepository records;
  private final SpotCheckRepository checks;
  private final PlaceRepository places;
  private final ProjectRepository projects;
  private final EvidenceStore evidence;
  private final AuditTrail audit;
  private final CountyClock clock;
  private final Sessions sessions;

  public SpotCheckService(
      Database database,
      ContractRepository contracts,
      ServiceRecordRepository records,
      SpotCheckRepository checks,
      PlaceRepository places,
      ProjectRepository projects,
      EvidenceStore evidence,
      AuditTrail audit,
      CountyClock clock,
      Sessions sessions) {
    this.database = database;
    this.contracts = contracts;
    this.records = records;
    this.checks = checks;
    this.places = places;
    this.projects = projects;
    this.evidence = evidence;
    this.audit = audit;
    this.clock = clock;
    this.sessions = sessions;
  }

  /** Draws and records a sample of a signed contract's records or villages. */
  public Named draw(Session session, long contractId, SpotCheck.Kind kind, int rate, long seed) {
    if (rate < 1 || rate > 100) {
      throw new CareEvalException("error.spotcheck.rate", rate);
    }
    return sessions.write(
        session,
        Permission.PROJECT_EDIT,
        tx -> {
          Contract c =
              contracts
                  .get(tx, contractId)
                  .filter(x -> x.status() == Contract.Status.SIGNED)
                  .orElseThrow(
                      () ->
                          new CareEvalException(
                              "error.records.notSigned", Long.toString(contractId)));
          List<SpotCheck.Item> population =
              SpotCheck.population(records.ofContract(tx, contractId), kind);
          if (population.isEmpty()) {
            throw new CareEvalException("error.spotcheck.empty", c.number());
          }
          SpotCheck drawn =
              new SpotCheck(
                  0,
                  contractId,
                  kind,
                  rate,
                  seed,
                  population.size(),
                  SpotCheck.hash(population),
                  session.username(),
                  clock.instant(),
                  SpotCheck.draw(population, rate, seed));
          long id = checks.insert(tx, drawn);
          Map<String, Object> what = new LinkedHashMap<>();
          what.put("contract", c.number());
          what.put("kind", kind.name());
          what.put("rate", rate);
          what.put("seed", seed);
          what.put("population", population.size());
          what.put("sample", drawn.items().size());
          audit.created(tx, session, AuditEntity.SPOT_CHECK, id, what);
          return named(tx, checks.get(tx, id).orElseThrow());
        });
  }

  public List<SpotCheck> list(Session session, Optional<Long> contractId) {
    sessions.require(session, Permission.PROJECT_READ);
    return database.read(tx -> checks.list(tx, contractId));
  }

  public Named get(Session session, long checkId) {
    sessions.require(session, Permission.PROJECT_READ);
    return database.read(tx -> named(tx, find(tx, checkId)));
  }

  /** Draws again from today's records with the recorded seed and compares. */
  public Verification verify(Session session, long checkId) {
    sessions.require(session, Permission.PROJECT_READ);
    return database.read(
        tx -> {
          SpotCheck c = find(tx, checkId);
          List<SpotCheck.Item> population =
              SpotCheck.population(records.ofContract(tx, c.contractId()), c.kind());
          boolean same =
              population.size() == c.population()
                  && SpotCheck.hash(population).equals(c.populationSha256());
          // findings differ between the recorded items and a fresh draw; what was sampled may not
          return new Verification(
              same,
              sampled(SpotCheck.draw(population, c.rate(), c.seed())).equals(sampled(c.items())));
        });
  }

  /** Records what the visit of one item found; a mismatch needs a note. */
  public Named recordFinding(
      Session session,
      long checkId,
      int seq,
      SpotCheck.Finding finding,
      String note,
      Optional<Path> evidenceFile) {
    if (finding == SpotCheck.Finding.PENDING) {
      throw new CareEvalException("error.spotcheck.finding");
    }
    String text =
        finding.mismatch()
            ? FreeText.required("note", "spotcheck.note", note, 500)
            : FreeText.clean(note);
    Optional<String> sha256 = evidenceFile.map(f -> Scans.store(evidence, f));
    return sessions.write(
        session,
        Permission.PROJECT_EDIT,
        tx -> {
          find(tx, checkId);
          if (!checks.setFinding(
              tx, checkId, seq, finding, text, sha256, session.username(), clock.instant())) {
            throw new CareEvalException("error.spotcheck.noItem", seq);
          }
          audit.updated(
              tx,
              session,
              AuditEntity.SPOT_CHECK,
              checkId + "-" + seq,
              Map.of("finding", SpotCheck.Finding.PENDING.name()),
              Map.of("finding", finding.name(), "note", text));
          return named(tx, find(tx, checkId));
        });
  }

  /**
   * Writes the visit list of a check: one row per sampled item, findings to fill in, signatures.
   */
  public void writeVisitList(Session session, long checkId, Path file) {
    Named n =
        sessions.write(
            session,
            Permission.PROJECT_READ,
            tx -> {
              Named found = named(tx, find(tx, checkId));
              audit.exported(
                  tx,
                  session,
                  AuditEntity.SPOT_CHECK,
                  Map.of("check", checkId, "file", file.getFileName().toString()));
              return found;
            });
    SpotCheck c = n.check();
    List<List<Object>> rows = new ArrayList<>();
    for (SpotCheck.Item i : c.items()) {
      rows.add(
          List.of(
              i.seq(),
              i.period().code(),
              n.villages().getOrDefault(i.placeId(), ""),
              i.categoryId().map(n.types()::get).orElse(""),
              i.beneficiary().map(b -> b.chinese()).orElse(""),
              i.age().map(a -> a.chinese()).orElse(""),
              i.children(),
              i.times(),
              i.finding().chinese(),
              i.note()));
    }
    FormWorkbook.write(
        List.of(
            new FormSheet(
                "抽查清单",
                List.of(
                    List.of("服务记录抽查清单"),
                    List.of("抽查编号", Long.toString(c.id())),
                    List.of("抽取比例", c.rate() + "%"),
                    List.of("随机种子", Long.toString(c.seed())),
                    List.of(
                        "总体", c.population() + " 项，校验码 " + c.populationSha256().substring(0, 16))),
                List.of("序号", "季度", "村", "服务类型", "儿童类别", "年龄段", "服务儿童数", "服务人次", "核查结果", "说明"),
                rows,
                List.of("核查人签字：                    村儿童主任签字：                    日期："),
                List.of(6, 9, 20, 16, 12, 9, 10, 9, 10, 24),
                true,
                Optional.empty())),
        file);
  }

  private static List<SpotCheck.Item> sampled(List<SpotCheck.Item> items) {
    return items.stream()
        .map(
            i ->
                new SpotCheck.Item(
                    i.seq(),
                    i.period(),
                    i.placeId(),
                    i.categoryId(),
                    i.beneficiary(),
                    i.age(),
                    i.children(),
                    i.times(),
                    SpotCheck.Finding.PENDING,
                    "",
                    Optional.empty()))
        .toList();
  }

  private Named named(Transaction tx, SpotCheck c) {
    Map<Long, Place> all =
        places.list(tx).stream().collect(Collectors.toMap(Place::id, Function.identity()));
    Map<Long, String> villages = new LinkedHashMap<>();
    all.values().forEach(p -> villages.put(p.id(), ServiceRecordService.shown(p, all)));
    Map<Long, String> types =
        projects.categories(tx).stream()
            .collect(Collectors.toMap(ServiceCategory::id, ServiceCategory::name));
    return new Named(c, villages, types);
  }

  private SpotCheck find(Transaction tx, long checkId) {
    return checks
        .get(tx, checkId)
        .orElseThrow(() -> new CareEvalException("error.spotcheck.notFound", checkId));
  }
}
