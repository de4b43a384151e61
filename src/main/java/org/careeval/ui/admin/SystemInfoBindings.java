package org.careeval.ui.admin;

import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.scene.control.Label;
import org.careeval.domain.system.SystemInfo;
import org.careeval.service.i18n.Messages;
import org.careeval.ui.common.Formats;

/** The bindings the overview card and the system-information page share. */
final class SystemInfoBindings {

  private SystemInfoBindings() {}

  static void bind(
      SystemInfoViewModel viewModel,
      Messages messages,
      Formats formats,
      Label dataDirectory,
      Label schemaVersion,
      Label createdAt) {
    ReadOnlyObjectProperty<SystemInfo> info = viewModel.infoProperty();
    dataDirectory
        .textProperty()
        .bind(Bindings.createStringBinding(() -> text(info, SystemInfo::dataDirectory), info));
    schemaVersion
        .textProperty()
        .bind(Bindings.createStringBinding(() -> text(info, SystemInfo::schemaVersion), info));
    createdAt
        .textProperty()
        .bind(
            Bindings.createStringBinding(
                () ->
                    info.get() == null
                        ? ""
                        : info.get()
                            .createdAt()
                            .map(formats::timestamp)
                            .orElse(messages.get("common.value.unknown")),
                info));
  }

  static String text(ReadOnlyObjectProperty<SystemInfo> info, Function<SystemInfo, ?> field) {
    return info.get() == null ? "" : String.valueOf(field.apply(info.get()));
  }
}
