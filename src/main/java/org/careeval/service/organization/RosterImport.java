package org.careeval.service.organization;

import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.careeval.domain.LocalizedText;
import org.careeval.domain.TextDates;
import org.careeval.domain.audit.AuditAction;
import org.careeval.domain.organization.Organization;
import org.careeval.domain.organization.OrganizationCode;
import org.careeval.domain.organization.OrganizationFields;
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
    String name = required(rowNumber, cells, RosterColumn.NAME, OrganizationFields.NAME);
    Optional<OrganizationCode> code = code(rowNumber, cells);
    String legal =
        text(
            rowNumber,
            cells,
            RosterColumn.LEGAL_REPRESENTATIVE,
            OrganizationFields.LEGAL_REPRESENTATIVE);
    String address = text(rowNumber, cells, RosterColumn.ADDRESS, OrganizationFields.ADDRESS);
    String phone =
        Normalizer.normalize(
            text(rowNumber, cells, RosterColumn.PHONE, OrganizationFields.PHONE),
            Normalizer.Form.NFKC);
    Optional<Rating> rating = rating(rowNumber, cells);
    if (problemCount == before) {
      Organization candidate =
          new Organization(
              0,
              name,
              code.orElseThrow(),
              Optional.empty(),
              legal,
              address,
              phone,
              rating,
              true,
              0);
      save(candidate);
    }
  }

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

  private Optional<OrganizationCode> code(int rowNumber, List<String> cells) {
    String input = cell(cells, RosterColumn.CODE);
    if (input.isEmpty()) {
      problem(rowNumber, RosterColumn.CODE.letter(), new LocalizedText("error.import.required"));
      return Optional.empty();
    }
    OrganizationCode.Parsed parsed = OrganizationCode.parse(input);
    if (parsed.code().isEmpty()) {
      var rejection = parsed.rejection().orElseThrow();
      problem(
          rowNumber,
          RosterColumn.CODE.letter(),
          new LocalizedText(
              "error.import.code",
              input,
              new LocalizedText(rejection.messageKey(), rejection.arguments())));
      return Optional.empty();
    }
    String value = parsed.code().get().value();
    Integer firstRow = rowOfCode.putIfAbsent(value, rowNumber);
    if (firstRow != null) {
      problem(
          rowNumber,
          RosterColumn.CODE.letter(),
          new LocalizedText("error.import.duplicateInFile", value, firstRow));
      return Optional.empty();
    }
    return parsed.code();
  }

  private Optional<Rating> rating(int rowNumber, List<String> cells) {
    String levelText = cell(cells, RosterColumn.RATING);
    String certificate =
        text(
            rowNumber,
            cells,
            RosterColumn.RATING_CERTIFICATE,
            OrganizationFields.RATING_CERTIFICATE);
    String issuer =
        text(rowNumber, cells, RosterColumn.RATING_ISSUER, OrganizationFields.RATING_ISSUER);
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
      problem(rowNumber, column, new LocalizedText("error.import.ratingDateMissing"));
      return Optional.empty();
    }
    Optional<LocalDate> date = TextDates.parse(dateText);
    if (date.isEmpty()) {
      problem(rowNumber, column, new LocalizedText("error.import.date", dateText));
    } else if (date.get().isAfter(today)) {
      problem(rowNumber, column, new LocalizedText("error.import.dateInFuture", dateText));
      return Optional.empty();
    }
    return date;
  }

  private String required(int rowNumber, List<String> cells, RosterColumn column, int maxLength) {
    String value = text(rowNumber, cells, column, maxLength);
    if (value.isEmpty()) {
      problem(rowNumber, column.letter(), new LocalizedText("error.import.required"));
    }
    return value;
  }

  private String text(int rowNumber, List<String> cells, RosterColumn column, int maxLength) {
    String value = cell(cells, column);
    if (value.length() > maxLength) {
      problem(
          rowNumber,
          column.letter(),
          new LocalizedText("error.import.tooLong", maxLength, value.length()));
    }
    return value;
  }

  private static String cell(List<String> cells, RosterColumn column) {
    return column.ordinal() < cells.size() ? cells.get(column.ordinal()).strip() : "";
  }

  private void problem(int row, String column, LocalizedText reason) {
    problemCount++;
    if (problems.size() < ImportReport.MAX_LISTED) {
      problems.add(new ImportProblem("", row, column, reason));
    }
  }
}
