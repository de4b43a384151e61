package org.careeval.persistence;

import static org.careeval.persistence.jooq.Tables.ORGANIZATION;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.careeval.domain.organization.Organization;
import org.careeval.domain.organization.OrganizationCode;
import org.careeval.domain.organization.OrganizationNames;
import org.careeval.domain.organization.Rating;
import org.careeval.domain.organization.RatingLevel;
import org.careeval.domain.organization.UsccCategory;
import org.careeval.persistence.jooq.tables.records.OrganizationRecord;
import org.jooq.Field;
import org.jooq.impl.DSL;

/** The organization register. Organizations are deactivated, never deleted. */
public final class OrganizationRepository {

  public long insert(Transaction tx, Organization organization, String registeredBy, Instant now) {
    OrganizationRecord row = tx.dsl().newRecord(ORGANIZATION);
    fill(row, organization);
    row.setRegisteredBy(registeredBy);
    row.setCreatedAt(now.atOffset(ZoneOffset.UTC));
    row.setUpdatedAt(now.atOffset(ZoneOffset.UTC));
    row.store();
    return row.getId();
  }

  /**
   * Inserts many organizations with one prepared statement (plain JDBC batch: jOOQ's per-row
   * binding cost a third of a 20,000-row import), for imports. The values are those {@link #insert}
   * stores.
   */
  public void insertAll(
      Transaction tx, List<Organization> organizations, String registeredBy, Instant now) {
    if (organizations.isEmpty()) {
      return;
    }
    OffsetDateTime at = now.atOffset(ZoneOffset.UTC);
    // jOOQ renders the statement with one ? per column; the rows are bound below
    String sql =
        tx.dsl()
            .render(
                tx.dsl()
                    .insertInto(ORGANIZATION)
                    .columns(INSERTED)
                    .values(Collections.nCopies(INSERTED.size(), null)));
    tx.dsl()
        .connection(
            connection -> {
              try (PreparedStatement insert = connection.prepareStatement(sql)) {
                for (Organization o : organizations) {
                  bind(insert, o, at);
                  insert.setString(INSERTED.size(), registeredBy);
                  insert.addBatch();
                }
                insert.executeBatch();
              }
            });
  }

  private static void bind(PreparedStatement insert, Organization o, OffsetDateTime at)
      throws SQLException {
    insert.setString(1, o.name());
    insert.setString(2, OrganizationNames.key(o.name()));
    insert.setString(3, o.code().value());
    insert.setString(4, o.code().kind().name());
    insert.setString(5, o.code().category().map(UsccCategory::code).orElse(null));
    insert.setString(6, o.code().status().name());
    insert.setString(7, o.legalRepresentative());
    insert.setString(8, o.address());
    insert.setString(9, o.phone());
    insert.setString(10, o.rating().map(r -> r.level().name()).orElse(null));
    insert.setString(11, o.rating().map(Rating::certificateNumber).orElse(null));
    insert.setString(12, o.rating().map(Rating::issuer).orElse(null));
    insert.setObject(13, o.rating().map(Rating::grantedOn).orElse(null));
    insert.setBoolean(14, o.active());
    insert.setObject(15, at);
    insert.setObject(16, at);
  }

  /** The columns {@link #insertAll} binds, in order. */
  private static final List<Field<?>> INSERTED =
      List.of(
          ORGANIZATION.NAME,
          ORGANIZATION.NAME_KEY,
          ORGANIZATION.CODE,
          ORGANIZATION.CODE_KIND,
          ORGANIZATION.CATEGORY,
          ORGANIZATION.CHECK_STATUS,
          ORGANIZATION.LEGAL_REPRESENTATIVE,
          ORGANIZATION.ADDRESS,
          ORGANIZATION.PHONE,
          ORGANIZATION.RATING_LEVEL,
          ORGANIZATION.RATING_CERTIFICATE,
          ORGANIZATION.RATING_ISSUER,
          ORGANIZATION.RATING_GRANTED_ON,
          ORGANIZATION.ACTIVE,
          ORGANIZATION.CREATED_AT,
          ORGANIZATION.UPDATED_AT,
          ORGANIZATION.REGISTERED_BY);

  /** Every organization keyed by its code. */
  public Map<String, Organization> allByCode(Transaction tx) {
    Map<String, Organization> byCode = new HashMap<>();
    tx.dsl()
        .selectFrom(ORGANIZATION)
        .fetch(OrganizationRepository::toOrganization)
        .forEach(o -> byCode.put(o.code().value(), o));
    return byCode;
  }

  /**
   * Writes an organization read at {@code organization.version()} and increments the version.
   *
   * @return false when the row has changed since (another user, window or import): nothing written
   */
  public boolean update(Transaction tx, Organization organization, Instant now) {
    OrganizationRecord row = tx.dsl().newRecord(ORGANIZATION);
    fill(row, organization);
    row.setUpdatedAt(now.atOffset(ZoneOffset.UTC));
    row.setRowVersion(organization.version() + 1);
    row.changed(ORGANIZATION.ID, false);
    row.changed(ORGANIZATION.CREATED_AT, false);
    return tx.dsl()
            .update(ORGANIZATION)
            .set(row)
            .where(ORGANIZATION.ID.eq(organization.id()))
            .and(ORGANIZATION.ROW_VERSION.eq(organization.version()))
            .execute()
        == 1;
  }

  /**
   * Records a supervisor's override of an organization read at {@code version}.
   *
   * @return false when the row has changed since: nothing written
   */
  public boolean recordOverride(
      Transaction tx, long id, int version, String reason, String by, Instant now) {
    return tx.dsl()
            .update(ORGANIZATION)
            .set(ORGANIZATION.CHECK_STATUS, OrganizationCode.CheckStatus.OVERRIDDEN.name())
            .set(ORGANIZATION.OVERRIDE_REASON, reason)
            .set(ORGANIZATION.OVERRIDE_BY, by)
            .set(ORGANIZATION.OVERRIDE_AT, now.atOffset(ZoneOffset.UTC))
            .set(ORGANIZATION.UPDATED_AT, now.atOffset(ZoneOffset.UTC))
            .set(ORGANIZATION.ROW_VERSION, version + 1)
            .where(ORGANIZATION.ID.eq(id))
            .and(ORGANIZATION.ROW_VERSION.eq(version))
            .execute()
        == 1;
  }

  /**
   * Marks a change to an organization's details (documents, staff, towns…): its version moves on,
   * so a form still showing the old state cannot overwrite it unseen.
   *
   * @param expectedVersion the version the change was made from; empty for additions and removals
   *     of single records, which cannot overwrite anything
   * @return false when {@code expectedVersion} is given and the row has changed since
   */
  public boolean touch(Transaction tx, long id, Optional<Integer> expectedVersion) {
    return tx.dsl()
            .update(ORGANIZATION)
            .set(ORGANIZATION.ROW_VERSION, ORGANIZATION.ROW_VERSION.plus(1))
            .where(ORGANIZATION.ID.eq(id))
            .and(expectedVersion.map(ORGANIZATION.ROW_VERSION::eq).orElse(DSL.noCondition()))
            .execute()
        == 1;
  }

  /** Who registered an organization; empty for those registered before this was kept. */
  public Optional<String> registeredBy(Transaction tx, long id) {
    return tx.dsl()
        .select(ORGANIZATION.REGISTERED_BY)
        .from(ORGANIZATION)
        .where(ORGANIZATION.ID.eq(id))
        .fetchOptional(ORGANIZATION.REGISTERED_BY);
  }

  public Optional<Organization> find(Transaction tx, long id) {
    return tx.dsl()
        .fetchOptional(ORGANIZATION, ORGANIZATION.ID.eq(id))
        .map(OrganizationRepository::toOrganization);
  }

  public Optional<Organization> findByCode(Transaction tx, String code) {
    return tx.dsl()
        .fetchOptional(ORGANIZATION, ORGANIZATION.CODE.eq(code))
        .map(OrganizationRepository::toOrganization);
  }

  /** All organizations by name; {@code text} filters on name or code (case-insensitive). */
  public List<Organization> list(Transaction tx, String text) {
    String like = "%" + OrganizationNames.key(text) + "%";
    return tx.dsl()
        .selectFrom(ORGANIZATION)
        .where(
            text.isBlank()
                ? DSL.noCondition()
                : ORGANIZATION.NAME_KEY.like(like).or(ORGANIZATION.CODE.likeIgnoreCase(like)))
        .orderBy(ORGANIZATION.NAME)
        .fetch(OrganizationRepository::toOrganization);
  }

  /** Name keys of every organization except {@code exceptId}, for the similar-name check. */
  public List<Organization> allExcept(Transaction tx, long exceptId) {
    return tx.dsl()
        .selectFrom(ORGANIZATION)
        .where(ORGANIZATION.ID.ne(exceptId))
        .fetch(OrganizationRepository::toOrganization);
  }

  private static void fill(OrganizationRecord row, Organization o) {
    row.setName(o.name());
    row.setNameKey(OrganizationNames.key(o.name()));
    row.setCode(o.code().value());
    row.setCodeKind(o.code().kind().name());
    row.setCategory(o.code().category().map(UsccCategory::code).orElse(null));
    row.setCheckStatus(o.code().status().name());
    row.setLegalRepresentative(o.legalRepresentative());
    row.setAddress(o.address());
    row.setPhone(o.phone());
    row.setRatingLevel(o.rating().map(r -> r.level().name()).orElse(null));
    row.setRatingCertificate(o.rating().map(Rating::certificateNumber).orElse(null));
    row.setRatingIssuer(o.rating().map(Rating::issuer).orElse(null));
    row.setRatingGrantedOn(o.rating().map(Rating::grantedOn).orElse(null));
    row.setActive(o.active());
  }

  private static Organization toOrganization(OrganizationRecord row) {
    OrganizationCode code =
        new OrganizationCode(
            row.getCode(),
            OrganizationCode.Kind.valueOf(row.getCodeKind()),
            OrganizationCode.CheckStatus.valueOf(row.getCheckStatus()),
            Optional.ofNullable(row.getCategory()).flatMap(UsccCategory::of));
    Optional<Rating> rating =
        Optional.ofNullable(row.getRatingLevel())
            .map(
                level ->
                    new Rating(
                        RatingLevel.valueOf(level),
                        row.getRatingCertificate(),
                        row.getRatingIssuer(),
                        row.getRatingGrantedOn()));
    return new Organization(
        row.getId(),
        row.getName(),
        code,
        Optional.ofNullable(row.getOverrideReason()),
        row.getLegalRepresentative(),
        row.getAddress(),
        row.getPhone(),
        rating,
        row.getActive(),
        row.getRowVersion());
  }
}
