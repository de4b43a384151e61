package org.careeval.service.audit;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;
import org.careeval.domain.audit.AuditAction;
import org.careeval.domain.audit.AuditEntity;
import org.careeval.domain.audit.AuditEvent;
import org.careeval.domain.system.CountyClock;
import org.careeval.domain.user.Session;
import org.careeval.persistence.AuditAnchor;
import org.careeval.persistence.AuditRepository;
import org.careeval.persistence.Transaction;

/**
 * Writes audit events inside the transaction of the change they describe, so a change and its
 * record are saved together or not at all. Values are stored as JSON with sorted keys.
 */
public final class AuditTrail {

  private static final JsonFactory JSON = new JsonFactory();

  private final AuditRepository repository;
  private final CountyClock clock;
  private final AuditAnchor anchor;

  public AuditTrail(AuditRepository repository, CountyClock clock, AuditAnchor anchor) {
    this.repository = repository;
    this.clock = clock;
    this.anchor = anchor;
  }

  public void record(
      Transaction tx,
      String actor,
      AuditAction action,
      AuditEntity entity,
      String entityId,
      Map<String, ?> before,
      Map<String, ?> after) {
    AuditEvent event =
        repository.append(
            tx, actor, action, entity.code(), entityId, json(before), json(after), clock.instant());
    tx.afterCommit(() -> anchor.write(event.id(), event.hash()));
  }

  /** A record was made: its values after. */
  public void created(
      Transaction tx, Session by, AuditEntity entity, Object id, Map<String, ?> after) {
    record(tx, by.username(), AuditAction.CREATE, entity, id.toString(), Map.of(), after);
  }

  /** A record was changed: its complete values before and after. */
  public void updated(
      Transaction tx,
      Session by,
      AuditEntity entity,
      Object id,
      Map<String, ?> before,
      Map<String, ?> after) {
    record(tx, by.username(), AuditAction.UPDATE, entity, id.toString(), before, after);
  }

  /** Data left the application (a file): what and how much. */
  public void exported(Transaction tx, Session by, AuditEntity entity, Map<String, ?> what) {
    record(tx, by.username(), AuditAction.EXPORT, entity, "-", Map.of(), what);
  }

  static String json(Map<String, ?> values) {
    if (values.isEmpty()) {
      return "";
    }
    StringWriter text = new StringWriter();
    try (JsonGenerator json = JSON.createGenerator(text)) {
      json.writeStartObject();
      for (Map.Entry<String, ?> entry : new TreeMap<>(values).entrySet()) {
        json.writeFieldName(entry.getKey());
        write(json, entry.getValue());
      }
      json.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return text.toString();
  }

  private static void write(JsonGenerator json, Object value) throws IOException {
    if (value == null) {
      json.writeNull();
    } else if (value instanceof Boolean b) {
      json.writeBoolean(b);
    } else if (value instanceof Number n) {
      json.writeNumber(n.toString());
    } else if (value instanceof Collection<?> items) {
      json.writeStartArray();
      for (Object item : items) {
        write(json, item);
      }
      json.writeEndArray();
    } else {
      json.writeString(value.toString());
    }
  }
}
