package org.careeval.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.careeval.cli.Cli;
import org.careeval.domain.system.DataDirectory;
import org.careeval.persistence.Database;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line as county scripts use it: output formats, exit codes, errors on stderr. */
class CliTest {

  @TempDir Path temp;

  private record Result(int exitCode, String out, String err) {}

  private Result run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Cli.run(args, new Launcher(), new PrintWriter(out), new PrintWriter(err));
    return new Result(code, out.toString(), err.toString());
  }

  private String dataDir() {
    return temp.resolve("data").toString();
  }

  @Test
  void helpIsChineseByDefaultAndListsCommands() {
    Result result = run("--data-dir", dataDir(), "--help");
    assertThat(result.exitCode()).isZero();
    assertThat(result.out()).contains("用法：", "info", "--data-dir", "显示帮助后退出");
  }

  @Test
  void helpFollowsTheLanguageChosenInTheWindow() throws IOException {
    Files.createDirectories(temp.resolve("data"));
    Files.writeString(temp.resolve("data/preferences.properties"), "ui.language=en\n");
    Result result = run("--data-dir", dataDir(), "info", "--help");
    assertThat(result.out()).contains("Usage:", "Output format");
  }

  @Test
  void versionNamesTheApplicationAndItsLibraries() {
    Result result = run("--version");
    assertThat(result.exitCode()).isZero();
    assertThat(result.out()).contains("CareEval", "H2 2.4.240", "jOOQ 3.19", "JavaFX 21");
  }

  @Test
  void infoAsTsvListsDirectoryVersionAndTableCounts() {
    Result result = run("--data-dir", dataDir(), "info", "--format", "tsv");
    assertThat(result.exitCode()).isZero();
    assertThat(result.err()).isEmpty();
    Map<String, String> rows = new HashMap<>();
    for (String line : result.out().split("\\R")) {
      String[] columns = line.split("\t", -1);
      assertThat(columns).hasSize(2);
      rows.put(columns[0], columns[1]);
    }
    DataDirectory directory = new DataDirectory(Path.of(dataDir()));
    assertThat(rows)
        .containsEntry("data_directory", directory.root().toString())
        .containsEntry("database_file", directory.databaseFile().toString())
        .containsEntry("schema_version", Database.latestSchemaVersion())
        .containsEntry("table.app_setting", "1")
        .containsEntry("table.audit_event", "0")
        .containsKey("created_at");
  }

  @Test
  void infoAsJsonIsOneValidObject() throws IOException {
    Result result = run("--data-dir", dataDir(), "info", "--format", "JSON");
    assertThat(result.exitCode()).isZero();
    Map<String, String> fields = new HashMap<>();
    try (JsonParser json = new JsonFactory().createParser(result.out())) {
      assertThat(json.nextToken()).isEqualTo(JsonToken.START_OBJECT);
      JsonToken token;
      while ((token = json.nextToken()) != null) {
        if (token.isScalarValue()) {
          fields.put(json.currentName(), json.getText());
        }
      }
    }
    assertThat(fields)
        .containsEntry("schemaVersion", Database.latestSchemaVersion())
        .containsEntry("app_setting", "1");
  }

  @Test
  void unknownOptionIsAUsageErrorOnStderr() {
    Result result = run("--data-dir", dataDir(), "--bogus");
    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.out()).isEmpty();
    assertThat(result.err()).contains("无法识别的参数：--bogus", "careeval --help");
  }

  @Test
  void unknownFormatIsAUsageError() {
    Result result = run("--data-dir", dataDir(), "info", "--format", "xml");
    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("命令行有误", "careeval info --help");
  }

  @Test
  void dataDirectoryInUseIsRejectedWithAClearMessage() {
    try (AppContext open =
        AppContext.open(new DataDirectory(Path.of(dataDir())), java.util.Optional.empty())) {
      Result result = run("--data-dir", dataDir(), "info");
      assertThat(result.exitCode()).isEqualTo(1);
      assertThat(result.err()).contains("已被另一个 CareEval 程序打开").doesNotContain("Exception");
      assertThat(open.system().installationInfo().schemaVersion())
          .isEqualTo(Database.latestSchemaVersion());
    }
  }

  @Test
  void environmentVariableIsHonouredWhenNoOptionIsGiven() {
    // the option wins; CAREEVAL_HOME itself is covered by DataDirectoryTest
    Result result = run("--data-dir=" + dataDir(), "info", "--format=tsv");
    assertThat(result.exitCode()).isZero();
    assertThat(result.out()).contains(Path.of(dataDir()).toAbsolutePath().toString());
  }

  @Test
  void usccPrintsOneLinePerArgumentInOrderAndExitsZeroWhenAllAreValid() {
    Result result = run("uscc", " 53100000500021676k ", "51310110501144395U", "91310110666007217T");
    assertThat(result.exitCode()).isZero();
    assertThat(result.out().lines().toList())
        .containsExactly(
            " 53100000500021676k \tvalid\t基金会",
            "51310110501144395U\tvalid\t社会团体",
            "91310110666007217T\tvalid\t企业");
  }

  @Test
  void usccExitsOneWhenAnyIsInvalidAndSaysWhy() {
    Result result = run("uscc", "52411525MJ00125370", "53100000500020462H", "5311000050002167K");
    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.out().lines().toList())
        .containsExactly(
            "52411525MJ00125370\tvalid\t民办非企业单位（社会服务机构）",
            "53100000500020462H\tinvalid\t校验码（第 18 位）应为 K，实际为 H",
            "5311000050002167K\tinvalid\t长度应为 18 位，实际 17 位");
  }

  @Test
  void usccNeedsNoDatabaseAndAtLeastOneCode() {
    Result result = run("--data-dir", dataDir(), "uscc", "91350203M0001QAY9B");
    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(temp.resolve("data/careeval.mv.db")).doesNotExist();
    assertThat(run("uscc").exitCode()).isEqualTo(2);
  }
}
