package org.careeval.service.organization;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.careeval.domain.LocalizedText;
import org.careeval.domain.Problem;
import org.careeval.domain.TextDates;
import org.careeval.domain.audit.AuditAction;
import org.careeval.domain.organization.Organization;
import org.careeval.domain.organization.OrganizationCode;
import org.careeval.domain.organization.OrganizationDraft;
import org.careeval.domain.organization.Rating;
import org.careeval.domain.organization.RatingLevel;
import org.careeval.domain.system.CountyClock;
import org.careeval.persistence.OrganizationRepository;
import org.careeval.persistence.Transaction;
import org.careeval.service.audit.AuditTrail;

/**
 * One pass over the rows of a roster sheet inside an open transaction. Every cell is checked and
 * every problem noted; rows are written (new ones in JDBC batches) only while no problem has been
 * found, and the caller rolls the transaction back if any was. So memory stays flat however long
 * the file is, and a file with any error writes nothing.
 */
final class RosterImport {

  private static final int BATCH = 500;

  private final Transaction tx;
  private final OrganizationRepository repository;
  private final AuditTrail audit;
  private final String username;
  private final Instant now;
  private final LocalDate today;
  private final List<Set<String>> acceptedHeaders;
  private final Map<String, Organization> existing;
  private final Map<String, Integer> rowOfCode = new HashMap<>();

  /** While a data row is checked its problems are gathered, then listed in column order. */
  private final List<ImportProblem> rowProblems = new ArrayList<>();

  private boolean sortingRow;
  private final List<Organization> pendingInserts = new ArrayList<>();
  private final List<ImportProblem> problems = new ArrayList<>();
  private int problemCount;
  private boolean headerSeen;
  private boolean headerValid;
  private int firstDataRow;
  private int rows;
  private int created;
  private int updated;
  private int unchanged;
  private int pendingCodes;

  RosterImport(
      Transaction tx,
      OrganizationRepository repository,
      AuditTrail audit,
      String username,
      CountyClock clock,
      List<Set<String>> acceptedHeaders) {
    this.tx = tx;
    this.repository = repository;
    this.audit = audit;
    this.username = username;
    this.now = clock.instant();
    this.today = clock.today();
    this.acceptedHeaders = acceptedHeaders;
    this.existing = repository.allByCode(tx);
  }

  /** Receives one non-blank row of the sheet; the first one must be the header row. */
  void row(int rowNumber, List<String> cells) {
    if (!headerSeen) {
      headerSeen = true;
      firstDataRow = rowNumber + 1;
      checkHeader(rowNumber, cells);
    } else if (headerValid) {
      rows++;
      readRow(rowNumber, cells);
    }
  }

  /** Writes what is still batched and reports; merged ranges below the header are problems. */
  ImportReport finish(String sheet, List<String> mergedRanges) {
    if (!headerSeen) {
      problem(0, "", new LocalizedText("error.import.empty"));
    }
    for (String range : mergedRanges) {
      int row = Integer.parseInt(range.replaceAll("^[A-Z]+(\\d+).*$", "$1"));
      if (row >= firstDataRow - 1) {
        problem(
            row, range.replaceAll("\\d.*$", ""), new LocalizedText("error.import.merged", range));
      }
    }
    flush();
    List<ImportProblem> listed =
        problems.stream()
            .map(p -> new ImportProblem(sheet, p.row(), p.column(), p.reason()))
            .toList();
    return new ImportReport(rows, created, updated, unchanged, pendingCodes, listed, problemCount);
  }

  private void checkHeader(int rowNumber, List<String> cells) {
    headerValid = true;
    for (RosterColumn column : RosterColumn.values()) {
      String found = cell(cells, column);
      Set<String> accepted = acceptedHeaders.get(column.ordinal());
      if (!accepted.contains(found)) {
        headerValid = false;
        problem(
            rowNumber,
            column.letter(),
            found.isEmpty()
                ? new LocalizedText(
                    "error.import.headerMissing", new LocalizedText(column.headerKey()))
                : new LocalizedText(
                    "error.import.headerWrong", new LocalizedText(column.headerKey()), found));
      }
    }
  }

  private void readRow(int rowNumber, List<String> cells) {
    int before = problemCount;
    sortingRow = true;
    Optional<Rating> rating = rating(rowNumber, cells);
    OrganizationDraft draft =
        new OrganizationDraft(
            cell(cells, RosterColumn.NAME),
            cell(cells, RosterColumn.CODE),
            cell(cells, RosterColumn.LEGAL_REPRESENTATIVE),
            cell(cells, RosterColumn.ADDRESS),
            cell(cells, RosterColumn.PHONE),
            rating);
    // the same rules, and messages, as the register form (OrganizationDraft.check)
    for (Problem problem : draft.check(today)) {
      problem(rowNumber, COLUMN_OF_FIELD.get(problem.field()).letter(), problem.reason());
    }
    // a row's problems in column order, whichever check found them
    sortingRow = false;
    rowProblems.sort(java.util.Comparator.comparing(ImportProblem::column));
    rowProblems.forEach(this::keep);
    rowProblems.clear();
    if (problemCount > before) {
      return;
    }
    OrganizationDraft clean = draft.cleaned();
    OrganizationCode code = OrganizationCode.parse(clean.code()).code().orElseThrow();
    if (duplicateInFile(rowNumber, code.value())) {
      return;
    }
    save(
        new Organization(
            0,
            clean.name(),
            code,
            Optional.empty(),
            clean.legalRepresentative(),
            clean.address(),
            clean.phone(),
            clean.rating(),
            true,
            0));
  }

  private static final Map<String, RosterColumn> COLUMN_OF_FIELD =
      Map.of(
          OrganizationDraft.NAME, RosterColumn.NAME,
          OrganizationDraft.CODE, RosterColumn.CODE,
          OrganizationDraft.LEGAL_REPRESENTATIVE, RosterColumn.LEGAL_REPRESENTATIVE,
          OrganizationDraft.ADDRESS, RosterColumn.ADDRESS,
          OrganizationDraft.PHONE, RosterColumn.PHONE,
          OrganizationDraft.RATING_CERTIFICATE, RosterColumn.RATING_CERTIFICATE,
          OrganizationDraft.RATING_ISSUER, RosterColumn.RATING_ISSUER,
          OrganizationDraft.RATING_GRANTED_ON, RosterColumn.RATING_GRANTED_ON);

  private void save(Organization candidate) {
    Organization known = existing.get(candidate.code().value());
    if (known == null) {
      created++;
      if (candidate.code().status() == OrganizationCode.CheckStatus.PENDING) {
        pendingCodes++;
      }
      if (problemCount == 0) {
        pendingInserts.add(candidate);
        if (pendingInserts.size() >= BATCH) {
          flush();
        }
      }
      return;
    }
    // the code, its check status, a supervisor's override and the active flag stay as they are
    Organization merged =
        new Organization(
            known.id(),
            candidate.name(),
            known.code(),
            known.checkOverrideReason(),
            candidate.legalRepresentative(),
            candidate.address(),
            candidate.phone(),
            candidate.rating(),
            known.active(),
            known.version());
    if (merged.equals(known)) {
      unchanged++;
      return;
    }
    updated++;
    if (problemCount == 0) {
      if (!repository.update(tx, merged, now)) {
        throw OrganizationService.conflict(known);
      }
      audit.record(
          tx,
          username,
          AuditAction.UPDATE,
          OrganizationService.ENTITY,
          Long.toString(known.id()),
          OrganizationService.describe(known),
          OrganizationService.describe(merged));
    }
  }

  private void flush() {
    if (problemCount == 0) {
      repository.insertAll(tx, pendingInserts, now);
    }
    pendingInserts.clear();
  }

  /** A code twice in one file: the second row is refused, naming the first. */
  private boolean duplicateInFile(int rowNumber, String code) {
    Integer firstRow = rowOfCode.putIfAbsent(code, rowNumber);
    if (firstRow != null) {
      problem(
          rowNumber,
          RosterColumn.CODE.letter(),
          new LocalizedText("error.import.duplicateInFile", code, firstRow));
      return true;
    }
    return false;
  }

  /**
   * The rating columns as a rating; what only a file can get wrong (a level or date that is not
   * one, rating details without a level) is reported here, the rest by the draft's check.
   */
  private Optional<Rating> rating(int rowNumber, List<String> cells) {
    String levelText = cell(cells, RosterColumn.RATING);
    String certificate = cell(cells, RosterColumn.RATING_CERTIFICATE);
    String issuer = cell(cells, RosterColumn.RATING_ISSUER);
    String dateText = cell(cells, RosterColumn.RATING_GRANTED_ON);
    if (levelText.isEmpty()) {
      if (!certificate.isEmpty() || !issuer.isEmpty() || !dateText.isEmpty()) {
        problem(
            rowNumber,
            RosterColumn.RATING.letter(),
            new LocalizedText("error.import.ratingMissing"));
      }
      return Optional.empty();
    }
    Optional<RatingLevel> level = RatingLevel.parse(levelText);
    if (level.isEmpty()) {
      problem(
          rowNumber,
          RosterColumn.RATING.letter(),
          new LocalizedText("error.import.ratingLevel", levelText));
    }
    Optional<LocalDate> grantedOn = grantedOn(rowNumber, dateText);
    if (level.isEmpty() || grantedOn.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new Rating(level.get(), certificate, issuer, grantedOn.get()));
  }

  private Optional<LocalDate> grantedOn(int rowNumber, String dateText) {
    String column = RosterColumn.RATING_GRANTED_ON.letter();
    if (dateText.isEmpty()) {
      problem(rowNumber, column, new LocalizedText("error.org.ratingDateMissing"));
      return Optional.empty();
    }
    Optional<LocalDate> date = TextDates.parse(dateText);
    if (date.isEmpty()) {
      problem(rowNumber, column, new LocalizedText("error.import.date", dateText));
    }
    return date;
  }

  private static String cell(List<String> cells, RosterColumn column) {
    return column.ordinal() < cells.size() ? cells.get(column.ordinal()).strip() : "";
  }

  private void problem(int row, String column, LocalizedText reason) {
    problemCount++;
    ImportProblem found = new ImportProblem("", row, column, reason);
    if (sortingRow) {
      rowProblems.add(found);
    } else {
      keep(found);
    }
  }

  private void keep(ImportProblem problem) {
    if (problems.size() < ImportReport.MAX_LISTED) {
      problems.add(problem);
    }
  }
}
