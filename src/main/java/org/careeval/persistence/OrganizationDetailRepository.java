package org.careeval.persistence;

import static org.careeval.persistence.jooq.Tables.ANNUAL_INSPECTION;
import static org.careeval.persistence.jooq.Tables.CREDIT_FLAG;
import static org.careeval.persistence.jooq.Tables.ORGANIZATION;
import static org.careeval.persistence.jooq.Tables.ORGANIZATION_CONTACT;
import static org.careeval.persistence.jooq.Tables.ORGANIZATION_DOCUMENT;
import static org.careeval.persistence.jooq.Tables.ORGANIZATION_PLACE;
import static org.careeval.persistence.jooq.Tables.PLACE;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.careeval.domain.organization.AlertFacts;
import org.careeval.domain.organization.AnnualInspection;
import org.careeval.domain.organization.Contact;
import org.careeval.domain.organization.CreditFlag;
import org.careeval.domain.organization.CreditFlagType;
import org.careeval.domain.organization.DocumentType;
import org.careeval.domain.organization.InspectionResult;
import org.careeval.domain.organization.QualificationDocument;
import org.careeval.domain.organization.Staffing;
import org.careeval.persistence.jooq.tables.records.AnnualInspectionRecord;
import org.careeval.persistence.jooq.tables.records.CreditFlagRecord;
import org.careeval.persistence.jooq.tables.records.OrganizationDocumentRecord;

/**
 * The organization's detail tabs: documents, inspections, credit flags, staff, towns, contacts.
 * Every change names the organization, so a row of one organization is never changed through
 * another's screen.
 */
public final class OrganizationDetailRepository {

  public List<QualificationDocument> documents(Transaction tx, long organizationId) {
    return tx.dsl()
        .selectFrom(ORGANIZATION_DOCUMENT)
        .where(ORGANIZATION_DOCUMENT.ORGANIZATION_ID.eq(organizationId))
        .orderBy(ORGANIZATION_DOCUMENT.VALID_FROM.desc(), ORGANIZATION_DOCUMENT.ID.desc())
        .fetch(OrganizationDetailRepository::toDocument);
  }

  public long insertDocument(
      Transaction tx, long organizationId, QualificationDocument d, Optional<String> scanSha256) {
    OrganizationDocumentRecord row = tx.dsl().newRecord(ORGANIZATION_DOCUMENT);
    row.setOrganizationId(organizationId);
    row.setDocType(d.type().name());
    row.setDocNumber(d.number());
    row.setIssuer(d.issuer());
    row.setValidFrom(d.validFrom());
    row.setValidTo(d.validTo().orElse(null));
    row.setScanName(d.scanName().orElse(null));
    row.setScanSha256(scanSha256.orElse(null));
    row.store();
    return row.getId();
  }

  /** The stored scan's SHA-256 of a document of this organization, if it has one. */
  public Optional<String> scanOf(Transaction tx, long organizationId, long documentId) {
    return tx.dsl()
        .select(ORGANIZATION_DOCUMENT.SCAN_SHA256)
        .from(ORGANIZATION_DOCUMENT)
        .where(ORGANIZATION_DOCUMENT.ID.eq(documentId))
        .and(ORGANIZATION_DOCUMENT.ORGANIZATION_ID.eq(organizationId))
        .fetchOptional(ORGANIZATION_DOCUMENT.SCAN_SHA256);
  }

  public boolean deleteDocument(Transaction tx, long organizationId, long documentId) {
    return tx.dsl()
            .deleteFrom(ORGANIZATION_DOCUMENT)
            .where(ORGANIZATION_DOCUMENT.ID.eq(documentId))
            .and(ORGANIZATION_DOCUMENT.ORGANIZATION_ID.eq(organizationId))
            .execute()
        == 1;
  }

  public List<AnnualInspection> inspections(Transaction tx, long organizationId) {
    return tx.dsl()
        .selectFrom(ANNUAL_INSPECTION)
        .where(ANNUAL_INSPECTION.ORGANIZATION_ID.eq(organizationId))
        .orderBy(ANNUAL_INSPECTION.INSPECTION_YEAR.desc())
        .fetch(OrganizationDetailRepository::toInspection);
  }

  /** Records a year's result, replacing an earlier entry for the same year. */
  public void saveInspection(Transaction tx, long organizationId, AnnualInspection inspection) {
    AnnualInspectionRecord row =
        tx.dsl()
            .fetchOptional(
                ANNUAL_INSPECTION,
                ANNUAL_INSPECTION
                    .ORGANIZATION_ID
                    .eq(organizationId)
                    .and(ANNUAL_INSPECTION.INSPECTION_YEAR.eq(inspection.year())))
            .orElseGet(() -> tx.dsl().newRecord(ANNUAL_INSPECTION));
    row.setOrganizationId(organizationId);
    row.setInspectionYear(inspection.year());
    row.setResult(inspection.result().name());
    row.setNote(inspection.note());
    row.store();
  }

  public boolean deleteInspection(Transaction tx, long organizationId, int year) {
    return tx.dsl()
            .deleteFrom(ANNUAL_INSPECTION)
            .where(ANNUAL_INSPECTION.ORGANIZATION_ID.eq(organizationId))
            .and(ANNUAL_INSPECTION.INSPECTION_YEAR.eq(year))
            .execute()
        == 1;
  }

  public List<CreditFlag> creditFlags(Transaction tx, long organizationId) {
    return tx.dsl()
        .selectFrom(CREDIT_FLAG)
        .where(CREDIT_FLAG.ORGANIZATION_ID.eq(organizationId))
        .orderBy(CREDIT_FLAG.LISTED_ON.desc(), CREDIT_FLAG.ID.desc())
        .fetch(OrganizationDetailRepository::toCreditFlag);
  }

  public long insertCreditFlag(Transaction tx, long organizationId, CreditFlag flag) {
    CreditFlagRecord row = tx.dsl().newRecord(CREDIT_FLAG);
    row.setOrganizationId(organizationId);
    row.setFlagType(flag.type().name());
    row.setListedOn(flag.listedOn());
    row.setRemovedOn(flag.removedOn().orElse(null));
    row.setSource(flag.source());
    row.setNote(flag.note());
    row.store();
    return row.getId();
  }

  public boolean liftCreditFlag(
      Transaction tx, long organizationId, long flagId, LocalDate removedOn) {
    return tx.dsl()
            .update(CREDIT_FLAG)
            .set(CREDIT_FLAG.REMOVED_ON, removedOn)
            .where(CREDIT_FLAG.ID.eq(flagId))
            .and(CREDIT_FLAG.ORGANIZATION_ID.eq(organizationId))
            .execute()
        == 1;
  }

  public Staffing staffing(Transaction tx, long organizationId) {
    return tx.dsl()
        .select(
            ORGANIZATION.STAFF_TOTAL,
            ORGANIZATION.SOCIAL_WORKERS_ASSISTANT,
            ORGANIZATION.SOCIAL_WORKERS_INTERMEDIATE,
            ORGANIZATION.SOCIAL_WORKERS_SENIOR)
        .from(ORGANIZATION)
        .where(ORGANIZATION.ID.eq(organizationId))
        .fetchOptional(r -> new Staffing(r.value1(), r.value2(), r.value3(), r.value4()))
        .orElse(Staffing.NONE);
  }

  public void saveStaffing(Transaction tx, long organizationId, Staffing staffing) {
    tx.dsl()
        .update(ORGANIZATION)
        .set(ORGANIZATION.STAFF_TOTAL, staffing.total())
        .set(ORGANIZATION.SOCIAL_WORKERS_ASSISTANT, staffing.assistant())
        .set(ORGANIZATION.SOCIAL_WORKERS_INTERMEDIATE, staffing.intermediate())
        .set(ORGANIZATION.SOCIAL_WORKERS_SENIOR, staffing.senior())
        .where(ORGANIZATION.ID.eq(organizationId))
        .execute();
  }

  public List<String> towns(Transaction tx, long organizationId) {
    return tx.dsl()
        .select(PLACE.NAME)
        .from(ORGANIZATION_PLACE)
        .join(PLACE)
        .on(PLACE.ID.eq(ORGANIZATION_PLACE.PLACE_ID))
        .where(ORGANIZATION_PLACE.ORGANIZATION_ID.eq(organizationId))
        .orderBy(PLACE.NAME)
        .fetch(PLACE.NAME);
  }

  /** Every town any organization serves, for the list filter. */
  public List<String> allTowns(Transaction tx) {
    return tx.dsl()
        .selectDistinct(PLACE.NAME)
        .from(ORGANIZATION_PLACE)
        .join(PLACE)
        .on(PLACE.ID.eq(ORGANIZATION_PLACE.PLACE_ID))
        .orderBy(PLACE.NAME)
        .fetch(PLACE.NAME);
  }

  /** Replaces the towns an organization serves with the places of these ids. */
  public void replaceTowns(Transaction tx, long organizationId, Collection<Long> placeIds) {
    tx.dsl()
        .deleteFrom(ORGANIZATION_PLACE)
        .where(ORGANIZATION_PLACE.ORGANIZATION_ID.eq(organizationId))
        .execute();
    for (Long placeId : placeIds) {
      tx.dsl()
          .insertInto(
              ORGANIZATION_PLACE, ORGANIZATION_PLACE.ORGANIZATION_ID, ORGANIZATION_PLACE.PLACE_ID)
          .values(organizationId, placeId)
          .execute();
    }
  }

  public List<Contact> contacts(Transaction tx, long organizationId) {
    return tx.dsl()
        .selectFrom(ORGANIZATION_CONTACT)
        .where(ORGANIZATION_CONTACT.ORGANIZATION_ID.eq(organizationId))
        .orderBy(ORGANIZATION_CONTACT.ID)
        .fetch(r -> new Contact(r.getId(), r.getName(), r.getDuty(), r.getPhone()));
  }

  public long insertContact(Transaction tx, long organizationId, Contact contact) {
    var row = tx.dsl().newRecord(ORGANIZATION_CONTACT);
    row.setOrganizationId(organizationId);
    row.setName(contact.name());
    row.setDuty(contact.duty());
    row.setPhone(contact.phone());
    row.store();
    return row.getId();
  }

  public boolean deleteContact(Transaction tx, long organizationId, long contactId) {
    return tx.dsl()
            .deleteFrom(ORGANIZATION_CONTACT)
            .where(ORGANIZATION_CONTACT.ID.eq(contactId))
            .and(ORGANIZATION_CONTACT.ORGANIZATION_ID.eq(organizationId))
            .execute()
        == 1;
  }

  /** Alert facts of every organization that has documents, flags or inspections, by id. */
  public Map<Long, AlertFacts> allAlertFacts(Transaction tx) {
    Map<Long, List<QualificationDocument>> documents = new HashMap<>();
    tx.dsl()
        .selectFrom(ORGANIZATION_DOCUMENT)
        .forEach(
            r ->
                documents
                    .computeIfAbsent(r.getOrganizationId(), id -> new ArrayList<>())
                    .add(toDocument(r)));
    Map<Long, List<CreditFlag>> flags = new HashMap<>();
    tx.dsl()
        .selectFrom(CREDIT_FLAG)
        .forEach(
            r ->
                flags
                    .computeIfAbsent(r.getOrganizationId(), id -> new ArrayList<>())
                    .add(toCreditFlag(r)));
    Map<Long, List<AnnualInspection>> inspections = new HashMap<>();
    tx.dsl()
        .selectFrom(ANNUAL_INSPECTION)
        .forEach(
            r ->
                inspections
                    .computeIfAbsent(r.getOrganizationId(), id -> new ArrayList<>())
                    .add(toInspection(r)));
    Map<Long, AlertFacts> facts = new HashMap<>();
    for (Long id : union(documents, flags, inspections)) {
      facts.put(
          id,
          new AlertFacts(
              documents.getOrDefault(id, List.of()),
              flags.getOrDefault(id, List.of()),
              inspections.getOrDefault(id, List.of())));
    }
    return facts;
  }

  /** Towns served, by organization id. */
  public Map<Long, List<String>> allTownsByOrganization(Transaction tx) {
    Map<Long, List<String>> towns = new HashMap<>();
    tx.dsl()
        .select(ORGANIZATION_PLACE.ORGANIZATION_ID, PLACE.NAME)
        .from(ORGANIZATION_PLACE)
        .join(PLACE)
        .on(PLACE.ID.eq(ORGANIZATION_PLACE.PLACE_ID))
        .orderBy(PLACE.NAME)
        .forEach(r -> towns.computeIfAbsent(r.value1(), id -> new ArrayList<>()).add(r.value2()));
    return towns;
  }

  @SafeVarargs
  private static Set<Long> union(Map<Long, ?>... maps) {
    Set<Long> ids = new HashSet<>();
    for (Map<Long, ?> map : maps) {
      ids.addAll(map.keySet());
    }
    return ids;
  }

  private static QualificationDocument toDocument(OrganizationDocumentRecord r) {
    return new QualificationDocument(
        r.getId(),
        DocumentType.valueOf(r.getDocType()),
        r.getDocNumber(),
        r.getIssuer(),
        r.getValidFrom(),
        Optional.ofNullable(r.getValidTo()),
        Optional.ofNullable(r.getScanName()));
  }

  private static AnnualInspection toInspection(AnnualInspectionRecord r) {
    return new AnnualInspection(
        r.getId(), r.getInspectionYear(), InspectionResult.valueOf(r.getResult()), r.getNote());
  }

  private static CreditFlag toCreditFlag(CreditFlagRecord r) {
    return new CreditFlag(
        r.getId(),
        CreditFlagType.valueOf(r.getFlagType()),
        r.getListedOn(),
        Optional.ofNullable(r.getRemovedOn()),
        r.getSource(),
        r.getNote());
  }
}
