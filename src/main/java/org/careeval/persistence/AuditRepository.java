package org.careeval.persistence;

import static org.careeval.persistence.jooq.Tables.AUDIT_EVENT;
import static org.careeval.persistence.jooq.Tables.ORGANIZATION;
import static org.careeval.persistence.jooq.Tables.PROJECT;
import static org.careeval.persistence.jooq.Tables.USER_ACCOUNT;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.careeval.domain.audit.AuditAction;
import org.careeval.domain.audit.AuditChain;
import org.careeval.domain.audit.AuditEvent;
import org.careeval.domain.audit.AuditFilter;
import org.careeval.persistence.jooq.tables.records.AuditEventRecord;
import org.jooq.Condition;
import org.jooq.Cursor;
import org.jooq.impl.DSL;

/**
 * The append-only audit trail. There is deliberately no method that updates or deletes an event.
 */
public final class AuditRepository {

  static final String HEAD = "auditTrail.head";

  private final SettingRepository settings;

  public AuditRepository(SettingRepository settings) {
    this.settings = settings;
  }

  /** Appends an event to the chain inside the caller's transaction. */
  public AuditEvent append(
      Transaction tx,
      String actor,
      AuditAction action,
      String entityType,
      String entityId,
      String before,
      String after,
      Instant now) {
    // the head row lock orders concurrent writers, so the chain never forks
    String previous = settings.findForUpdate(tx, HEAD).orElse(AuditChain.GENESIS);
    Instant at = now.truncatedTo(ChronoUnit.MILLIS); // what every database stores exactly
    String hash = AuditChain.hash(previous, at, actor, action, entityType, entityId, before, after);
    long id =
        tx.dsl()
            .insertInto(AUDIT_EVENT)
            .set(AUDIT_EVENT.OCCURRED_AT, at.atOffset(ZoneOffset.UTC))
            .set(AUDIT_EVENT.ACTOR, actor)
            .set(AUDIT_EVENT.ACTION, action.name())
            .set(AUDIT_EVENT.ENTITY_TYPE, entityType)
            .set(AUDIT_EVENT.ENTITY_ID, entityId)
            .set(AUDIT_EVENT.BEFORE_VALUE, before)
            .set(AUDIT_EVENT.AFTER_VALUE, after)
            .set(AUDIT_EVENT.PREV_HASH, previous)
            .set(AUDIT_EVENT.HASH, hash)
            .returning(AUDIT_EVENT.ID)
            .fetchOne(AUDIT_EVENT.ID);
    settings.put(tx, HEAD, hash, now);
    return new AuditEvent(
        id, at, actor, action, entityType, entityId, before, after, previous, hash);
  }

  /** The stored hash of one event, if it exists. */
  public Optional<String> hashOf(Transaction tx, long eventId) {
    return tx.dsl()
        .select(AUDIT_EVENT.HASH)
        .from(AUDIT_EVENT)
        .where(AUDIT_EVENT.ID.eq(eventId))
        .fetchOptional(AUDIT_EVENT.HASH);
  }

  /** The hash of the newest event as recorded at append time. */
  public String head(Transaction tx) {
    return settings.find(tx, HEAD).orElse(AuditChain.GENESIS);
  }

  /**
   * Feeds every event, oldest first, to {@code consumer} without loading the trail into memory;
   * stops when it returns false.
   */
  public void forEachInOrder(Transaction tx, Predicate<AuditEvent> consumer) {
    try (Cursor<AuditEventRecord> cursor =
        tx.dsl().selectFrom(AUDIT_EVENT).orderBy(AUDIT_EVENT.ID).fetchLazy()) {
      for (AuditEventRecord row : cursor) {
        if (!consumer.test(toEvent(row))) {
          return;
        }
      }
    }
  }

  /** Events matching the filter, newest first, at most {@code limit}. */
  public List<AuditEvent> search(Transaction tx, AuditFilter filter, int limit) {
    return tx.dsl()
        .selectFrom(AUDIT_EVENT)
        .where(matching(filter))
        .orderBy(AUDIT_EVENT.ID.desc())
        .limit(limit)
        .fetch(AuditRepository::toEvent);
  }

  /**
   * Feeds every event matching the filter, newest first, to {@code consumer} without loading them
   * into memory (exports of the whole trail).
   */
  public void forEachMatching(Transaction tx, AuditFilter filter, Consumer<AuditEvent> consumer) {
    try (Cursor<AuditEventRecord> cursor =
        tx.dsl()
            .selectFrom(AUDIT_EVENT)
            .where(matching(filter))
            .orderBy(AUDIT_EVENT.ID.desc())
            .fetchSize(500)
            .fetchLazy()) {
      for (AuditEventRecord row : cursor) {
        consumer.accept(toEvent(row));
      }
    }
  }

  private static Condition matching(AuditFilter filter) {
    List<Condition> conditions = new ArrayList<>();
    filter.actor().ifPresent(a -> conditions.add(AUDIT_EVENT.ACTOR.eq(a)));
    filter.entityType().ifPresent(t -> conditions.add(AUDIT_EVENT.ENTITY_TYPE.eq(t)));
    filter.action().ifPresent(a -> conditions.add(AUDIT_EVENT.ACTION.eq(a.name())));
    filter
        .from()
        .ifPresent(f -> conditions.add(AUDIT_EVENT.OCCURRED_AT.ge(f.atOffset(ZoneOffset.UTC))));
    filter
        .until()
        .ifPresent(u -> conditions.add(AUDIT_EVENT.OCCURRED_AT.lt(u.atOffset(ZoneOffset.UTC))));
    return DSL.and(conditions);
  }

  /** Distinct actors and entity types, for the viewer's filter lists. */
  /**
   * Every organization's name by id, so the trail names what an event is about; a county's register
   * is small enough to read whole for a page or an export.
   */
  public Map<Long, String> organizationNames(Transaction tx) {
    return tx.dsl()
        .select(ORGANIZATION.ID, ORGANIZATION.NAME)
        .from(ORGANIZATION)
        .fetchMap(ORGANIZATION.ID, ORGANIZATION.NAME);
  }

  /** Every project's name by id. */
  public Map<Long, String> projectNames(Transaction tx) {
    return tx.dsl()
        .select(PROJECT.ID, PROJECT.NAME)
        .from(PROJECT)
        .fetchMap(PROJECT.ID, PROJECT.NAME);
  }

  /** Every user as "姓名（user name）" (or the user name alone) by id. */
  public Map<Long, String> userNames(Transaction tx) {
    Map<Long, String> names = new HashMap<>();
    tx.dsl()
        .select(USER_ACCOUNT.ID, USER_ACCOUNT.USERNAME, USER_ACCOUNT.DISPLAY_NAME)
        .from(USER_ACCOUNT)
        .forEach(
            r -> {
              String shown = r.get(USER_ACCOUNT.DISPLAY_NAME);
              String username = r.get(USER_ACCOUNT.USERNAME);
              names.put(
                  r.get(USER_ACCOUNT.ID),
                  shown == null || shown.isBlank() ? username : shown + "（" + username + "）");
            });
    return names;
  }

  public List<String> actors(Transaction tx) {
    return tx.dsl()
        .selectDistinct(AUDIT_EVENT.ACTOR)
        .from(AUDIT_EVENT)
        .orderBy(AUDIT_EVENT.ACTOR)
        .fetch(AUDIT_EVENT.ACTOR);
  }

  public List<String> entityTypes(Transaction tx) {
    return tx.dsl()
        .selectDistinct(AUDIT_EVENT.ENTITY_TYPE)
        .from(AUDIT_EVENT)
        .orderBy(AUDIT_EVENT.ENTITY_TYPE)
        .fetch(AUDIT_EVENT.ENTITY_TYPE);
  }

  private static AuditEvent toEvent(AuditEventRecord row) {
    return new AuditEvent(
        row.getId(),
        row.getOccurredAt().toInstant(),
        row.getActor(),
        AuditAction.valueOf(row.getAction()),
        row.getEntityType(),
        row.getEntityId(),
        row.getBeforeValue(),
        row.getAfterValue(),
        row.getPrevHash(),
        row.getHash());
  }
}
