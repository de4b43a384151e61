package org.careeval.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.careeval.service.CareEvalServices;
import org.careeval.service.demo.DemoCountyService;
import org.careeval.service.i18n.Messages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code careeval demo load}: the demo county into a new, empty data directory. */
@Command(name = "demo")
final class DemoCommand extends CommandGroup {

  static final String DESCRIPTION_KEY = "cli.demo.description";

  @Command(name = "load")
  static final class Load implements Callable<Integer> {
    static final String DESCRIPTION_KEY = "cli.demo.load.description";

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
