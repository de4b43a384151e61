package org.careeval.ui.admin;

import java.time.ZoneId;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.careeval.domain.system.BackupFile;
import org.careeval.domain.system.CountyClock;
import org.careeval.domain.system.SystemInfo;
import org.careeval.domain.system.TableRowCount;
import org.careeval.domain.user.Session;
import org.careeval.service.SystemService;
import org.careeval.ui.common.ScreenTasks;
import org.careeval.ui.common.UiExecutor;

/** What the installation holds: data directory, schema version, row counts and backups. */
public final class SystemInfoViewModel {

  private record Snapshot(SystemInfo info, List<BackupFile> backups) {}

  private final SystemService service;
  private final Session session;
  private final ReadOnlyObjectWrapper<SystemInfo> info = new ReadOnlyObjectWrapper<>();
  private final ObservableList<TableRowCount> tables = FXCollections.observableArrayList();
  private final ObservableList<BackupFile> backups = FXCollections.observableArrayList();
  private final ScreenTasks tasks;
  private final CountyClock clock;

  public SystemInfoViewModel(
      SystemService service, Session session, UiExecutor executor, CountyClock clock) {
    this.service = service;
    this.session = session;
    this.tasks = new ScreenTasks(executor);
    this.clock = clock;
  }

  /** The county's zone, in which times are shown. */
  public ZoneId zone() {
    return clock.zone();
  }

  /** Reads the current figures in the background. */
  public void load() {
    tasks.clear();
    tasks.run(
        () -> new Snapshot(service.info(session), service.backups(session)),
        snapshot -> {
          info.set(snapshot.info());
          tables.setAll(snapshot.info().tables());
          backups.setAll(snapshot.backups());
        });
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

  public ScreenTasks tasks() {
    return tasks;
  }
}
