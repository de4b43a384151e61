package org.careeval.service.organization;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.careeval.domain.organization.AnnualInspection;
import org.careeval.domain.organization.Contact;
import org.careeval.domain.organization.CreditFlag;
import org.careeval.domain.organization.QualificationDocument;
import org.careeval.domain.organization.Staffing;

/**
 * Every field of an organization's detail records, as the audit trail keeps them before and after a
 * change (issue 9, section 4): nothing is left out, so an auditor can see what was there.
 */
final class AuditValues {

  private AuditValues() {}

  static Map<String, Object> of(QualificationDocument d) {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("id", d.id());
    values.put("type", d.type().name());
    values.put("number", d.number());
    values.put("issuer", d.issuer());
    values.put("validFrom", d.validFrom().toString());
    values.put("validTo", d.validTo().map(LocalDate::toString).orElse(null));
    values.put("scan", d.scanName().orElse(null));
    return values;
  }

  static Map<String, Object> of(AnnualInspection i) {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("year", i.year());
    values.put("result", i.result().name());
    values.put("note", i.note());
    return values;
  }

  static Map<String, Object> of(CreditFlag f) {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("id", f.id());
    values.put("type", f.type().name());
    values.put("listedOn", f.listedOn().toString());
    values.put("removedOn", f.removedOn().map(LocalDate::toString).orElse(null));
    values.put("source", f.source());
    values.put("note", f.note());
    return values;
  }

  static Map<String, Object> of(Staffing s) {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("total", s.total());
    values.put("assistant", s.assistant());
    values.put("intermediate", s.intermediate());
    values.put("senior", s.senior());
    return values;
  }

  static Map<String, Object> of(Contact c) {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("id", c.id());
    values.put("name", c.name());
    values.put("duty", c.duty());
    values.put("phone", c.phone());
    return values;
  }
}
