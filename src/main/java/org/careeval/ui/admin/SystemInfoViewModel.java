package org.careeval.ui.admin;

import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.careeval.domain.CareEvalException;
import org.careeval.domain.system.BackupFile;
import org.careeval.domain.system.SystemInfo;
import org.careeval.domain.system.TableRowCount;
import org.careeval.domain.user.Session;
import org.careeval.service.SystemService;
import org.careeval.ui.common.BackgroundTask;
import org.careeval.ui.common.Message;
import org.careeval.ui.common.UiExecutor;

/** What the installation holds: data directory, schema version, row counts and backups. */
public final class SystemInfoViewModel {

  private record Snapshot(SystemInfo info, List<BackupFile> backups) {}

  private final SystemService service;
  private final Session session;
  private final UiExecutor executor;
  private final ReadOnlyObjectWrapper<SystemInfo> info = new ReadOnlyObjectWrapper<>();
  private final ObservableList<TableRowCount> tables = FXCollections.observableArrayList();
  private final ObservableList<BackupFile> backups = FXCollections.observableArrayList();
  private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
  private final ReadOnlyObjectWrapper<Message> problem = new ReadOnlyObjectWrapper<>();

  public SystemInfoViewModel(SystemService service, Session session, UiExecutor executor) {
    this.service = service;
    this.session = session;
    this.executor = executor;
  }

  /** Reads the current figures in the background. */
  public void load() {
    busy.set(true);
    problem.set(null);
    BackgroundTask.of(() -> new Snapshot(service.info(session), service.backups(session)))
        .onSuccess(
            snapshot -> {
              info.set(snapshot.info());
              tables.setAll(snapshot.info().tables());
              backups.setAll(snapshot.backups());
            })
        .onError(CareEvalException.class, e -> problem.set(Message.of(e)))
        .onError(
            RuntimeException.class, e -> problem.set(Message.of("error.unexpected", e.toString())))
        .onFinally(() -> busy.set(false))
        .runOn(executor);
  }

  public ReadOnlyObjectProperty<SystemInfo> infoProperty() {
    return info.getReadOnlyProperty();
  }

  public ObservableList<TableRowCount> tables() {
    return FXCollections.unmodifiableObservableList(tables);
  }

  public ObservableList<BackupFile> backups() {
    return FXCollections.unmodifiableObservableList(backups);
  }

  public ReadOnlyBooleanProperty busyProperty() {
    return busy.getReadOnlyProperty();
  }

  public ReadOnlyObjectProperty<Message> problemProperty() {
    return problem.getReadOnlyProperty();
  }
}
