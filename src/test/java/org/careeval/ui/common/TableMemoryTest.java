package org.careeval.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import org.careeval.service.UserPreferences;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/** A table comes back with the widths and sort it was left with, after a restart too. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class TableMemoryTest {

  @TempDir Path temp;

  private static TableView<String> table() {
    TableView<String> table = new TableView<>();
    table.setId("organizationsTable");
    for (String id : new String[] {"nameColumn", "codeColumn"}) {
      TableColumn<String, String> column = new TableColumn<>(id);
      column.setId(id);
      column.setPrefWidth(100);
      table.getColumns().add(column);
    }
    return table;
  }

  @Test
  void widthsAndSortSurviveARestart(FxRobot robot) {
    Path file = temp.resolve("preferences.properties");
    robot.interact(
        () -> {
          UserPreferences before = UserPreferences.load(file);
          TableView<String> left = table();
          TableMemory.remember(new VBox(left), "registry", before);
          left.getColumns().get(0).setPrefWidth(240);
          left.getColumns().get(1).setSortType(TableColumn.SortType.DESCENDING);
          left.getSortOrder().setAll(left.getColumns().get(1));
          before.save();
        });
    robot.interact(
        () -> {
          TableView<String> again = table();
          TableMemory.remember(new VBox(again), "registry", UserPreferences.load(file));
          assertThat(again.getColumns().get(0).getPrefWidth()).isEqualTo(240);
          assertThat(again.getSortOrder()).containsExactly(again.getColumns().get(1));
          assertThat(again.getColumns().get(1).getSortType())
              .isEqualTo(TableColumn.SortType.DESCENDING);
        });
  }

  @Test
  void aDamagedOrUnknownEntryLeavesTheDefaults(FxRobot robot) {
    Path file = temp.resolve("preferences.properties");
    robot.interact(
        () -> {
          UserPreferences preferences = UserPreferences.load(file);
          preferences.setTable("registry.organizationsTable.widths", "nameColumn:wide,gone:50");
          preferences.setTable("registry.organizationsTable.sort", "gone:DESCENDING");
          TableView<String> table = table();
          TableMemory.remember(new VBox(table), "registry", preferences);
          assertThat(table.getColumns().get(0).getPrefWidth()).isEqualTo(100);
          assertThat(table.getSortOrder()).isEmpty();
        });
  }
}
