package org.careeval.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.concurrent.Callable;
import org.careeval.domain.contract.Contract;
import org.careeval.domain.contract.Installment;
import org.careeval.service.contract.ContractService;
import org.careeval.service.i18n.Messages;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code careeval contract list|show|installments}: contracts and their installments (issue 14).
 */
@Command(name = "contract")
final class ContractCommand extends CommandGroup implements DescribedCommand {

  static final String DESCRIPTION_KEY = "cli.contract.description";
  private static final Messages CHINESE = Messages.of(Messages.CHINESE);

  @Override
  public String descriptionKey() {
    return DESCRIPTION_KEY;
  }

  static void addTo(CommandLine root, CliEnvironment environment, Messages messages) {
    CommandLine contract = new CommandLine(new ContractCommand());
    contract.addSubcommand(new ListContracts(environment, messages));
    contract.addSubcommand(new ShowContract(environment, messages));
    contract.addSubcommand(new Installments(environment, messages));
    root.addSubcommand(contract);
  }

  private static String money(BigDecimal amount) {
    return amount.setScale(2, RoundingMode.HALF_UP).toPlainString();
  }

  private static String date(java.util.Optional<java.time.LocalDate> date) {
    return date.map(Object::toString).orElse("");
  }

  /** The condition in words, as the window shows it. */
  static String condition(Installment i) {
    return CHINESE.get(i.describe().key(), i.describe().arguments().toArray());
  }

  /**
   * TSV columns: id, contract number, project, organization, amount, status (draft|signed|
   * withdrawn), term start, term end, paid — amounts with two decimals, dates ISO, empty when not
   * set.
   */
  @Command(name = "list")
  static final class ListContracts extends UserCommand
      implements DescribedCommand, Callable<Integer> {
    static final String DESCRIPTION_KEY = "cli.contract.list.description";

    @Override
    public String descriptionKey() {
      return DESCRIPTION_KEY;
    }

    @ParentCommand private ContractCommand contract;

    @Option(
        names = "--format",
        paramLabel = "FORMAT",
        defaultValue = "tsv",
        descriptionKey = "cli.option.format")
    private OutputFormat format;

    ListContracts(CliEnvironment environment, Messages messages) {
      super(environment, messages);
    }

    @Override
    public Integer call() throws IOException {
      List<ContractService.Detail> list =
          asUser(
              contract.parent.dataDirectory(),
              (services, session) -> services.contracts().list(session));
      PrintWriter out = spec.commandLine().getOut();
      if (format == OutputFormat.JSON) {
        Json.object(
            out,
            json -> {
              json.writeArrayFieldStart("contracts");
              for (ContractService.Detail d : list) {
                Contract c = d.contract();
                json.writeStartObject();
                json.writeNumberField("id", c.id());
                json.writeStringField("number", c.number());
                json.writeStringField("project", c.project());
                json.writeStringField("organization", c.organization());
                json.writeStringField("amount", money(c.amount()));
                json.writeStringField("status", c.status().code());
                json.writeStringField("termStart", date(c.termStart()));
                json.writeStringField("termEnd", date(c.termEnd()));
                json.writeStringField("paid", money(d.paid()));
                json.writeEndObject();
              }
              json.writeEndArray();
            });
      } else {
        for (ContractService.Detail d : list) {
          Contract c = d.contract();
          Tsv.row(
              out,
              Long.toString(c.id()),
              c.number(),
              c.project(),
              c.organization(),
              money(c.amount()),
              c.status().code(),
              date(c.termStart()),
              date(c.termEnd()),
              money(d.paid()));
        }
      }
      out.flush();
      return Cli.EXIT_OK;
    }
  }

  /** {@code 字段<TAB>值} lines: the contract, then one line per installment. */
  @Command(name = "show")
  static final class ShowContract extends UserCommand
      implements DescribedCommand, Callable<Integer> {
    static final String DESCRIPTION_KEY = "cli.contract.show.description";

    @Override
    public String descriptionKey() {
      return DESCRIPTION_KEY;
    }

    @ParentCommand private ContractCommand contract;

    @Parameters(index = "0", paramLabel = "ID", descriptionKey = "cli.parameter.contractId")
    private long id;

    ShowContract(CliEnvironment environment, Messages messages) {
      super(environment, messages);
    }

    @Override
    public Integer call() {
      ContractService.Detail d =
          asUser(
              contract.parent.dataDirectory(),
              (services, session) -> services.contracts().get(session, id));
      Contract c = d.contract();
      PrintWriter out = spec.commandLine().getOut();
      Tsv.row(out, "编号", Long.toString(c.id()));
      Tsv.row(out, "合同编号", c.number());
      Tsv.row(out, "项目", c.project());
      Tsv.row(out, "承接组织", c.organization());
      Tsv.row(out, "合同金额", money(c.amount()));
      Tsv.row(out, "状态", CHINESE.get(c.status().labelKey()));
      Tsv.row(out, "签订日期", date(c.signedOn()));
      Tsv.row(out, "服务期限", date(c.termStart()) + "~" + date(c.termEnd()));
      Tsv.row(out, "跨年度理由", c.multiYearReason());
      Tsv.row(out, "服务内容", c.serviceContent());
      Tsv.row(out, "已支付", money(d.paid()));
      for (ContractService.Row r : d.installments()) {
        Tsv.row(
            out,
            "第" + r.installment().seq() + "期",
            money(r.installment().amount()),
            condition(r.installment()),
            CHINESE.get(r.state().kind().labelKey()),
            CHINESE.get(r.state().reason().key(), r.state().reason().arguments().toArray()));
      }
      out.flush();
      return Cli.EXIT_OK;
    }
  }

  /**
   * TSV columns: installment number, amount (two decimals), condition in words, state (blocked |
   * releasable | paid), the reason in Chinese.
   */
  @Command(name = "installments")
  static final class Installments extends UserCommand
      implements DescribedCommand, Callable<Integer> {
    static final String DESCRIPTION_KEY = "cli.contract.installments.description";

    @Override
    public String descriptionKey() {
      return DESCRIPTION_KEY;
    }

    @ParentCommand private ContractCommand contract;

    @Option(
        names = "--contract",
        required = true,
        paramLabel = "ID",
        descriptionKey = "cli.parameter.contractId")
    private long id;

    @Option(
        names = "--format",
        paramLabel = "FORMAT",
        defaultValue = "tsv",
        descriptionKey = "cli.option.format")
    private OutputFormat format;

    Installments(CliEnvironment environment, Messages messages) {
      super(environment, messages);
    }

    @Override
    public Integer call() throws IOException {
      ContractService.Detail d =
          asUser(
              contract.parent.dataDirectory(),
              (services, session) -> services.contracts().get(session, id));
      PrintWriter out = spec.commandLine().getOut();
      if (format == OutputFormat.JSON) {
        Json.object(
            out,
            json -> {
              json.writeArrayFieldStart("installments");
              for (ContractService.Row r : d.installments()) {
                json.writeStartObject();
                json.writeNumberField("seq", r.installment().seq());
                json.writeStringField("amount", money(r.installment().amount()));
                json.writeStringField("condition", condition(r.installment()));
                json.writeStringField("state", r.state().kind().code());
                json.writeStringField("reason", reason(r));
                json.writeEndObject();
              }
              json.writeEndArray();
            });
      } else {
        for (ContractService.Row r : d.installments()) {
          Tsv.row(
              out,
              Integer.toString(r.installment().seq()),
              money(r.installment().amount()),
              condition(r.installment()),
              r.state().kind().code(),
              reason(r));
        }
      }
      out.flush();
      return Cli.EXIT_OK;
    }

    private static String reason(ContractService.Row r) {
      return CHINESE.get(r.state().reason().key(), r.state().reason().arguments().toArray());
    }
  }
}
