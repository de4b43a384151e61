package org.careeval.service.expert;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.careeval.domain.CareEvalException;
import org.careeval.domain.FreeText;
import org.careeval.domain.LocalizedText;
import org.careeval.domain.Problem;
import org.careeval.domain.audit.AuditAction;
import org.careeval.domain.audit.AuditEntity;
import org.careeval.domain.expert.Blacklisting;
import org.careeval.domain.expert.Expert;
import org.careeval.domain.expert.ExpertDraft;
import org.careeval.domain.expert.ExpertTie;
import org.careeval.domain.organization.Uscc;
import org.careeval.domain.system.CountyClock;
import org.careeval.domain.user.Permission;
import org.careeval.domain.user.Session;
import org.careeval.persistence.Database;
import org.careeval.persistence.ExpertRepository;
import org.careeval.persistence.Transaction;
import org.careeval.persistence.UserRepository;
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
 * The expert pool (专家库, issue 13): kept by officers by hand or from the experts workbook (all or
 * nothing: sheet 专家, and optionally 关联关系 for declared ties), read by officers, supervisors and
 * auditors; blacklist entries with their terms.
 */
public final class ExpertService {

  /** What an import did: experts and ties created, or every problem (nothing stored). */
  public record ImportResult(int experts, int ties, List<ImportProblem> problems) {
    public boolean accepted() {
      return problems.isEmpty();
    }
  }

  static final String SHEET = "专家";
  static final String TIES_SHEET = "关联关系";
  private static final String NAME = "name";
  private static final String SPECIALTY = "specialty";
  private static final String TITLE = "title";
  private static final String REGION = "region";
  private static final String EMPLOYER = "employer";
  private static final String EMPLOYER_USCC = "employerUscc";
  private static final String AVAILABLE = "available";
  private static final String PHONE = "phone";
  private static final String USERNAME = "username";
  private static final String KIND = "kind";
  private static final String ORGANIZATION = "organization";
  private static final String USCC = "uscc";
  private static final List<String[]> COLUMNS =
      List.of(
          new String[] {NAME, "expert.column.name"},
          new String[] {SPECIALTY, "expert.column.specialty"},
          new String[] {TITLE, "expert.column.title"},
          new String[] {REGION, "expert.column.region"},
          new String[] {EMPLOYER, "expert.column.employer"},
          new String[] {EMPLOYER_USCC, "expert.column.employerUscc"},
          new String[] {AVAILABLE, "expert.column.available"},
          new String[] {PHONE, "expert.column.phone"},
          new String[] {USERNAME, "expert.column.username"});
  private static final List<String[]> TIE_COLUMNS =
      List.of(
          new String[] {NAME, "expert.column.name"},
          new String[] {KIND, "expert.column.tieKind"},
          new String[] {ORGANIZATION, "expert.column.organization"},
          new String[] {USCC, "expert.column.uscc"});

  private final Database database;
  private final ExpertRepository repository;
  private final UserRepository users;
  private final AuditTrail audit;
  private final CountyClock clock;
  private final Sessions sessions;

  public ExpertService(
      Database database,
      ExpertRepository repository,
      UserRepository users,
      AuditTrail audit,
      CountyClock clock,
      Sessions sessions) {
    this.database = database;
    this.repository = repository;
    this.users = users;
    this.audit = audit;
    this.clock = clock;
    this.sessions = sessions;
  }

  public List<Expert> list(Session session) {
    sessions.require(session, Permission.EXPERT_READ);
    return database.read(repository::list);
  }

  /** The specialty catalogue's active names, in order. */
  public List<String> specialties(Session session) {
    sessions.require(session, Permission.EXPERT_READ);
    return database.read(tx -> List.copyOf(repository.specialties(tx).keySet()));
  }

  /** Adds an expert with their declared ties. */
  public long add(Session session, ExpertDraft draft, List<ExpertTie> ties) {
    Problem.refuseFirst(draft.check());
    return sessions.write(
        session,
        Permission.EXPERT_MANAGE,
        tx -> {
          long id = insert(tx, draft);
          repository.replaceTies(tx, id, ties);
          audit.created(tx, session, AuditEntity.EXPERT, id, values(draft, ties));
          return id;
        });
  }

  /** Changes an expert and replaces their declared ties. */
  public void update(Session session, long id, ExpertDraft draft, List<ExpertTie> ties) {
    Problem.refuseFirst(draft.check());
    sessions.write(
        session,
        Permission.EXPERT_MANAGE,
        tx -> {
          Expert before = find(tx, id);
          ExpertAccounts.refuseUnlessExpert(tx, users, draft.username());
          repository.update(tx, id, draft, specialtyId(tx, draft.specialty()));
          repository.replaceTies(tx, id, ties);
          audit.updated(
              tx,
              session,
              AuditEntity.EXPERT,
              id,
              values(before.draft(), before.ties()),
              values(draft, ties));
          return null;
        });
  }

  /** Puts an expert on the blacklist from {@code startsOn}, until {@code endsOn} or open-ended. */
  public long blacklist(
      Session session,
      long expertId,
      String reason,
      LocalDate startsOn,
      Optional<LocalDate> endsOn) {
    String why = FreeText.clean(reason == null ? "" : reason);
    if (why.isEmpty()) {
      throw new CareEvalException("error.expert.blacklistReason");
    }
    if (endsOn.isPresent() && endsOn.get().isBefore(startsOn)) {
      throw new CareEvalException("error.expert.blacklistEnd");
    }
    return sessions.write(
        session,
        Permission.EXPERT_MANAGE,
        tx -> {
          Expert expert = find(tx, expertId);
          long id =
              repository.insertBlacklisting(
                  tx, expertId, new Blacklisting(0, why, startsOn, endsOn, Optional.empty()));
          audit.created(
              tx,
              session,
              AuditEntity.EXPERT,
              expertId,
              Map.of(
                  "expert", expert.name(),
                  "blacklisted", why,
                  "from", startsOn.toString(),
                  "until", endsOn.map(LocalDate::toString).orElse("")));
          return id;
        });
  }

  /**
   * Lifts, from today, every blacklist entry of the expert in force today, for the reason given
   * (kept in the audit trail); refused when none is in force.
   */
  public void lift(Session session, long expertId, String reason) {
    String why = FreeText.clean(reason == null ? "" : reason);
    if (why.isEmpty()) {
      throw new CareEvalException("error.expert.liftReason");
    }
    sessions.write(
        session,
        Permission.EXPERT_MANAGE,
        tx -> {
          Expert expert = find(tx, expertId);
          LocalDate today = clock.today();
          List<Blacklisting> inForce =
              expert.blacklist().stream().filter(b -> b.inForceOn(today)).toList();
          if (inForce.isEmpty()) {
            throw new CareEvalException("error.expert.notBlacklisted", expert.name());
          }
          inForce.forEach(b -> repository.lift(tx, b.id(), today));
          audit.updated(
              tx,
              session,
              AuditEntity.EXPERT,
              expertId,
              Map.of("expert", expert.name(), "blacklisted", true),
              Map.of("blacklisted", false, "lifted", today.toString(), "reason", why));
          return null;
        });
  }

  private long insert(Transaction tx, ExpertDraft draft) {
    ExpertAccounts.refuseUnlessExpert(tx, users, draft.username());
    return repository.insert(tx, draft, specialtyId(tx, draft.specialty()), clock.instant());
  }

  private long specialtyId(Transaction tx, String specialty) {
    Long id = repository.specialties(tx).get(specialty);
    if (id == null) {
      throw new CareEvalException(
          "error.expert.specialtyUnknown",
          specialty,
          String.join("、", repository.specialties(tx).keySet()));
    }
    return id;
  }

  private Expert find(Transaction tx, long id) {
    return repository.list(tx).stream()
        .filter(e -> e.id() == id)
        .findFirst()
        .orElseThrow(() -> new CareEvalException("error.expert.notFound", Long.toString(id)));
  }

  private static Map<String, Object> values(ExpertDraft d, List<ExpertTie> ties) {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("name", d.name());
    values.put("specialty", d.specialty());
    values.put("title", d.title());
    values.put("region", d.region());
    values.put("employer", d.employer());
    values.put("employerUscc", d.employerUscc().orElse(""));
    values.put("available", d.available());
    values.put("username", d.username().orElse(""));
    values.put(
        "ties",
        ties.stream()
            .map(t -> t.kind().name() + " " + t.organization() + " " + t.uscc().orElse(""))
            .toList());
    return values;
  }

  // ---- the workbook ---------------------------------------------------------------------------

  /**
   * Imports the experts workbook: every row of 专家 checked (name, specialty from the catalogue,
   * codes, 是/否, accounts), then 关联关系 naming experts of the file or the pool. All or nothing.
   */
  public ImportResult importWorkbook(Session session, Path file) {
    sessions.require(session, Permission.EXPERT_MANAGE);
    try {
      return sessions.write(
          session,
          Permission.EXPERT_MANAGE,
          tx -> {
            ExpertImport pass = new ExpertImport(tx);
            ImportResult result = pass.run(file);
            if (!result.accepted()) {
              throw new Rollback(result);
            }
            audit.record(
                tx,
                session.username(),
                AuditAction.IMPORT,
                AuditEntity.EXPERT,
                "-",
                Map.of(),
                Map.of(
                    "file", file.getFileName().toString(),
                    "experts", result.experts(),
                    "ties", result.ties()));
            return result;
          });
    } catch (Rollback rollback) {
      return rollback.result;
    }
  }

  /** The experts workbook template: both sheets with Chinese headers; needs no database. */
  public static void writeTemplate(Path file) {
    Messages chinese = Messages.of(Messages.CHINESE);
    try {
      ImportTemplateWorkbook.write(
          new ImportTemplate(
              SHEET,
              templateColumns(COLUMNS, chinese),
              chinese.get("expert.template.instructionsSheet"),
              List.of(chinese.get("expert.template.instructions").split("\n"))),
          file);
    } catch (IOException e) {
      throw new CareEvalException(e, "error.export.failed", file, e.getMessage());
    }
  }

  private static List<ImportTemplate.Column> templateColumns(List<String[]> columns, Messages m) {
    return columns.stream()
        .map(
            c ->
                new ImportTemplate.Column(
                    m.get(c[1]),
                    c[0].equals(NAME) || c[0].equals(SPECIALTY),
                    ImportTemplate.Kind.TEXT,
                    List.of(),
                    ""))
        .toList();
  }

  private static List<ImportColumn> columns(List<String[]> columns) {
    return columns.stream()
        .map(c -> new ImportColumn(c[0], c[1], Messages.inEveryLanguage(c[1])))
        .toList();
  }

  /** One import inside its transaction: experts first, then the ties that name them. */
  private final class ExpertImport {
    private final Transaction tx;
    private final Map<String, Long> specialties;
    private final Map<String, Long> byName = new HashMap<>();
    private final Map<String, Integer> rows = new HashMap<>();
    private final List<ImportProblem> problems = new ArrayList<>();
    private int experts;
    private int ties;

    ExpertImport(Transaction tx) {
      this.tx = tx;
      this.specialties = repository.specialties(tx);
      repository.list(tx).forEach(e -> byName.put(e.name(), e.id()));
    }

    ImportResult run(Path file) {
      SheetImport<ExpertDraft> experts =
          new SheetImport<>(columns(COLUMNS), this::readExpert, this::writeExpert);
      XlsxSheetReader.SheetRead sheet = XlsxSheetReader.read(file, List.of(SHEET), experts::row);
      problems.addAll(experts.finish(sheet.name(), sheet.mergedRanges()).problems());
      Map<Long, List<ExpertTie>> declared = new LinkedHashMap<>();
      SheetImport<Map.Entry<Long, ExpertTie>> tiePass =
          new SheetImport<>(
              columns(TIE_COLUMNS),
              this::readTie,
              (tie, row) ->
                  declared
                      .computeIfAbsent(tie.getKey(), k -> new ArrayList<>())
                      .add(tie.getValue()));
      XlsxSheetReader.readNamed(file, List.of(TIES_SHEET), tiePass::row)
          .ifPresent(
              read -> problems.addAll(tiePass.finish(read.name(), read.mergedRanges()).problems()));
      if (problems.isEmpty()) {
        declared.forEach(
            (id, list) -> {
              repository.replaceTies(tx, id, list);
              this.ties += list.size();
            });
      }
      return new ImportResult(this.experts, this.ties, List.copyOf(problems));
    }

    private Optional<ExpertDraft> readExpert(RowCells row) {
      Optional<Boolean> available = yesNo(row, AVAILABLE);
      ExpertDraft draft =
          new ExpertDraft(
              row.text(NAME),
              row.text(SPECIALTY),
              row.text(TITLE),
              row.text(REGION),
              row.text(EMPLOYER),
              Optional.of(row.text(EMPLOYER_USCC)),
              available.orElse(true),
              row.text(PHONE),
              Optional.of(row.text(USERNAME)));
      for (Problem p : draft.check()) {
        row.problem(
            switch (p.field()) {
              case ExpertDraft.SPECIALTY -> SPECIALTY;
              case ExpertDraft.EMPLOYER_USCC -> EMPLOYER_USCC;
              case ExpertDraft.PHONE -> PHONE;
              default -> NAME;
            },
            p.reason());
      }
      if (!draft.specialty().isEmpty() && !specialties.containsKey(draft.specialty())) {
        row.problem(
            SPECIALTY,
            new LocalizedText(
                "error.expert.specialtyUnknown",
                draft.specialty(),
                String.join("、", specialties.keySet())));
      }
      if (byName.containsKey(draft.name())) {
        row.problem(NAME, new LocalizedText("error.expert.inPool", draft.name()));
      }
      Integer earlier = rows.putIfAbsent(draft.name(), row.rowNumber());
      if (earlier != null) {
        row.problem(
            NAME, new LocalizedText("error.expert.twice", draft.name(), Integer.toString(earlier)));
      }
      try {
        ExpertAccounts.refuseUnlessExpert(tx, users, draft.username());
      } catch (CareEvalException e) {
        row.problem(USERNAME, new LocalizedText(e.messageKey(), e.arguments()));
      }
      return row.hasProblems() ? Optional.empty() : Optional.of(draft);
    }

    private void writeExpert(ExpertDraft draft, RowCells row) {
      long id = repository.insert(tx, draft, specialties.get(draft.specialty()), clock.instant());
      byName.put(draft.name(), id);
      experts++;
    }

    private Optional<Map.Entry<Long, ExpertTie>> readTie(RowCells row) {
      String name = row.text(NAME).strip();
      Long expert = byName.get(name);
      if (expert == null) {
        row.problem(NAME, new LocalizedText("error.expert.unknown", name));
      }
      Optional<ExpertTie.Kind> kind = ExpertTie.Kind.ofChinese(row.text(KIND));
      if (kind.isEmpty()) {
        row.problem(
            KIND,
            new LocalizedText(
                "error.expert.tieKind",
                row.text(KIND),
                java.util.Arrays.stream(ExpertTie.Kind.values())
                    .map(ExpertTie.Kind::chinese)
                    .reduce((a, b) -> a + "、" + b)
                    .orElse("")));
      }
      String organization = FreeText.clean(row.text(ORGANIZATION));
      if (organization.isEmpty()) {
        row.problem(ORGANIZATION, new LocalizedText("error.expert.organizationRequired"));
      }
      String code = row.text(USCC);
      if (!code.isBlank()) {
        Uscc.check(code)
            .rejection()
            .ifPresent(
                r -> row.problem(USCC, new LocalizedText(r.messageKey(), r.arguments().toArray())));
      }
      if (row.hasProblems()) {
        return Optional.empty();
      }
      return Optional.of(
          Map.entry(expert, new ExpertTie(kind.get(), organization, Optional.of(code))));
    }

    private Optional<Boolean> yesNo(RowCells row, String field) {
      String text = row.text(field).strip();
      if (text.isEmpty() || text.equals("是")) {
        return Optional.of(true);
      }
      if (text.equals("否")) {
        return Optional.of(false);
      }
      row.problem(field, new LocalizedText("error.evaluation.choice", text, "是", "否"));
      return Optional.empty();
    }
  }

  /** Carries a refused import's result out of the transaction, which rolls it back. */
  private static final class Rollback extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient ImportResult result;

    Rollback(ImportResult result) {
      super(null, null, false, false);
      this.result = result;
    }
  }
}
