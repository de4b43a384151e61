package org.careeval.service.audit;

import static java.util.Map.entry;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.careeval.domain.audit.AuditAction;
import org.careeval.domain.audit.AuditEntity;
import org.careeval.domain.audit.AuditEvent;
import org.careeval.domain.organization.CreditFlagType;
import org.careeval.domain.organization.DocumentType;
import org.careeval.domain.organization.InspectionResult;
import org.careeval.domain.system.Setting;
import org.careeval.domain.user.Role;
import org.careeval.service.i18n.Messages;

/**
 * An audit event as an auditor reads it: what it is about by name (the organization, the user, the
 * setting), and each changed field in the user's language with its value before and after — not the
 * stored JSON with internal keys, enum names and ids. The stored record stays as it is (it is what
 * the hash chain covers); this only reads it.
 */
public final class AuditReading {

  /** One field of an event: its label, and its value before and after ("" where there is none). */
  public record Change(String field, String before, String after) {}

  /** The event's object by name and its changes; {@link #summary()} is one line of them. */
  public record Readable(
      AuditEvent event, String action, String entity, String subject, List<Change> changes) {

    public String summary() {
      return changes.stream()
          .map(
              c ->
                  c.before().isEmpty()
                      ? c.field() + "：" + c.after()
                      : c.after().isEmpty()
                          ? c.field() + "：" + c.before()
                          : c.field() + "：" + c.before() + " → " + c.after())
          .collect(Collectors.joining("；"));
    }
  }

  /** Names of what events are about, read once for a page or an export. */
  public record Names(
      Map<Long, String> organizations, Map<Long, String> users, Map<Long, String> projects) {}

  private static final JsonFactory JSON = new JsonFactory();

  /** The label of every field services record (keys as literals, so none goes unnoticed). */
  private static final Map<String, String> FIELDS =
      Map.ofEntries(
          entry("name", "audit.field.name"),
          entry("code", "audit.field.code"),
          entry("codeKind", "audit.field.codeKind"),
          entry("checkStatus", "audit.field.checkStatus"),
          entry("overrideReason", "audit.field.overrideReason"),
          entry("legalRepresentative", "audit.field.legalRepresentative"),
          entry("address", "audit.field.address"),
          entry("phone", "audit.field.phone"),
          entry("rating", "audit.field.rating"),
          entry("ratingGrantedOn", "audit.field.ratingGrantedOn"),
          entry("active", "audit.field.active"),
          entry("username", "audit.field.username"),
          entry("displayName", "audit.field.displayName"),
          entry("roles", "audit.field.roles"),
          entry("mustChangePassword", "audit.field.mustChangePassword"),
          entry("password", "audit.field.password"),
          entry("type", "audit.field.type"),
          entry("number", "audit.field.number"),
          entry("issuer", "audit.field.issuer"),
          entry("validFrom", "audit.field.validFrom"),
          entry("validTo", "audit.field.validTo"),
          entry("scan", "audit.field.scan"),
          entry("year", "audit.field.year"),
          entry("result", "audit.field.result"),
          entry("note", "audit.field.note"),
          entry("listedOn", "audit.field.listedOn"),
          entry("removedOn", "audit.field.removedOn"),
          entry("source", "audit.field.source"),
          entry("total", "audit.field.total"),
          entry("assistant", "audit.field.assistant"),
          entry("intermediate", "audit.field.intermediate"),
          entry("senior", "audit.field.senior"),
          entry("duty", "audit.field.duty"),
          entry("towns", "audit.field.towns"),
          entry("value", "audit.field.value"),
          entry("reason", "audit.field.reason"),
          entry("file", "audit.field.file"),
          entry("events", "audit.field.events"),
          entry("organizations", "audit.field.organizations"),
          entry("rows", "audit.field.rows"),
          entry("created", "audit.field.created"),
          entry("updated", "audit.field.updated"),
          entry("fiscalYear", "audit.field.fiscalYear"),
          entry("budget", "audit.field.budget"),
          entry("method", "audit.field.method"),
          entry("status", "audit.field.status"),
          entry("statusReason", "audit.field.statusReason"),
          entry("termStart", "audit.field.termStart"),
          entry("termEnd", "audit.field.termEnd"),
          entry("officer", "audit.field.officer"),
          entry("categories", "audit.field.categories"),
          entry("places", "audit.field.places"),
          entry("targetGroups", "audit.field.targetGroups"),
          entry("awardedOrganization", "audit.field.awardedOrganization"),
          entry("project", "audit.field.project"),
          entry("version", "audit.field.version"),
          entry("pricePoints", "audit.field.pricePoints"),
          entry("aggregation", "audit.field.aggregation"),
          entry("decimals", "audit.field.decimals"),
          entry("smeDeduction", "audit.field.smeDeduction"),
          entry("qualification", "audit.field.qualification"),
          entry("conformity", "audit.field.conformity"),
          entry("criteria", "audit.field.criteria"),
          entry("kind", "audit.field.kind"),
          entry("town", "audit.field.town"),
          entry("divisionCode", "audit.field.divisionCode"),
          entry("locked", "audit.field.locked"),
          entry("material", "audit.field.material"),
          entry("purpose", "audit.field.purpose"));

  private static final List<String> FIELD_ORDER =
      List.of(
          "name",
          "username",
          "displayName",
          "code",
          "codeKind",
          "checkStatus",
          "overrideReason",
          "legalRepresentative",
          "address",
          "phone",
          "rating",
          "ratingGrantedOn",
          "roles",
          "type",
          "number",
          "issuer",
          "validFrom",
          "validTo",
          "year",
          "result",
          "listedOn",
          "removedOn",
          "source",
          "duty",
          "total",
          "assistant",
          "intermediate",
          "senior",
          "towns",
          "value",
          "reason",
          "active",
          "mustChangePassword",
          "password",
          "note",
          "scan");

  /** Stored values with a word of their own, by field and value. */
  private static final Map<String, String> VALUES =
      Map.ofEntries(
          entry("codeKind.USCC", "audit.value.codeKind.USCC"),
          entry("codeKind.LEGACY", "audit.value.codeKind.LEGACY"),
          entry("checkStatus.PASSED", "audit.value.checkStatus.PASSED"),
          entry("checkStatus.PENDING", "audit.value.checkStatus.PENDING"),
          entry("checkStatus.OVERRIDDEN", "audit.value.checkStatus.OVERRIDDEN"),
          entry("password.reset", "audit.value.password.reset"),
          entry("password.changed", "audit.value.password.changed"),
          entry("reason.unknownUser", "audit.value.reason.unknownUser"),
          entry("reason.locked", "audit.value.reason.locked"),
          entry("reason.inactive", "audit.value.reason.inactive"),
          entry("reason.wrongPassword", "audit.value.reason.wrongPassword"));

  /** Internal numbers that mean nothing to an auditor (the object is named instead). */
  private static final Set<String> HIDDEN = Set.of("id");

  private final Messages messages;
  private final Names names;

  public AuditReading(Messages messages, Names names) {
    this.messages = messages;
    this.names = names;
  }

  public Readable read(AuditEvent event) {
    Optional<AuditEntity> entity = AuditEntity.byCode(event.entityType());
    String entityLabel = entity.map(e -> messages.get(e.labelKey())).orElse(event.entityType());
    return new Readable(
        event,
        messages.get(event.action().labelKey()),
        entityLabel,
        entity.map(e -> subject(e, event.entityId())).orElse(event.entityId()),
        changes(entity.orElse(null), event));
  }

  private String subject(AuditEntity entity, String id) {
    return switch (entity) {
      case ORGANIZATION,
          ORGANIZATION_DOCUMENT,
          ANNUAL_INSPECTION,
          CREDIT_FLAG,
          ORGANIZATION_STAFF,
          ORGANIZATION_TOWNS,
          ORGANIZATION_CONTACT ->
          number(id).map(names.organizations()::get).orElse(id);
      case USER -> number(id).map(names.users()::get).orElse(id.equals("-") ? "" : id);
      case SETTING ->
          Arrays.stream(Setting.values())
              .filter(s -> s.key().equals(id))
              .findFirst()
              .map(s -> messages.get(s.labelKey()))
              .orElse(id);
      case PROJECT -> number(id).map(names.projects()::get).orElse(id);
      case PLACE,
          RUBRIC,
          SERVICE_CATEGORY,
          BID,
          PANEL_MEMBER,
          SCORE,
          SCORE_QUERY,
          EXPERT,
          AWARD,
          CONTRACT,
          INDICATOR_TEMPLATE,
          PERIOD_REPORT,
          ACCEPTANCE,
          SERVICE_RECORDS,
          SPOT_CHECK,
          WARNING,
          MANDATORY_REPORT,
          PERFORMANCE_EVALUATION,
          RECTIFICATION ->
          id.equals("-") ? "" : id;
      case AUDIT_TRAIL -> "";
    };
  }

  private static Optional<Long> number(String id) {
    try {
      return Optional.of(Long.parseLong(id));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  private List<Change> changes(AuditEntity entity, AuditEvent event) {
    Map<String, Object> before = parse(event.before());
    Map<String, Object> after = parse(event.after());
    Set<String> fields =
        new TreeSet<>(Comparator.comparingInt(AuditReading::rank).thenComparing(f -> f));
    fields.addAll(before.keySet());
    fields.addAll(after.keySet());
    List<Change> changes = new ArrayList<>();
    for (String field : fields) {
      Object was = before.get(field);
      Object now = after.get(field);
      boolean unchanged = event.action() == AuditAction.UPDATE && Objects.equals(was, now);
      if (HIDDEN.contains(field) || unchanged) {
        continue;
      }
      String shownBefore = value(entity, field, was);
      String shownAfter = value(entity, field, now);
      if (!shownBefore.isEmpty() || !shownAfter.isEmpty()) { // an empty note says nothing
        changes.add(new Change(label(field), shownBefore, shownAfter));
      }
    }
    return changes;
  }

  /** Fields in the order a form shows them (name first), not the stored alphabetical one. */
  private static int rank(String field) {
    int rank = FIELD_ORDER.indexOf(field);
    return rank < 0 ? Integer.MAX_VALUE : rank;
  }

  private String label(String field) {
    String key = FIELDS.get(field);
    return key == null ? field : messages.get(key); // a field added later shows as stored
  }

  private String value(AuditEntity entity, String field, Object raw) {
    if (raw == null) {
      return "";
    }
    if (raw instanceof Boolean yes) {
      return messages.get(yes ? "common.yes" : "common.no");
    }
    if (raw instanceof List<?> items) {
      return items.stream()
          .map(item -> value(entity, field, item))
          .collect(Collectors.joining("、"));
    }
    String text = raw.toString();
    return enumLabel(entity, field)
        .map(label -> label.apply(text))
        .orElseGet(
            () -> {
              String key = VALUES.get(field + "." + text);
              return key == null ? text : messages.get(key);
            });
  }

  /** Values stored as enum names, named by the enum's own label in the user's language. */
  private Optional<Function<String, String>> enumLabel(AuditEntity entity, String field) {
    if (field.equals("roles")) {
      return Optional.of(v -> labelled(v, Role::valueOf, Role::labelKey));
    }
    if (entity == AuditEntity.ORGANIZATION_DOCUMENT && field.equals("type")) {
      return Optional.of(v -> labelled(v, DocumentType::valueOf, DocumentType::labelKey));
    }
    if (entity == AuditEntity.CREDIT_FLAG && field.equals("type")) {
      return Optional.of(v -> labelled(v, CreditFlagType::valueOf, CreditFlagType::labelKey));
    }
    if (entity == AuditEntity.ANNUAL_INSPECTION && field.equals("result")) {
      return Optional.of(v -> labelled(v, InspectionResult::valueOf, InspectionResult::labelKey));
    }
    return Optional.empty();
  }

  /** A name this version no longer knows is shown as stored, never dropped. */
  private <E> String labelled(String name, Function<String, E> parse, Function<E, String> key) {
    try {
      return messages.get(key.apply(parse.apply(name)));
    } catch (IllegalArgumentException e) {
      return name;
    }
  }

  /** The stored JSON (an object of scalars and arrays) as a map in the stored order. */
  static Map<String, Object> parse(String json) {
    Map<String, Object> values = new LinkedHashMap<>();
    if (json == null || json.isBlank()) {
      return values;
    }
    try (JsonParser parser = JSON.createParser(json)) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        return values;
      }
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String field = parser.getCurrentName();
        parser.nextToken();
        values.put(field, scalarOrArray(parser));
      }
      return values;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Object scalarOrArray(JsonParser parser) throws IOException {
    return switch (parser.currentToken()) {
      case START_ARRAY -> {
        List<Object> items = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
          items.add(scalarOrArray(parser));
        }
        yield items;
      }
      case VALUE_TRUE -> Boolean.TRUE;
      case VALUE_FALSE -> Boolean.FALSE;
      case VALUE_NULL -> null;
      default -> parser.getText();
    };
  }
}
