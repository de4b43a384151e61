package org.careeval.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.careeval.domain.system.SystemInfo;
import org.careeval.domain.system.TableRowCount;
import org.careeval.service.CareEvalServices;
import org.careeval.service.i18n.Messages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code careeval info}: data directory, database file, schema version and row counts.
 *
 * <p>TSV: one {@code name<TAB>value} line each for {@code data_directory}, {@code database_file},
 * {@code schema_version}, {@code created_at}, then {@code table.<name>} per table. JSON: one object
 * with the same facts.
 */
@Command(name = "info")
final class InfoCommand implements DescribedCommand, Callable<Integer> {

  static final String DESCRIPTION_KEY = "cli.info.description";

  @Override
  public String descriptionKey() {
    return DESCRIPTION_KEY;
  }

  @ParentCommand private CareEvalCommand parent;
  @Spec private CommandSpec spec;
  @Mixin private HelpOption help;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "text",
      descriptionKey = "cli.option.format")
  private OutputFormat format;

  private final CliEnvironment environment;
  private final Messages messages;

  InfoCommand(CliEnvironment environment, Messages messages) {
    this.environment = environment;
    this.messages = messages;
  }

  @Override
  public Integer call() throws IOException {
    SystemInfo info;
    try (CareEvalServices services =
        Passwords.open(environment, messages, parent.dataDirectory())) {
      info = services.system().installationInfo();
    }
    PrintWriter out = spec.commandLine().getOut();
    switch (format) {
      case TSV -> printTsv(info, out);
      case JSON -> printJson(info, out);
      case TEXT -> printText(info, out);
    }
    out.flush();
    return Cli.EXIT_OK;
  }

  private static String createdAt(SystemInfo info) {
    return info.createdAt().map(Object::toString).orElse("");
  }

  private static void printTsv(SystemInfo info, PrintWriter out) {
    Tsv.row(out, "data_directory", info.dataDirectory().toString());
    Tsv.row(out, "database_file", info.databaseFile().toString());
    Tsv.row(out, "schema_version", info.schemaVersion());
    Tsv.row(out, "created_at", createdAt(info));
    for (TableRowCount table : info.tables()) {
      Tsv.row(out, "table." + table.table(), Long.toString(table.rows()));
    }
  }

  private static void printJson(SystemInfo info, PrintWriter out) throws IOException {
    Json.object(
        out,
        json -> {
          json.writeStringField("dataDirectory", info.dataDirectory().toString());
          json.writeStringField("databaseFile", info.databaseFile().toString());
          json.writeStringField("schemaVersion", info.schemaVersion());
          json.writeStringField("createdAt", info.createdAt().map(Object::toString).orElse(null));
          json.writeObjectFieldStart("tables");
          for (TableRowCount table : info.tables()) {
            json.writeNumberField(table.table(), table.rows());
          }
          json.writeEndObject();
        });
  }

  private void printText(SystemInfo info, PrintWriter out) {
    out.println(
        messages.get(
            "common.labelValue", messages.get("system.info.dataDirectory"), info.dataDirectory()));
    out.println(
        messages.get(
            "common.labelValue", messages.get("system.info.databaseFile"), info.databaseFile()));
    out.println(
        messages.get(
            "common.labelValue", messages.get("system.info.schemaVersion"), info.schemaVersion()));
    out.println(
        messages.get("common.labelValue", messages.get("system.info.createdAt"), createdAt(info)));
    out.println(messages.get("common.labelValue", messages.get("system.tables.title"), ""));
    for (TableRowCount table : info.tables()) {
      out.println("  " + table.table() + "\t" + table.rows());
    }
  }
}
