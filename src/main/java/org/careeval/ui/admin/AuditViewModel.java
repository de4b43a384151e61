package org.careeval.ui.admin;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.careeval.domain.LocalizedText;
import org.careeval.domain.audit.AuditAction;
import org.careeval.domain.audit.AuditFilter;
import org.careeval.domain.system.CountyClock;
import org.careeval.domain.user.Permission;
import org.careeval.domain.user.Session;
import org.careeval.service.audit.AuditReading;
import org.careeval.service.audit.AuditService;
import org.careeval.service.i18n.Messages;
import org.careeval.ui.common.DialogService;
import org.careeval.ui.common.ExportTarget;
import org.careeval.ui.common.Message;
import org.careeval.ui.common.ScreenTasks;
import org.careeval.ui.common.UiExecutor;

/** The audit viewer: filter by user, entity, action and dates; verify the hash chain. */
public final class AuditViewModel {

  private record Page(
      List<AuditReading.Readable> events, List<String> actors, List<String> entityTypes) {}

  private final AuditService audit;
  private final Session session;
  private final DialogService dialogs;
  private final Messages messages;
  private final CountyClock clock;
  private final ObjectProperty<String> actor = new SimpleObjectProperty<>();
  private final ObjectProperty<String> entityType = new SimpleObjectProperty<>();
  private final ObjectProperty<AuditAction> action = new SimpleObjectProperty<>();
  private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
  private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
  private final ObservableList<AuditReading.Readable> events = FXCollections.observableArrayList();
  private final ObservableList<String> actors = FXCollections.observableArrayList();
  private final ObservableList<String> entityTypes = FXCollections.observableArrayList();
  private final ScreenTasks tasks;

  public AuditViewModel(
      AuditService audit,
      Session session,
      UiExecutor executor,
      DialogService dialogs,
      Messages messages,
      CountyClock clock) {
    this.audit = audit;
    this.session = session;
    this.tasks = new ScreenTasks(executor);
    this.dialogs = dialogs;
    this.messages = messages;
    this.clock = clock;
  }

  /** The county's zone, in which times are shown. */
  public ZoneId zone() {
    return clock.zone();
  }

  public boolean canExport() {
    return session.can(Permission.AUDIT_EXPORT);
  }

  /**
   * Exports every event matching the filter to Excel, after saying that the file may contain
   * personal data and asking where to save it.
   */
  public void export() {
    Optional<Path> target =
        ExportTarget.ask(
            dialogs,
            messages,
            "audit.export.title",
            "audit.export.personalData",
            "audit.export.fileName",
            clock.today());
    if (target.isEmpty()) {
      return;
    }
    AuditFilter filter = filter();
    tasks.run(
        () -> audit.export(session, filter, target.get(), messages, clock.zone()),
        count -> tasks.succeed(Message.of("audit.export.done", count, target.get())));
  }

  /** Reads the events matching the filter, and the choices for the filter lists. */
  public void search() {
    AuditFilter filter = filter();
    tasks.run(
        () ->
            new Page(
                audit.read(session, filter, messages),
                audit.actors(session),
                audit.entityTypes(session)),
        page -> {
          events.setAll(page.events());
          actors.setAll(page.actors());
          entityTypes.setAll(page.entityTypes());
          tasks.succeed(
              page.events().size() >= AuditService.VIEWER_LIMIT
                  ? Message.of("audit.list.limited", AuditService.VIEWER_LIMIT)
                  : Message.of("audit.list.count", page.events().size()));
        });
  }

  public void clearFilter() {
    actor.set(null);
    entityType.set(null);
    action.set(null);
    from.set(null);
    to.set(null);
    search();
  }

  AuditFilter filter() {
    return new AuditFilter(
        Optional.ofNullable(actor.get()),
        Optional.ofNullable(entityType.get()),
        Optional.ofNullable(action.get()),
        Optional.ofNullable(from.get()).map(d -> d.atStartOfDay(clock.zone()).toInstant()),
        Optional.ofNullable(to.get())
            .map(d -> d.plusDays(1).atStartOfDay(clock.zone()).toInstant()));
  }

  public boolean canVerify() {
    return session.can(Permission.AUDIT_VERIFY);
  }

  /** Recomputes the whole chain and reports the first broken event, if any. */
  public void verify() {
    tasks.run(
        () -> audit.verify(session),
        report -> {
          var result = report.verification();
          if (result.intact()) {
            tasks.succeed(Message.of("audit.verify.intact", result.checked(), report.head()));
          } else {
            tasks.fail(
                Message.of(
                    "audit.verify.broken",
                    result.brokenEventId().orElseThrow(),
                    new LocalizedText(result.reason().orElseThrow().labelKey())));
          }
        });
  }

  public ObjectProperty<String> actorProperty() {
    return actor;
  }

  public ObjectProperty<String> entityTypeProperty() {
    return entityType;
  }

  public ObjectProperty<AuditAction> actionProperty() {
    return action;
  }

  public ObjectProperty<LocalDate> fromProperty() {
    return from;
  }

  public ObjectProperty<LocalDate> toProperty() {
    return to;
  }

  /** Shows one event in full: its object and each changed field before and after, side by side. */
  public void showDetails(AuditReading.Readable event) {
    List<List<String>> rows =
        event.changes().stream().map(c -> List.of(c.field(), c.before(), c.after())).toList();
    dialogs.showTable(
        messages.get("audit.detail.title", event.event().id()),
        messages.get(
            "audit.detail.header",
            event.event().actor(),
            event.action(),
            event.entity(),
            event.subject()),
        List.of(
            messages.get("audit.column.field"),
            messages.get("audit.column.before"),
            messages.get("audit.column.after")),
        rows.isEmpty() ? List.of(List.of(messages.get("audit.detail.none"), "", "")) : rows);
  }

  public ObservableList<AuditReading.Readable> events() {
    return FXCollections.unmodifiableObservableList(events);
  }

  public ObservableList<String> actors() {
    return FXCollections.unmodifiableObservableList(actors);
  }

  public ObservableList<String> entityTypes() {
    return FXCollections.unmodifiableObservableList(entityTypes);
  }

  public ScreenTasks tasks() {
    return tasks;
  }
}
