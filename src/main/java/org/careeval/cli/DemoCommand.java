package org.careeval.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.careeval.service.CareEvalServices;
import org.careeval.service.demo.DemoCountyService;
import org.careeval.service.i18n.Messages;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code careeval demo load}: the demo county into a new, empty data directory. */
@Command(name = "demo")
final class DemoCommand extends CommandGroup implements DescribedCommand {

  static final String DESCRIPTION_KEY = "cli.demo.description";

  @Override
  public String descriptionKey() {
    return DESCRIPTION_KEY;
  }

  /** Adds this group and its commands (see {@link CommandModule}). */
  static void addTo(CommandLine root, CliEnvironment environment, Messages messages) {
    CommandLine demo = new CommandLine(new DemoCommand());
    demo.addSubcommand(new DemoCommand.Load(environment, messages));
    root.addSubcommand(demo);
  }

  @Command(name = "load")
  static final class Load implements DescribedCommand, Callable<Integer> {
    static final String DESCRIPTION_KEY = "cli.demo.load.description";

    @Override
    public String descriptionKey() {
      return DESCRIPTION_KEY;
    }

    @ParentCommand private DemoCommand demo;
    @Spec private CommandSpec spec;
    @Mixin private HelpOption help;

    private final CliEnvironment environment;
    private final Messages messages;

    Load(CliEnvironment environment, Messages messages) {
      this.environment = environment;
      this.messages = messages;
    }

    @Override
    public Integer call() {
      int organizations;
      try (CareEvalServices services =
          Passwords.open(environment, messages, demo.parent.dataDirectory())) {
        organizations = services.demo().load(messages);
      }
      PrintWriter out = spec.commandLine().getOut();
      out.println(messages.get("demo.loaded", organizations, DemoCountyService.PASSWORD));
      out.flush();
      return Cli.EXIT_OK;
    }
  }
}
