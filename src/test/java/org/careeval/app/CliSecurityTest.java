package org.careeval.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.Map;
import java.util.Optional;
import org.careeval.cli.Cli;
import org.careeval.domain.system.DataDirectory;
import org.careeval.persistence.Database;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** init, --user and audit verify as county scripts use them. */
class CliSecurityTest {

  @TempDir Path temp;

  private record Result(int exitCode, String out, String err) {}

  private Result run(Map<String, String> env, Optional<String> stdin, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code =
        Cli.run(
            args, new TestCliEnvironment(env, stdin), new PrintWriter(out), new PrintWriter(err));
    return new Result(code, out.toString(), err.toString());
  }

  private String dir() {
    return temp.resolve("data").toString();
  }

  private Result init() {
    return run(
        Map.of("CAREEVAL_PASSWORD", "admin-pass-1"),
        Optional.empty(),
        "--data-dir",
        dir(),
        "init",
        "--admin",
        "admin",
        "--name",
        "王管理");
  }

  @Test
  void initCreatesTheFirstAdministratorOnce() {
    Result first = init();
    assertThat(first.exitCode()).isZero();
    assertThat(first.out()).contains("已在", "创建系统管理员 admin");
    Result again = init();
    assertThat(again.exitCode()).isEqualTo(1);
    assertThat(again.err()).contains("系统已经有管理员");
  }

  @Test
  void initReadsThePasswordFromStandardInput() {
    Result result =
        run(Map.of(), Optional.of("from-stdin-1"), "--data-dir", dir(), "init", "--admin", "boss");
    assertThat(result.exitCode()).isZero();
    Result verify =
        run(
            Map.of(),
            Optional.of("from-stdin-1"),
            "--data-dir",
            dir(),
            "audit",
            "verify",
            "--user",
            "boss");
    assertThat(verify.exitCode()).isZero();
  }

  @Test
  void initRejectsAShortPasswordAndABadName() {
    Result shortPassword =
        run(
            Map.of("CAREEVAL_PASSWORD", "short"),
            Optional.empty(),
            "--data-dir",
            dir(),
            "init",
            "--admin",
            "admin");
    assertThat(shortPassword.exitCode()).isEqualTo(1);
    assertThat(shortPassword.err()).contains("密码至少需要 8 个字符");
    Result badName =
        run(
            Map.of("CAREEVAL_PASSWORD", "long-enough-1"),
            Optional.empty(),
            "--data-dir",
            dir(),
            "init",
            "--admin",
            "x'; drop table user_account;--");
    assertThat(badName.exitCode()).isEqualTo(1);
    assertThat(badName.err()).contains("用户名需为");
  }

  @Test
  void missingPasswordIsExplained() {
    Result result =
        run(Map.of(), Optional.empty(), "--data-dir", dir(), "init", "--admin", "admin");
    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.err()).contains("CAREEVAL_PASSWORD");
  }

  @Test
  void auditVerifyReportsAnIntactTrailAsTsv() {
    init();
    Result result =
        run(
            Map.of("CAREEVAL_PASSWORD", "admin-pass-1"),
            Optional.empty(),
            "--data-dir",
            dir(),
            "audit",
            "verify",
            "--user",
            "admin",
            "--format",
            "tsv");
    assertThat(result.exitCode()).isZero();
    String[] columns = result.out().strip().split("\t");
    assertThat(columns[0]).isEqualTo("intact");
    assertThat(columns[1]).isEqualTo("2"); // the admin's creation and this sign-in
    assertThat(columns[2]).hasSize(64);
  }

  @Test
  void auditVerifyNamesTheFirstBrokenEventAndExitsOne() throws Exception {
    init();
    DataDirectory directory = new DataDirectory(Path.of(dir()));
    try (var connection =
            DriverManager.getConnection("jdbc:h2:file:" + directory.databaseBase(), "sa", "");
        var statement = connection.createStatement()) {
      statement.executeUpdate("UPDATE audit_event SET after_value = '{}' WHERE id = 1");
    }
    Result result =
        run(
            Map.of("CAREEVAL_PASSWORD", "admin-pass-1"),
            Optional.empty(),
            "--data-dir",
            dir(),
            "audit",
            "verify",
            "--user",
            "admin");
    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.out()).contains("从第 1 条记录起校验失败", "记录内容被改动过");
  }

  @Test
  void wrongPasswordAndMissingPermissionAreRejected() {
    init();
    Result wrong =
        run(
            Map.of("CAREEVAL_PASSWORD", "wrong-password"),
            Optional.empty(),
            "--data-dir",
            dir(),
            "audit",
            "verify",
            "--user",
            "admin");
    assertThat(wrong.exitCode()).isEqualTo(1);
    assertThat(wrong.err()).contains("用户名或密码不正确");
    try (AppContext context = TestContexts.open(Path.of(dir()), java.time.Clock.systemUTC())) {
      var admin = context.authentication().signIn("admin", "admin-pass-1".toCharArray()).session();
      context
          .users()
          .create(
              admin,
              "officer",
              "",
              java.util.Set.of(org.careeval.domain.user.Role.OFFICER),
              "officer-pass-0".toCharArray());
    }
    Result mustChange =
        run(
            Map.of("CAREEVAL_PASSWORD", "officer-pass-0"),
            Optional.empty(),
            "--data-dir",
            dir(),
            "org",
            "list",
            "--user",
            "officer");
    assertThat(mustChange.exitCode()).isEqualTo(1);
    assertThat(mustChange.err()).contains("请先修改初始密码");
    try (AppContext context = TestContexts.open(Path.of(dir()), java.time.Clock.systemUTC())) {
      var initial =
          context.authentication().signIn("officer", "officer-pass-0".toCharArray()).session();
      context
          .users()
          .changeOwnPassword(
              initial, "officer-pass-0".toCharArray(), "officer-pass-1".toCharArray());
    }
    Result denied =
        run(
            Map.of("CAREEVAL_PASSWORD", "officer-pass-1"),
            Optional.empty(),
            "--data-dir",
            dir(),
            "audit",
            "verify",
            "--user",
            "officer");
    assertThat(denied.exitCode()).isEqualTo(1);
    assertThat(denied.err()).contains("您没有“校验操作日志”的权限");
  }

  @Test
  void auditWithoutAnActionOrUserIsAUsageError() {
    assertThat(run(Map.of(), Optional.empty(), "--data-dir", dir(), "audit").exitCode())
        .isEqualTo(2);
    Result noUser = run(Map.of(), Optional.empty(), "--data-dir", dir(), "audit", "verify");
    assertThat(noUser.exitCode()).isEqualTo(2);
    assertThat(noUser.err()).contains("--user");
  }

  @Test
  void encryptedDataDirectoryNeedsItsPasswordForEveryCommand() {
    Map<String, String> env =
        Map.of("CAREEVAL_PASSWORD", "admin-pass-1", "CAREEVAL_DB_PASSWORD", "file-secret-1");
    Result init =
        run(env, Optional.empty(), "--data-dir", dir(), "init", "--admin", "admin", "--encrypt");
    assertThat(init.exitCode()).isZero();
    assertThat(Database.isEncrypted(new DataDirectory(Path.of(dir())))).isTrue();

    Result noPassword =
        run(
            Map.of("CAREEVAL_PASSWORD", "admin-pass-1"),
            Optional.empty(),
            "--data-dir",
            dir(),
            "info");
    assertThat(noPassword.exitCode()).isEqualTo(1);
    assertThat(noPassword.err()).contains("CAREEVAL_DB_PASSWORD");
    Result wrong =
        run(
            Map.of("CAREEVAL_DB_PASSWORD", "not-it"),
            Optional.empty(),
            "--data-dir",
            dir(),
            "info");
    assertThat(wrong.exitCode()).isEqualTo(1);
    assertThat(wrong.err()).contains("数据库密码不正确");
    Result verify =
        run(env, Optional.empty(), "--data-dir", dir(), "audit", "verify", "--user", "admin");
    assertThat(verify.exitCode()).isZero();
    Result again =
        run(env, Optional.empty(), "--data-dir", dir(), "init", "--admin", "x2", "--encrypt");
    assertThat(again.exitCode()).isEqualTo(1);
    assertThat(again.err()).contains("只能在建立新的数据目录时选择加密");
  }

  @Test
  void settingsCanBeListedAndChangedByAnAdministrator() {
    init();
    Map<String, String> env = Map.of("CAREEVAL_PASSWORD", "admin-pass-1");
    Result set =
        run(
            env,
            Optional.empty(),
            "--data-dir",
            dir(),
            "setting",
            "set",
            "security.idleLockMinutes",
            "30",
            "--user",
            "admin");
    assertThat(set.exitCode()).isZero();
    Result list =
        run(env, Optional.empty(), "--data-dir", dir(), "setting", "list", "--user", "admin");
    assertThat(list.exitCode()).isZero();
    assertThat(list.out().lines()).contains("security.idleLockMinutes\t30\t10\t1\t480");
    Result unknown =
        run(
            env,
            Optional.empty(),
            "--data-dir",
            dir(),
            "setting",
            "set",
            "no.such",
            "1",
            "--user",
            "admin");
    assertThat(unknown.exitCode()).isEqualTo(1);
    assertThat(unknown.err()).contains("没有名为 no.such 的设置");
    Result outOfRange =
        run(
            env,
            Optional.empty(),
            "--data-dir",
            dir(),
            "setting",
            "set",
            "security.idleLockMinutes",
            "0",
            "--user",
            "admin");
    assertThat(outOfRange.exitCode()).isEqualTo(1);
    assertThat(outOfRange.err()).contains("必须是 1 到 480 之间的整数");
  }
}
