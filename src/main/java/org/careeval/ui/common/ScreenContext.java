package org.careeval.ui.common;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.careeval.domain.user.Session;
import org.careeval.service.CareEvalServices;
import org.careeval.service.i18n.Messages;

/**
 * What a screen factory gets to build a screen for the signed-in user: the services, the session,
 * the background executor, dialogs, the view loader, navigation to another area, and objects shared
 * between screens (the overview's alert counts and the register's filter request). Made anew for
 * every user, so nothing of one user's screens reaches the next.
 */
public final class ScreenContext {

  private final CareEvalServices services;
  private final Session session;
  private final UiExecutor executor;
  private final DialogService dialogs;
  private final ViewLoader loader;
  private final Consumer<NavigationArea> navigator;
  private final Map<Class<?>, Object> shared = new HashMap<>();

  /**
   * @param navigator goes to another area, as the navigation buttons do (asking about unsaved
   *     changes first)
   */
  public ScreenContext(
      CareEvalServices services,
      Session session,
      UiExecutor executor,
      DialogService dialogs,
      ViewLoader loader,
      Consumer<NavigationArea> navigator) {
    this.services = services;
    this.session = session;
    this.executor = executor;
    this.dialogs = dialogs;
    this.loader = loader;
    this.navigator = navigator;
  }

  /** Shows another area, as if its navigation button had been clicked. */
  public void navigate(NavigationArea area) {
    navigator.accept(area);
  }

  public CareEvalServices services() {
    return services;
  }

  public Session session() {
    return session;
  }

  public UiExecutor executor() {
    return executor;
  }

  public DialogService dialogs() {
    return dialogs;
  }

  public ViewLoader loader() {
    return loader;
  }

  public Messages messages() {
    return loader.messages();
  }

  /** The one view model of this type for this user, made on first use. */
  public <T> T shared(Class<T> type, Supplier<T> create) {
    return type.cast(shared.computeIfAbsent(type, t -> create.get()));
  }
}
