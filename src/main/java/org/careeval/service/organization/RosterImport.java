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
import org.careeval.service.imports.ImportColumn;
import org.careeval.service.imports.RowCells;
import org.careeval.service.imports.SheetImport;

/**
 * The roster's rows and writes on the shared import pass ({@link SheetImport}), inside an open
 * transaction: each row is read into an organization by the same rules as the register form
 * (OrganizationDraft.check); rows are written (new ones in JDBC batches) only while no problem has
 * been found, and the caller rolls the transaction back if any was.
 */
final class RosterImport {

  private static final int BATCH = 500;

  private final SheetImport<Organization> pass;
  private final Transaction tx;
  private final OrganizationRepository repository;
  private final AuditTrail audit;
  private final String username;
  private final Instant now;
  private final LocalDate today;
  private final Map<String, Organization> existing;
  private final Map<String, Integer> rowOfCode = new HashMap<>();
  private final List<Organization> pendingInserts = new ArrayList<>();
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
    this.existing = repository.allByCode(tx);
    List<ImportColumn> columns = new ArrayList<>();
    for (RosterColumn column : RosterColumn.values()) {
      columns.add(
          new ImportColumn(
              column.field(), column.headerKey(), acceptedHeaders.get(column.ordinal())));
    }
    this.pass = new SheetImport<>(columns, this::read, this::save);
  }

  /** Receives one non-blank row of the sheet; the first one must be the header row. */
  void row(int rowNumber, List<String> cells) {
    pass.row(rowNumber, cells);
  }

  /** Writes what is still batched and reports. */
  ImportReport finish(String sheet, List<String> mergedRanges) {
    SheetImport.Result result = pass.finish(sheet, mergedRanges);
    flush();
    return new ImportReport(
        result.rows(),
        created,
        updated,
        unchanged,
        pendingCodes,
        result.problems(),
        result.problemCount());
  }

  /** One row as an organization, by the register form's rules and messages. */
  private Optional<Organization> read(RowCells row) {
    Optional<Rating> rating = rating(row);
    OrganizationDraft draft =
        new OrganizationDraft(
            row.text(OrganizationDraft.NAME),
            row.text(OrganizationDraft.CODE),
            row.text(OrganizationDraft.LEGAL_REPRESENTATIVE),
            row.text(OrganizationDraft.ADDRESS),
            row.text(OrganizationDraft.PHONE),
            rating);
    row.problems(draft.check(today));
    if (row.hasProblems()) {
      return Optional.empty();
    }
    OrganizationDraft clean = draft.cleaned();
    return Optional.of(
        new Organization(
            0,
            clean.name(),
            OrganizationCode.parse(clean.code()).code().orElseThrow(),
            Optional.empty(),
            clean.legalRepresentative(),
            clean.address(),
            clean.phone(),
            clean.rating(),
            true,
            0));
  }

  /**
   * The rating columns as a rating; what only a file can get wrong (a level or date that is not
   * one, rating details without a level) is noted here, the rest by the draft's check.
   */
  private static Optional<Rating> rating(RowCells row) {
    String levelText = row.text(RosterColumn.RATING.field());
    if (levelText.isEmpty()) {
      boolean details =
          !row.text(OrganizationDraft.RATING_CERTIFICATE).isEmpty()
              || !row.text(OrganizationDraft.RATING_ISSUER).isEmpty()
              || !row.text(OrganizationDraft.RATING_GRANTED_ON).isEmpty();
      if (details) {
        row.problem(RosterColumn.RATING.field(), new LocalizedText("error.import.ratingMissing"));
      }
      return Optional.empty();
    }
    Optional<RatingLevel> level = RatingLevel.parse(levelText);
    if (level.isEmpty()) {
      row.problem(
          RosterColumn.RATING.field(), new LocalizedText("error.import.ratingLevel", levelText));
    }
    if (row.text(OrganizationDraft.RATING_GRANTED_ON).isEmpty()) {
      row.problem(
          OrganizationDraft.RATING_GRANTED_ON, new LocalizedText("error.org.ratingDateMissing"));
      return Optional.empty();
    }
    Optional<LocalDate> grantedOn = row.date(OrganizationDraft.RATING_GRANTED_ON);
    if (level.isEmpty() || grantedOn.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new Rating(
            level.get(),
            row.text(OrganizationDraft.RATING_CERTIFICATE),
            row.text(OrganizationDraft.RATING_ISSUER),
            grantedOn.get()));
  }

  private void save(Organization candidate, RowCells row) {
    Integer firstRow = rowOfCode.putIfAbsent(candidate.code().value(), row.rowNumber());
    if (firstRow != null) {
      row.problem(
          OrganizationDraft.CODE,
          new LocalizedText("error.import.duplicateInFile", candidate.code().value(), firstRow));
      return;
    }
    Organization known = existing.get(candidate.code().value());
    if (known == null) {
      insert(candidate);
    } else {
      merge(known, candidate);
    }
  }

  private void insert(Organization candidate) {
    created++;
    if (candidate.code().status() == OrganizationCode.CheckStatus.PENDING) {
      pendingCodes++;
    }
    if (pass.clean()) {
      pendingInserts.add(candidate);
      if (pendingInserts.size() >= BATCH) {
        flush();
      }
    }
  }

  /** The code, its check status, a supervisor's override and the active flag stay as they are. */
  private void merge(Organization known, Organization candidate) {
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
    if (pass.clean()) {
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
    if (pass.clean()) {
      repository.insertAll(tx, pendingInserts, username, now);
    }
    pendingInserts.clear();
  }
}
