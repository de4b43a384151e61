package org.careeval.service.place;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.careeval.domain.CareEvalException;
import org.careeval.domain.FreeText;
import org.careeval.domain.Problem;
import org.careeval.domain.audit.AuditAction;
import org.careeval.domain.audit.AuditEntity;
import org.careeval.domain.place.Place;
import org.careeval.domain.place.PlaceDraft;
import org.careeval.domain.place.PlaceKind;
import org.careeval.domain.system.CountyClock;
import org.careeval.domain.user.Permission;
import org.careeval.domain.user.Session;
import org.careeval.persistence.Database;
import org.careeval.persistence.PlaceRepository;
import org.careeval.persistence.Transaction;
import org.careeval.report.ImportTemplate;
import org.careeval.report.excel.ImportTemplateWorkbook;
import org.careeval.report.excel.XlsxSheetReader;
import org.careeval.service.audit.AuditTrail;
import org.careeval.service.i18n.Messages;
import org.careeval.service.imports.ImportColumn;
import org.careeval.service.imports.ImportProblem;
import org.careeval.service.imports.SheetImport;
import org.careeval.service.security.Sessions;

/**
 * The county's towns and villages (区划): read by everyone signed in, kept by the administrator by
 * hand or from the places workbook (all or nothing). The register, projects and later contracts and
 * service records name places from here, so a name is typed once.
 */
public final class PlaceService {

  /** What a places import did; when problems are listed nothing was written. */
  public record ImportResult(int rows, int created, int unchanged, List<ImportProblem> problems) {
    public boolean accepted() {
      return problems.isEmpty();
    }
  }

  private static final String TOWN = "town";
  private static final String VILLAGE = "village";
  private static final String CODE = "code";
  private static final List<String[]> COLUMNS =
      List.of(
          new String[] {TOWN, "place.column.town", "place.column.town.hint"},
          new String[] {VILLAGE, "place.column.village", "place.column.village.hint"},
          new String[] {CODE, "place.column.divisionCode", "place.column.divisionCode.hint"});

  private final Database database;
  private final PlaceRepository repository;
  private final AuditTrail audit;
  private final CountyClock clock;
  private final Sessions sessions;

  public PlaceService(
      Database database,
      PlaceRepository repository,
      AuditTrail audit,
      CountyClock clock,
      Sessions sessions) {
    this.database = database;
    this.repository = repository;
    this.audit = audit;
    this.clock = clock;
    this.sessions = sessions;
  }

  public List<Place> list(Session session) {
    sessions.require(session, Permission.PLACE_READ);
    return database.read(repository::list);
  }

  /** Adds a town, or a village under an existing town. */
  public Place add(Session session, PlaceDraft draft) {
    sessions.require(session, Permission.PLACE_MANAGE);
    Problem.refuseFirst(draft.check());
    return sessions.write(
        session,
        Permission.PLACE_MANAGE,
        tx -> {
          long id = insert(tx, session, draft);
          return repository.get(tx, id).orElseThrow();
        });
  }

  /** Renames a place, changes its code, or takes it out of use, from the version shown. */
  public Place update(
      Session session, long id, int version, String name, String divisionCode, boolean active) {
    sessions.require(session, Permission.PLACE_MANAGE);
    return sessions.write(
        session,
        Permission.PLACE_MANAGE,
        tx -> {
          Place before = repository.get(tx, id).orElseThrow(() -> gone(id));
          PlaceDraft draft =
              new PlaceDraft(
                  before.kind(), name, before.kind() == PlaceKind.VILLAGE ? "-" : "", divisionCode);
          Problem.refuseFirst(draft.check());
          refuseTaken(tx, before.parentId(), draft.name(), draft.divisionCode(), id);
          Place read =
              new Place(
                  id,
                  before.kind(),
                  before.name(),
                  before.parentId(),
                  before.divisionCode(),
                  before.active(),
                  version);
          if (!repository.update(
              tx, read, draft.name(), draft.divisionCode(), active, clock.instant())) {
            throw new CareEvalException("error.conflict.place", before.name());
          }
          Place after = repository.get(tx, id).orElseThrow();
          audit.updated(tx, session, AuditEntity.PLACE, id, values(before), values(after));
          return after;
        });
  }

  /**
   * Imports the places workbook: one row per town (town only) or per village (town and village),
   * with an optional 12-digit code. Towns a village names are created when missing; places already
   * known stay as they are. All or nothing.
   */
  public ImportResult importPlaces(Session session, Path file) {
    sessions.require(session, Permission.PLACE_MANAGE);
    List<ImportColumn> columns =
        COLUMNS.stream()
            .map(c -> new ImportColumn(c[0], c[1], Messages.inEveryLanguage(c[1])))
            .toList();
    try {
      return sessions.write(
          session,
          Permission.PLACE_MANAGE,
          tx -> {
            PlaceImport pass = new PlaceImport(tx, session, columns);
            XlsxSheetReader.SheetRead sheet =
                XlsxSheetReader.read(
                    file,
                    List.copyOf(Messages.inEveryLanguage("place.import.sheet")),
                    pass.pass::row);
            ImportResult result = pass.finish(sheet);
            if (!result.accepted()) {
              throw new Rollback(result);
            }
            if (result.created() > 0) {
              audit.record(
                  tx,
                  session.username(),
                  AuditAction.IMPORT,
                  AuditEntity.PLACE,
                  "-",
                  Map.of(),
                  Map.of("file", file.getFileName().toString(), "created", result.created()));
            }
            return result;
          });
    } catch (Rollback rollback) {
      return rollback.result;
    }
  }

  /** The places import template in the language of {@code messages}; needs no database. */
  public static void writeTemplate(Path file, Messages messages) {
    List<ImportTemplate.Column> columns =
        COLUMNS.stream()
            .map(
                c ->
                    new ImportTemplate.Column(
                        messages.get(c[1]),
                        c[0].equals(TOWN),
                        ImportTemplate.Kind.TEXT,
                        List.of(),
                        messages.get(c[2])))
            .toList();
    try {
      ImportTemplateWorkbook.write(
          new ImportTemplate(
              messages.get("place.import.sheet"),
              columns,
              messages.get("place.template.instructionsSheet"),
              List.of(messages.get("place.template.instructions").split("\n"))),
          file);
    } catch (IOException e) {
      throw new CareEvalException(e, "error.export.failed", file, e.getMessage());
    }
  }

  private long insert(Transaction tx, Session session, PlaceDraft draft) {
    Optional<Long> townId = Optional.empty();
    if (draft.kind() == PlaceKind.VILLAGE) {
      townId =
          Optional.of(
              repository
                  .find(tx, Optional.empty(), draft.townName())
                  .orElseThrow(
                      () -> new CareEvalException("error.place.unknownTown", draft.townName()))
                  .id());
    }
    refuseTaken(tx, townId, draft.name(), draft.divisionCode(), 0);
    long id =
        repository.insert(
            tx, draft.kind(), draft.name(), townId, draft.divisionCode(), clock.instant());
    audit.created(tx, session, AuditEntity.PLACE, id, values(repository.get(tx, id).orElseThrow()));
    return id;
  }

  private void refuseTaken(
      Transaction tx, Optional<Long> townId, String name, String code, long exceptId) {
    repository
        .find(tx, townId, name)
        .filter(p -> p.id() != exceptId)
        .ifPresent(
            p -> {
              throw new CareEvalException("error.place.duplicate", name);
            });
    if (!code.isEmpty()) {
      repository
          .findByDivisionCode(tx, code)
          .filter(p -> p.id() != exceptId)
          .ifPresent(
              p -> {
                throw new CareEvalException("error.place.codeUsed", code, p.name());
              });
    }
  }

  private static Map<String, Object> values(Place p) {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("kind", p.kind().name());
    values.put("name", p.name());
    values.put("town", p.parentId().map(Object::toString).orElse(""));
    values.put("divisionCode", p.divisionCode());
    values.put("active", p.active());
    return values;
  }

  private static CareEvalException gone(long id) {
    return new CareEvalException("error.place.notFound", Long.toString(id));
  }

  /** One pass over the places sheet inside the import's transaction. */
  private final class PlaceImport {
    private final Transaction tx;
    private final Session session;
    private final SheetImport<PlaceDraft> pass;
    private final Map<String, Integer> codeRows = new LinkedHashMap<>();
    private int created;
    private int unchanged;

    PlaceImport(Transaction tx, Session session, List<ImportColumn> columns) {
      this.tx = tx;
      this.session = session;
      this.pass = new SheetImport<>(columns, this::read, (draft, row) -> write(draft, row));
    }

    private Optional<PlaceDraft> read(org.careeval.service.imports.RowCells row) {
      String village = FreeText.clean(row.text(VILLAGE));
      PlaceDraft draft =
          village.isEmpty()
              ? new PlaceDraft(PlaceKind.TOWN, row.text(TOWN), "", row.text(CODE))
              : new PlaceDraft(PlaceKind.VILLAGE, village, row.text(TOWN), row.text(CODE));
      for (Problem p : draft.check()) {
        String field =
            switch (p.field()) {
              case PlaceDraft.DIVISION_CODE -> CODE;
              case PlaceDraft.TOWN -> TOWN;
              default -> draft.kind() == PlaceKind.TOWN ? TOWN : VILLAGE;
            };
        row.problem(field, p.reason());
      }
      if (!draft.divisionCode().isEmpty()) {
        Integer earlier = codeRows.putIfAbsent(draft.divisionCode(), row.rowNumber());
        if (earlier != null) {
          row.problem(
              CODE,
              new org.careeval.domain.LocalizedText(
                  "error.place.codeInFile", draft.divisionCode(), earlier));
        }
      }
      return row.hasProblems() ? Optional.empty() : Optional.of(draft);
    }

    private void write(PlaceDraft draft, org.careeval.service.imports.RowCells row) {
      Optional<Long> townId = Optional.empty();
      if (draft.kind() == PlaceKind.VILLAGE) {
        Optional<Place> town = repository.find(tx, Optional.empty(), draft.townName());
        townId =
            Optional.of(
                town.isPresent()
                    ? town.get().id()
                    : insert(
                        tx, session, new PlaceDraft(PlaceKind.TOWN, draft.townName(), "", "")));
        if (town.isEmpty()) {
          created++;
        }
      }
      Optional<Place> existing = repository.find(tx, townId, draft.name());
      if (existing.isPresent()) {
        unchanged++;
        return;
      }
      try {
        insert(tx, session, draft);
        created++;
      } catch (CareEvalException e) {
        row.problem(CODE, new org.careeval.domain.LocalizedText(e.messageKey(), e.arguments()));
      }
    }

    ImportResult finish(XlsxSheetReader.SheetRead sheet) {
      SheetImport.Result result = pass.finish(sheet.name(), sheet.mergedRanges());
      return new ImportResult(result.rows(), created, unchanged, result.problems());
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
