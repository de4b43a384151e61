package org.careeval.service.records;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.careeval.domain.CareEvalException;
import org.careeval.domain.Decimals;
import org.careeval.domain.LocalizedText;
import org.careeval.domain.audit.AuditEntity;
import org.careeval.domain.contract.Contract;
import org.careeval.domain.delivery.Period;
import org.careeval.domain.delivery.PeriodReport;
import org.careeval.domain.place.Place;
import org.careeval.domain.place.PlaceKind;
import org.careeval.domain.project.ServiceCategory;
import org.careeval.domain.records.AgeBand;
import org.careeval.domain.records.Balance;
import org.careeval.domain.records.Beneficiary;
import org.careeval.domain.records.ServiceRecord;
import org.careeval.domain.system.CountyClock;
import org.careeval.domain.user.Permission;
import org.careeval.domain.user.Session;
import org.careeval.persistence.ContractRepository;
import org.careeval.persistence.Database;
import org.careeval.persistence.DeliveryRepository;
import org.careeval.persistence.PlaceRepository;
import org.careeval.persistence.ProjectRepository;
import org.careeval.persistence.ServiceRecordRepository;
import org.careeval.persistence.Transaction;
import org.careeval.report.ImportTemplate;
import org.careeval.report.excel.ImportTemplateWorkbook;
import org.careeval.report.excel.XlsxSheetReader;
import org.careeval.service.audit.AuditTrail;
import org.careeval.service.i18n.Messages;
import org.careeval.service.imports.ImportColumn;
import org.careeval.service.imports.ImportProblem;
import org.careeval.service.imports.RowCells;
import org.careeval.service.imports.SheetImport;
import org.careeval.service.security.Sessions;

/**
 * Service records (issue 15): a contract's aggregated output per quarter, village, service type,
 * group of children and age band, imported from the template the app writes for the contract
 * (drop-downs for the quarter, village, type, group and age band; all or nothing, every problem
 * listed) — and the balance of who was reached with what, per contract, organization or county. A
 * quarter whose report is submitted or accepted is locked: its records no longer change.
 */
public final class ServiceRecordService {

  static final String SHEET = "服务记录";
  private static final Messages CHINESE = Messages.of(Messages.CHINESE);
  static final List<String[]> COLUMNS =
      List.of(
          new String[] {"period", "records.column.period", "records.column.periodHint"},
          new String[] {"village", "records.column.village", "records.column.villageHint"},
          new String[] {"category", "records.column.category", "records.column.categoryHint"},
          new String[] {"group", "records.column.group", "records.column.groupHint"},
          new String[] {"age", "records.column.age", "records.column.ageHint"},
          new String[] {"children", "records.column.children", "records.column.childrenHint"},
          new String[] {"times", "records.column.times", "records.column.timesHint"});

  /** What an import did: the rows written, or every problem (nothing written). */
  public record ImportResult(int rows, List<ImportProblem> problems) {
    public boolean accepted() {
      return problems.isEmpty();
    }
  }

  /**
   * What a contract's records may name: its quarters (code → period), the villages it covers (乡镇/村
   * → id), the active service types (name → id), in order, and the quarters whose records are
   * locked (their report is submitted or accepted).
   */
  public record Choices(
      Map<String, Period> periods,
      Map<String, Long> villages,
      Map<String, Long> categories,
      Set<Period> locked) {}

  /** A balance with the names it needs: villages as 乡镇/村, and the villages no contract covers. */
  public record BalanceView(Balance balance, Map<Long, String> villages, Set<Long> uncovered) {}

  private final Database database;
  private final ContractRepository contracts;
  private final DeliveryRepository delivery;
  private final ServiceRecordRepository records;
  private final PlaceRepository places;
  private final ProjectRepository projects;
  private final AuditTrail audit;
  private final CountyClock clock;
  private final Sessions sessions;

  public ServiceRecordService(
      Database database,
      ContractRepository contracts,
      DeliveryRepository delivery,
      ServiceRecordRepository records,
      PlaceRepository places,
      ProjectRepository projects,
      AuditTrail audit,
      CountyClock clock,
      Sessions sessions) {
    this.database = database;
    this.contracts = contracts;
    this.delivery = delivery;
    this.records = records;
    this.places = places;
    this.projects = projects;
    this.audit = audit;
    this.clock = clock;
    this.sessions = sessions;
  }

  public Choices choices(Session session, long contractId) {
    sessions.require(session, Permission.PROJECT_READ);
    return database.read(
        tx -> {
          Scope scope = new Scope(tx, contractId);
          return new Choices(
              java.util.Collections.unmodifiableMap(scope.periods),
              java.util.Collections.unmodifiableMap(scope.villages),
              java.util.Collections.unmodifiableMap(scope.categories),
              scope.periods.values().stream().filter(scope::locked).collect(Collectors.toSet()));
        });
  }

  public List<ServiceRecord> list(Session session, long contractId) {
    sessions.require(session, Permission.PROJECT_READ);
    return database.read(tx -> records.ofContract(tx, contractId));
  }

  /** Writes the contract's record template: its quarters, villages and the catalogue to choose. */
  public void writeTemplate(Session session, long contractId, Path file) {
    sessions.require(session, Permission.PROJECT_READ);
    Scope scope = database.read(tx -> new Scope(tx, contractId));
    List<ImportTemplate.Column> columns =
        List.of(
            choice(0, scope.periods.keySet().stream().toList()),
            choice(1, scope.villages.keySet().stream().toList()),
            choice(2, scope.categories.keySet().stream().toList()),
            choice(3, Arrays.stream(Beneficiary.values()).map(Beneficiary::chinese).toList()),
            choice(4, Arrays.stream(AgeBand.values()).map(AgeBand::chinese).toList()),
            number(5),
            number(6));
    ImportTemplate template =
        new ImportTemplate(
            SHEET,
            columns,
            CHINESE.get("records.template.instructionsSheet"),
            List.of(
                CHINESE.get("records.template.instructions", scope.contract.number()).split("\n")));
    try {
      ImportTemplateWorkbook.write(template, file);
    } catch (java.io.IOException e) {
      throw new CareEvalException(e, "error.export.failed", file, e.getMessage());
    }
  }

  /**
   * Imports a filled template: every row checked (quarter of the term and not locked, a village the
   * contract covers, a type of the catalogue, group, age band, whole counts, times at least the
   * children, each combination once); nothing is written unless every row passes. The rows replace
   * the contract's records of the quarters the file names.
   */
  public ImportResult importRecords(Session session, long contractId, Path file) {
    sessions.require(session, Permission.PROJECT_EDIT);
    return sessions.write(
        session,
        Permission.PROJECT_EDIT,
        tx -> {
          Scope scope = new Scope(tx, contractId);
          List<ServiceRecord> read = new ArrayList<>();
          Map<ServiceRecord.Key, Integer> seen = new HashMap<>();
          SheetImport<ServiceRecord> pass =
              new SheetImport<>(
                  columns(),
                  row -> scope.read(row),
                  (record, row) -> {
                    Integer earlier = seen.putIfAbsent(record.key(), row.rowNumber());
                    if (earlier != null) {
                      row.problem("village", new LocalizedText("error.records.duplicate", earlier));
                    } else {
                      read.add(record);
                    }
                  });
          XlsxSheetReader.SheetRead sheet = XlsxSheetReader.read(file, List.of(SHEET), pass::row);
          SheetImport.Result result =
              pass.finish("[" + file.getFileName() + "]" + sheet.name(), sheet.mergedRanges());
          if (!result.accepted()) {
            return new ImportResult(0, result.problems());
          }
          write(tx, session, scope.contract, read, file.getFileName().toString());
          return new ImportResult(read.size(), List.of());
        });
  }

  /**
   * Saves one quarter's records as entered in the grid (the same checks as an import); they replace
   * that quarter's records.
   */
  public List<ServiceRecord> save(
      Session session, long contractId, Period period, List<ServiceRecord> entered) {
    return sessions.write(
        session,
        Permission.PROJECT_EDIT,
        tx -> {
          Scope scope = new Scope(tx, contractId);
          scope.refuseLocked(period);
          Set<ServiceRecord.Key> keys = new java.util.HashSet<>();
          for (ServiceRecord r : entered) {
            scope.check(r, period);
            if (!keys.add(r.key())) {
              throw new CareEvalException("error.records.duplicate", "-");
            }
          }
          records.replace(tx, contractId, List.of(period), entered);
          audit.updated(
              tx,
              session,
              AuditEntity.SERVICE_RECORDS,
              contractId + "-" + period.code(),
              Map.of(),
              Map.of("rows", entered.size()));
          return records.ofContract(tx, contractId);
        });
  }

  /**
   * The actuals the quarter's records give the contract's indicators (by seq): for the report form
   * to fill in, the officer saves them.
   */
  public Map<Integer, java.math.BigDecimal> actualsFor(
      Session session, long contractId, Period period) {
    sessions.require(session, Permission.PROJECT_READ);
    return database.read(
        tx ->
            org.careeval.domain.records.RecordActuals.of(
                delivery.plan(tx, contractId),
                period,
                records.ofContract(tx, contractId),
                projects.categories(tx).stream()
                    .collect(Collectors.toMap(ServiceCategory::id, ServiceCategory::name))));
  }

  /** The balance of one contract in a quarter. */
  public BalanceView contractBalance(Session session, long contractId, Period period) {
    sessions.require(session, Permission.PROJECT_READ);
    return database.read(
        tx -> {
          Contract c =
              contracts
                  .get(tx, contractId)
                  .orElseThrow(
                      () ->
                          new CareEvalException(
                              "error.records.notSigned", Long.toString(contractId)));
          Map<Long, Place> all = placesById(tx);
          List<ServiceRecord> mine =
              records.ofContract(tx, contractId).stream()
                  .filter(r -> r.period().equals(period))
                  .toList();
          return view(tx, all, mine, villagesOf(c, all), Set.of());
        });
  }

  /**
   * The balance of the county (or of one organization's contracts) in a quarter: the records of
   * every contract, the villages the signed contracts running in the quarter cover, and — for the
   * county — the villages no contract covers.
   */
  public BalanceView countyBalance(Session session, Optional<Long> organizationId, Period period) {
    sessions.require(session, Permission.PROJECT_READ);
    return database.read(
        tx -> {
          Map<Long, Place> all = placesById(tx);
          Set<Long> covered = new TreeSet<>();
          Set<Long> inScope = new java.util.HashSet<>();
          for (Contract c : contracts.list(tx)) {
            if (c.status() != Contract.Status.SIGNED || !running(c, period)) {
              continue;
            }
            if (organizationId.isEmpty() || organizationId.get() == c.organizationId()) {
              inScope.add(c.id());
              covered.addAll(villagesOf(c, all));
            }
          }
          List<ServiceRecord> found =
              records.ofPeriod(tx, period).stream()
                  .filter(r -> inScope.contains(r.contractId()))
                  .toList();
          Set<Long> uncovered = new TreeSet<>();
          if (organizationId.isEmpty()) {
            all.values().stream()
                .filter(p -> p.kind() == PlaceKind.VILLAGE && p.active())
                .map(Place::id)
                .filter(id -> !covered.contains(id))
                .forEach(uncovered::add);
          }
          return view(tx, all, found, covered, uncovered);
        });
  }

  /**
   * Writes the county's service records of a quarter as one sheet (合同编号, 村, 服务类型, 儿童类别, 年龄段, 服务儿童数,
   * 服务人次): the rows stream from the database into the workbook, never all in memory. Returns how
   * many rows were written.
   */
  public long exportRecords(Session session, Period period, Path file) {
    sessions.require(session, Permission.PROJECT_READ);
    List<Map<Long, String>> names =
        database.read(
            tx -> {
              Map<Long, Place> all = placesById(tx);
              Map<Long, String> numbers = new HashMap<>();
              contracts.list(tx).forEach(c -> numbers.put(c.id(), c.number()));
              Map<Long, String> villages = new HashMap<>();
              all.values().forEach(p -> villages.put(p.id(), shown(p, all)));
              Map<Long, String> types = new HashMap<>();
              projects.categories(tx).forEach(c -> types.put(c.id(), c.name()));
              return List.of(numbers, villages, types);
            });
    long[] count = {0};
    org.careeval.report.TableReport report =
        new org.careeval.report.TableReport(
            CHINESE.get("records.rows.sheet"),
            List.of(
                CHINESE.get("contract.column.number"),
                CHINESE.get("records.column.village"),
                CHINESE.get("records.column.category"),
                CHINESE.get("records.column.group"),
                CHINESE.get("records.column.age"),
                CHINESE.get("records.column.children"),
                CHINESE.get("records.column.times")),
            row ->
                database.read(
                    tx -> {
                      records.forEachOfPeriod(
                          tx,
                          period,
                          r -> {
                            count[0]++;
                            row.accept(
                                List.of(
                                    names.get(0).getOrDefault(r.contractId(), ""),
                                    names.get(1).getOrDefault(r.placeId(), ""),
                                    names.get(2).getOrDefault(r.categoryId(), ""),
                                    r.beneficiary().chinese(),
                                    r.age().chinese(),
                                    r.children(),
                                    r.times()));
                          });
                      return null;
                    }));
    try {
      org.careeval.report.excel.TableWorkbook.write(report, file, clock.zone());
    } catch (java.io.IOException e) {
      throw new CareEvalException(e, "error.export.failed", file, e.getMessage());
    }
    sessions.write(
        session,
        Permission.PROJECT_READ,
        tx -> {
          audit.exported(
              tx,
              session,
              AuditEntity.SERVICE_RECORDS,
              Map.of(
                  "records", period.code(),
                  "rows", count[0],
                  "file", file.getFileName().toString()));
          return null;
        });
    return count[0];
  }

  /**
   * The figures behind the balance's charts, one row per part of each dimension, then the total.
   */
  public List<List<Object>> balanceFigures(BalanceView view) {
    return BalanceSheets.figures(view);
  }

  /**
   * Writes a balance as a workbook: the figures behind each chart (dimension, part, children,
   * times, share of the times) and the villages covered, reached, not reached and — for the county
   * — covered by no contract.
   */
  public void exportBalance(
      Session session, BalanceView view, String title, Period period, Path file) {
    sessions.write(
        session,
        Permission.PROJECT_READ,
        tx -> {
          audit.exported(
              tx,
              session,
              AuditEntity.SERVICE_RECORDS,
              Map.of(
                  "balance",
                  title,
                  "period",
                  period.code(),
                  "file",
                  file.getFileName().toString()));
          return null;
        });
    org.careeval.report.excel.FormWorkbook.write(BalanceSheets.of(view, title, period), file);
  }

  private BalanceView view(
      Transaction tx,
      Map<Long, Place> all,
      List<ServiceRecord> found,
      Set<Long> covered,
      Set<Long> uncovered) {
    Map<Long, ServiceCategory> categories =
        projects.categories(tx).stream()
            .collect(Collectors.toMap(ServiceCategory::id, Function.identity()));
    Map<Long, String> names = new TreeMap<>();
    all.values().stream()
        .filter(p -> p.kind() == PlaceKind.VILLAGE)
        .forEach(p -> names.put(p.id(), shown(p, all)));
    return new BalanceView(Balance.of(found, categories, covered), names, uncovered);
  }

  private void write(
      Transaction tx, Session session, Contract c, List<ServiceRecord> read, String file) {
    Set<Period> periods = new TreeSet<>();
    read.forEach(r -> periods.add(r.period()));
    records.replace(tx, c.id(), periods, read);
    Map<String, Object> what = new LinkedHashMap<>();
    what.put("periods", periods.stream().map(Period::code).collect(Collectors.joining(",")));
    what.put("rows", read.size());
    what.put("file", file);
    audit.updated(tx, session, AuditEntity.SERVICE_RECORDS, c.id(), Map.of(), what);
  }

  private static boolean running(Contract c, Period period) {
    return c.termStart().isPresent()
        && !c.termStart().get().isAfter(period.end())
        && !c.termEnd().orElseThrow().isBefore(period.start());
  }

  private Map<Long, Place> placesById(Transaction tx) {
    return places.list(tx).stream().collect(Collectors.toMap(Place::id, Function.identity()));
  }

  /** The villages a contract covers: those named, and every village of a town named. */
  static Set<Long> villagesOf(Contract c, Map<Long, Place> all) {
    Set<Long> villages = new TreeSet<>();
    for (long id : c.placeIds()) {
      Place p = all.get(id);
      if (p.kind() == PlaceKind.VILLAGE) {
        villages.add(id);
      } else {
        all.values().stream()
            .filter(v -> v.kind() == PlaceKind.VILLAGE && v.parentId().equals(Optional.of(id)))
            .forEach(v -> villages.add(v.id()));
      }
    }
    return villages;
  }

  /** A village as 乡镇/村. */
  static String shown(Place p, Map<Long, Place> all) {
    return p.parentId().map(all::get).map(t -> t.name() + "/" + p.name()).orElse(p.name());
  }

  private static List<ImportColumn> columns() {
    return COLUMNS.stream()
        .map(c -> new ImportColumn(c[0], c[1], Messages.inEveryLanguage(c[1])))
        .toList();
  }

  private static ImportTemplate.Column choice(int column, List<String> choices) {
    return new ImportTemplate.Column(
        CHINESE.get(COLUMNS.get(column)[1]),
        true,
        ImportTemplate.Kind.CHOICE,
        choices,
        CHINESE.get(COLUMNS.get(column)[2]));
  }

  private static ImportTemplate.Column number(int column) {
    return new ImportTemplate.Column(
        CHINESE.get(COLUMNS.get(column)[1]),
        true,
        ImportTemplate.Kind.NUMBER,
        List.of(),
        CHINESE.get(COLUMNS.get(column)[2]));
  }

  /** What one contract's records are checked against, read once per import. */
  private final class Scope {
    final Contract contract;
    final Map<String, Period> periods = new LinkedHashMap<>();
    final Map<String, Long> villages = new LinkedHashMap<>();
    final Map<String, Long> categories = new LinkedHashMap<>();
    final Map<Period, PeriodReport> reports = new HashMap<>();

    Scope(Transaction tx, long contractId) {
      contract =
          contracts
              .get(tx, contractId)
              .filter(c -> c.status() == Contract.Status.SIGNED)
              .orElseThrow(
                  () ->
                      new CareEvalException("error.records.notSigned", Long.toString(contractId)));
      Period.covering(contract.termStart().orElseThrow(), contract.termEnd().orElseThrow())
          .forEach(p -> periods.put(p.code(), p));
      Map<Long, Place> all = placesById(tx);
      villagesOf(contract, all).forEach(id -> villages.put(shown(all.get(id), all), id));
      projects.categories(tx).stream()
          .filter(ServiceCategory::active)
          .forEach(c -> categories.put(c.name(), c.id()));
      delivery.reportHeads(tx, contractId).forEach(r -> reports.put(r.period(), r));
    }

    Optional<ServiceRecord> read(RowCells row) {
      Period period = periods.get(row.text("period"));
      if (period == null) {
        row.problem(
            "period",
            new LocalizedText("error.records.period", row.text("period"), contract.number()));
      } else if (locked(period)) {
        row.problem("period", new LocalizedText("error.records.locked", period.code()));
      }
      Long village = villages.get(row.text("village"));
      if (village == null) {
        row.problem("village", new LocalizedText("error.records.village", row.text("village")));
      }
      Long category = categories.get(row.text("category"));
      if (category == null) {
        row.problem("category", new LocalizedText("error.records.category", row.text("category")));
      }
      Optional<Beneficiary> group = Beneficiary.fromChinese(row.text("group"));
      if (group.isEmpty()) {
        row.problem("group", new LocalizedText("error.records.group", row.text("group")));
      }
      Optional<AgeBand> age = AgeBand.fromChinese(row.text("age"));
      if (age.isEmpty()) {
        row.problem("age", new LocalizedText("error.records.age", row.text("age")));
      }
      Optional<Integer> children = count(row, "children");
      Optional<Integer> times = count(row, "times");
      if (children.isPresent() && times.isPresent()) {
        ServiceRecord.countProblems(children.get(), times.get())
            .forEach(p -> row.problem("times", p));
      }
      if (row.hasProblems()) {
        return Optional.empty();
      }
      return Optional.of(
          new ServiceRecord(
              contract.id(),
              period,
              village,
              category,
              group.get(),
              age.get(),
              children.get(),
              times.get()));
    }

    void check(ServiceRecord r, Period period) {
      if (!r.period().equals(period)
          || !villages.containsValue(r.placeId())
          || !categories.containsValue(r.categoryId())) {
        throw new CareEvalException("error.records.outsideContract", contract.number());
      }
      ServiceRecord.countProblems(r.children(), r.times()).stream()
          .findFirst()
          .ifPresent(
              p -> {
                throw new CareEvalException(p.key(), p.arguments().toArray());
              });
    }

    void refuseLocked(Period period) {
      if (!periods.containsValue(period)) {
        throw new CareEvalException("error.records.period", period.code(), contract.number());
      }
      if (locked(period)) {
        throw new CareEvalException("error.records.locked", period.code());
      }
    }

    boolean locked(Period period) {
      PeriodReport r = reports.get(period);
      return r != null && !r.state().editable();
    }

    private Optional<Integer> count(RowCells row, String field) {
      String text = row.text(field);
      Optional<java.math.BigDecimal> n = Decimals.parse(text);
      if (n.isEmpty()
          || n.get().stripTrailingZeros().scale() > 0
          || n.get().signum() < 0
          || n.get().compareTo(java.math.BigDecimal.valueOf(Integer.MAX_VALUE)) > 0) {
        row.problem(field, new LocalizedText("error.records.count", text));
        return Optional.empty();
      }
      return Optional.of(n.get().intValueExact());
    }
  }
}
