package org.careeval.cli;

import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Callable;
import org.careeval.domain.CareEvalException;
import org.careeval.domain.system.Setting;
import org.careeval.service.i18n.Messages;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code careeval setting list --user NAME} prints {@code
 * key<TAB>value<TAB>default<TAB>min<TAB>max} per setting; {@code careeval setting set KEY VALUE
 * --user NAME} changes one (administrators).
 */
@Command(name = "setting")
final class SettingCommand extends CommandGroup implements DescribedCommand {

  static final String DESCRIPTION_KEY = "cli.setting.description";

  @Override
  public String descriptionKey() {
    return DESCRIPTION_KEY;
  }

  /** Adds this group and its commands (see {@link CommandModule}). */
  static void addTo(CommandLine root, CliEnvironment environment, Messages messages) {
    CommandLine setting = new CommandLine(new SettingCommand());
    setting.addSubcommand(new SettingCommand.ListSettings(environment, messages));
    setting.addSubcommand(new SettingCommand.SetSetting(environment, messages));
    root.addSubcommand(setting);
  }

  @Command(name = "list")
  static final class ListSettings extends UserCommand
      implements DescribedCommand, Callable<Integer> {
    static final String DESCRIPTION_KEY = "cli.setting.list.description";

    @Override
    public String descriptionKey() {
      return DESCRIPTION_KEY;
    }

    @ParentCommand private SettingCommand setting;

    ListSettings(CliEnvironment environment, Messages messages) {
      super(environment, messages);
    }

    @Override
    public Integer call() {
      Map<Setting, String> values =
          asUser(
              setting.parent.dataDirectory(),
              (services, session) -> services.settings().all(session));
      PrintWriter out = spec.commandLine().getOut();
      values.forEach(
          (s, value) ->
              Tsv.row(
                  out,
                  s.key(),
                  value,
                  s.defaultValue(),
                  s.numeric() ? Integer.toString(s.minimum()) : "",
                  s.numeric() ? Integer.toString(s.maximum()) : ""));
      out.flush();
      return Cli.EXIT_OK;
    }
  }

  @Command(name = "set")
  static final class SetSetting extends UserCommand implements DescribedCommand, Callable<Integer> {
    static final String DESCRIPTION_KEY = "cli.setting.set.description";

    @Override
    public String descriptionKey() {
      return DESCRIPTION_KEY;
    }

    @ParentCommand private SettingCommand setting;

    @Parameters(index = "0", paramLabel = "KEY", descriptionKey = "cli.parameter.settingKey")
    private String key;

    @Parameters(index = "1", paramLabel = "VALUE", descriptionKey = "cli.parameter.settingValue")
    private String value;

    SetSetting(CliEnvironment environment, Messages messages) {
      super(environment, messages);
    }

    @Override
    public Integer call() {
      Setting target =
          Setting.byKey(key).orElseThrow(() -> new CareEvalException("error.setting.unknown", key));
      asUser(
          setting.parent.dataDirectory(),
          (services, session) -> {
            services.settings().update(session, target, value);
            return null;
          });
      return Cli.EXIT_OK;
    }
  }
}
