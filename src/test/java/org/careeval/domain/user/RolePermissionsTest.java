package org.careeval.domain.user;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The permission table in code and the one in docs/permissions.md say the same. */
class RolePermissionsTest {

  @Test
  void documentedTableMatchesCode() throws IOException {
    List<String> rows =
        Files.readAllLines(Path.of("docs/permissions.md")).stream()
            .filter(line -> line.startsWith("| `"))
            .toList();
    assertThat(rows).hasSize(Permission.values().length);
    Role[] columns = {Role.ADMIN, Role.OFFICER, Role.EXPERT, Role.SUPERVISOR, Role.AUDITOR};
    for (String row : rows) {
      String[] cells = row.split("\\|");
      Permission permission = Permission.valueOf(cells[1].strip().replace("`", ""));
      for (int i = 0; i < columns.length; i++) {
        boolean documented = cells[3 + i].strip().equals("✓");
        assertThat(RolePermissions.of(columns[i]).contains(permission))
            .as("%s / %s", permission, columns[i])
            .isEqualTo(documented);
      }
    }
  }

  @Test
  void userWithoutRolesMayDoNothing() {
    Session nobody = new Session(9, "nobody", "Nobody", Set.of(), "t");
    assertThat(EnumSet.allOf(Permission.class)).noneMatch(nobody::can);
  }

  @Test
  void severalRolesCombine() {
    Session both = new Session(9, "x", "X", Set.of(Role.OFFICER, Role.AUDITOR), "t");
    assertThat(both.can(Permission.AUDIT_VERIFY)).isTrue();
    assertThat(both.can(Permission.USER_MANAGE)).isFalse();
  }
}
