package org.careeval.ui.admin;

import java.util.Optional;
import org.careeval.domain.user.Permission;
import org.careeval.ui.common.AreaScreen;
import org.careeval.ui.common.NavigationArea;
import org.careeval.ui.common.ScreenContext;
import org.careeval.ui.common.ScreenFactory;
import org.careeval.ui.organization.RegisterAlertsViewModel;
import org.careeval.ui.organization.RegisterRequest;

/** The screens of the administration capability: overview, users, audit, settings, system. */
public final class AdminScreens {

  private AdminScreens() {}

  public static ScreenFactory overview() {
    return ScreenFactory.of(
        NavigationArea.OVERVIEW,
        c -> {
          Optional<RegisterAlertsViewModel> alerts = registerAlerts(c);
          return new AreaScreen(
              c.loader().load(new OverviewView(alerts, c.session(), c.messages())),
              () -> alerts.ifPresent(RegisterAlertsViewModel::load));
        });
  }

  public static ScreenFactory users() {
    return ScreenFactory.of(
        NavigationArea.USERS,
        c -> {
          UsersViewModel users =
              new UsersViewModel(c.services().users(), c.session(), c.executor());
          return new AreaScreen(c.loader().load(new UsersView(users, c.messages())), users::load);
        });
  }

  public static ScreenFactory audit() {
    return ScreenFactory.of(
        NavigationArea.AUDIT,
        c -> {
          AuditViewModel audit =
              new AuditViewModel(
                  c.services().audit(),
                  c.session(),
                  c.executor(),
                  c.dialogs(),
                  c.messages(),
                  c.services().clock());
          return new AreaScreen(c.loader().load(new AuditView(audit, c.messages())), audit::search);
        });
  }

  public static ScreenFactory settings() {
    return ScreenFactory.of(
        NavigationArea.SETTINGS,
        c -> {
          SettingsViewModel settings =
              new SettingsViewModel(c.services().settings(), c.session(), c.executor());
          return new AreaScreen(
              c.loader().load(new SettingsView(settings, c.messages())), settings::load);
        });
  }

  public static ScreenFactory administration() {
    return ScreenFactory.of(
        NavigationArea.ADMINISTRATION,
        c -> {
          SystemInfoViewModel info =
              new SystemInfoViewModel(
                  c.services().system(), c.session(), c.executor(), c.services().clock());
          return new AreaScreen(
              c.loader().load(new SystemInfoView(info, c.messages())), info::load);
        });
  }

  private static Optional<RegisterAlertsViewModel> registerAlerts(ScreenContext c) {
    if (!c.session().can(Permission.ORGANIZATION_READ)) {
      return Optional.empty();
    }
    return Optional.of(
        c.shared(
            RegisterAlertsViewModel.class,
            () ->
                new RegisterAlertsViewModel(
                    c.services().organizationDetails(),
                    c.session(),
                    c.executor(),
                    alert -> {
                      c.shared(RegisterRequest.class, RegisterRequest::new).ask(alert);
                      c.navigate(NavigationArea.REGISTRY);
                    })));
  }
}
