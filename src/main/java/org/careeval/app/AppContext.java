package org.careeval.app;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.careeval.domain.system.ComponentVersion;
import org.careeval.domain.system.DataDirectory;
import org.careeval.persistence.Database;
import org.careeval.persistence.SystemRepository;
import org.careeval.service.CareEvalServices;
import org.careeval.service.SystemService;

/**
 * The composition root: builds the database, repositories and services of one data directory with
 * plain constructors. The window and the CLI both get their services from here.
 */
public final class AppContext implements CareEvalServices {

  private final Database database;
  private final SystemService systemService;

  private AppContext(Database database) {
    this.database = database;
    this.systemService = new SystemService(database, new SystemRepository());
  }

  /**
   * Opens (creating and migrating if needed) the data directory. Blocks; never on the FX thread.
   */
  public static AppContext open(DataDirectory directory) {
    AppContext context = new AppContext(Database.open(directory));
    try {
      context.systemService.recordCreation(OffsetDateTime.now());
    } catch (RuntimeException e) {
      context.close();
      throw e;
    }
    return context;
  }

  /** Versions of the application and its main libraries; needs no open database. */
  public static List<ComponentVersion> componentVersions() {
    List<ComponentVersion> versions = new ArrayList<>();
    versions.add(new ComponentVersion("CareEval", AppVersion.current()));
    versions.add(new ComponentVersion("Java", System.getProperty("java.runtime.version")));
    versions.add(new ComponentVersion("JavaFX", AppVersion.javafx()));
    versions.addAll(SystemRepository.componentVersions());
    return versions;
  }

  @Override
  public SystemService system() {
    return systemService;
  }

  @Override
  public void close() {
    database.close();
  }
}
