package org.careeval.ui.organization;

import org.careeval.ui.common.AreaScreen;
import org.careeval.ui.common.NavigationArea;
import org.careeval.ui.common.ScreenFactory;

/** The screens of the organization register capability. */
public final class OrganizationScreens {

  private OrganizationScreens() {}

  public static ScreenFactory registry() {
    return ScreenFactory.of(
        NavigationArea.REGISTRY,
        c -> {
          OrganizationRegistryViewModel registry =
              new OrganizationRegistryViewModel(
                  c.services().organizations(),
                  c.services().organizationDetails(),
                  c.session(),
                  c.executor(),
                  c.dialogs(),
                  c.messages(),
                  c.services().clock());
          OrganizationRegistryView view = new OrganizationRegistryView(registry, c.messages());
          RegisterRequest request = c.shared(RegisterRequest.class, RegisterRequest::new);
          Runnable refresh =
              () -> {
                request.take().ifPresent(registry::showOnly);
                registry.load();
              };
          return new AreaScreen(
              c.loader().load(view), refresh, registry.leaveGuard(), view.actions());
        });
  }
}
