package org.careeval.persistence;

import static org.careeval.persistence.jooq.Tables.PLACE;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.careeval.domain.place.Place;
import org.careeval.domain.place.PlaceKind;
import org.careeval.persistence.jooq.tables.records.PlaceRecord;

/** The county's towns and villages. Places are deactivated, never deleted: projects name them. */
public final class PlaceRepository {

  /** Every place, towns first, each in name order. */
  public List<Place> list(Transaction tx) {
    return tx.dsl()
        .selectFrom(PLACE)
        .orderBy(PLACE.KIND, PLACE.NAME)
        .fetch(PlaceRepository::toPlace);
  }

  public Optional<Place> get(Transaction tx, long id) {
    return tx.dsl()
        .selectFrom(PLACE)
        .where(PLACE.ID.eq(id))
        .fetchOptional(PlaceRepository::toPlace);
  }

  /** The town of that name, or the village of that name in the town with id {@code townId}. */
  public Optional<Place> find(Transaction tx, Optional<Long> townId, String name) {
    return tx.dsl()
        .selectFrom(PLACE)
        .where(PLACE.PARENT_SCOPE.eq(townId.orElse(0L)))
        .and(PLACE.NAME.eq(name))
        .fetchOptional(PlaceRepository::toPlace);
  }

  public Optional<Place> findByDivisionCode(Transaction tx, String code) {
    return tx.dsl()
        .selectFrom(PLACE)
        .where(PLACE.DIVISION_CODE.eq(code))
        .fetchOptional(PlaceRepository::toPlace);
  }

  public long insert(
      Transaction tx,
      PlaceKind kind,
      String name,
      Optional<Long> townId,
      String code,
      Instant now) {
    PlaceRecord row = tx.dsl().newRecord(PLACE);
    row.setKind(kind.name());
    row.setName(name);
    row.setParentId(townId.orElse(null));
    row.setParentScope(townId.orElse(0L));
    row.setDivisionCode(code.isEmpty() ? null : code);
    row.setActive(true);
    row.setCreatedAt(now.atOffset(ZoneOffset.UTC));
    row.setUpdatedAt(now.atOffset(ZoneOffset.UTC));
    row.store();
    return row.getId();
  }

  /**
   * Renames a place, sets its code and whether it is in use, from the version it was read at.
   *
   * @return false when it has changed since: nothing written
   */
  public boolean update(
      Transaction tx, Place place, String name, String code, boolean active, Instant now) {
    return tx.dsl()
            .update(PLACE)
            .set(PLACE.NAME, name)
            .set(PLACE.DIVISION_CODE, code.isEmpty() ? null : code)
            .set(PLACE.ACTIVE, active)
            .set(PLACE.UPDATED_AT, now.atOffset(ZoneOffset.UTC))
            .set(PLACE.ROW_VERSION, place.version() + 1)
            .where(PLACE.ID.eq(place.id()))
            .and(PLACE.ROW_VERSION.eq(place.version()))
            .execute()
        == 1;
  }

  private static Place toPlace(PlaceRecord r) {
    return new Place(
        r.getId(),
        PlaceKind.valueOf(r.getKind()),
        r.getName(),
        Optional.ofNullable(r.getParentId()),
        r.getDivisionCode() == null ? "" : r.getDivisionCode(),
        r.getActive(),
        r.getRowVersion());
  }
}
