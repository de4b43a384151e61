package org.careeval.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.careeval.domain.organization.Uscc;
import org.careeval.service.i18n.Messages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code careeval uscc CODE...}: checks codes without a database. One line per argument, in order:
 * {@code <input as given>\t<valid|invalid>\t<type name or reason>}; exit 0 if all are valid, 1 if
 * any is invalid. Inputs are normalized first (trim, full-width, upper case).
 */
@Command(name = "uscc")
final class UsccCommand implements DescribedCommand, Callable<Integer> {

  static final String DESCRIPTION_KEY = "cli.uscc.description";

  @Override
  public String descriptionKey() {
    return DESCRIPTION_KEY;
  }

  @Spec private CommandSpec spec;
  @Mixin private HelpOption help;

  @Parameters(arity = "1..*", paramLabel = "CODE", descriptionKey = "cli.parameter.uscc")
  private List<String> codes;

  private final Messages messages;

  UsccCommand(Messages messages) {
    this.messages = messages;
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    boolean allValid = true;
    for (String input : codes) {
      Uscc.Check check = Uscc.check(input);
      allValid &= check.valid();
      Tsv.row(out, input, check.valid() ? "valid" : "invalid", describe(check));
    }
    out.flush();
    return allValid ? Cli.EXIT_OK : Cli.EXIT_REJECTED;
  }

  private String describe(Uscc.Check check) {
    if (check.rejection().isPresent()) {
      Uscc.Rejection rejection = check.rejection().get();
      return messages.get(rejection.messageKey(), rejection.arguments().toArray());
    }
    return check
        .category()
        .map(category -> messages.get(category.labelKey()))
        .orElseGet(() -> messages.get("uscc.category.unknown", check.normalized().substring(0, 2)));
  }
}
