package org.careeval.cli;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.careeval.domain.CareEvalException;
import org.careeval.domain.system.DataDirectory;
import org.careeval.domain.user.UserAccount;
import org.careeval.service.CareEvalServices;
import org.careeval.service.i18n.Messages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code careeval init --admin NAME [--name DISPLAY]}: creates the data directory and its first
 * administrator. The password comes from {@code CAREEVAL_PASSWORD} or standard input; with {@code
 * --encrypt} the database file is encrypted with {@code CAREEVAL_DB_PASSWORD}.
 */
@Command(name = "init")
final class InitCommand implements DescribedCommand, Callable<Integer> {

  static final String DESCRIPTION_KEY = "cli.init.description";

  @Override
  public String descriptionKey() {
    return DESCRIPTION_KEY;
  }

  @ParentCommand private CareEvalCommand parent;
  @Spec private CommandSpec spec;
  @Mixin private HelpOption help;

  @Option(
      names = "--admin",
      paramLabel = "NAME",
      required = true,
      descriptionKey = "cli.option.admin")
  private String admin;

  @Option(names = "--name", paramLabel = "DISPLAY", descriptionKey = "cli.option.displayName")
  private String displayName;

  @Option(names = "--encrypt", descriptionKey = "cli.option.encrypt")
  private boolean encrypt;

  private final CliEnvironment environment;
  private final Messages messages;

  InitCommand(CliEnvironment environment, Messages messages) {
    this.environment = environment;
    this.messages = messages;
  }

  @Override
  public Integer call() {
    DataDirectory directory = parent.dataDirectory();
    if (encrypt && environment.exists(directory)) {
      throw new CareEvalException("error.database.encryptOnlyAtCreation", directory.databaseFile());
    }
    try (CareEvalServices services =
        encrypt
            ? environment.open(
                directory, Optional.of(Passwords.obtainDatabasePassword(environment, messages)))
            : Passwords.open(environment, messages, directory)) {
      char[] password = Passwords.obtain(environment, messages, admin);
      UserAccount created;
      try {
        created = services.users().createFirstAdmin(admin, displayName, password);
      } finally {
        Arrays.fill(password, '\0');
      }
      PrintWriter out = spec.commandLine().getOut();
      out.println(messages.get("cli.init.done", created.username(), parent.dataDirectory().root()));
      out.flush();
    }
    return Cli.EXIT_OK;
  }
}
