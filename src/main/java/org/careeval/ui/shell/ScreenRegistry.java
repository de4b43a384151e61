package org.careeval.ui.shell;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.careeval.ui.admin.AdminScreens;
import org.careeval.ui.common.NavigationArea;
import org.careeval.ui.common.ScreenFactory;
import org.careeval.ui.contract.ContractScreens;
import org.careeval.ui.delivery.DeliveryScreens;
import org.careeval.ui.evaluation.EvaluationScreens;
import org.careeval.ui.expert.ExpertScreens;
import org.careeval.ui.monitor.WarningScreens;
import org.careeval.ui.organization.OrganizationScreens;
import org.careeval.ui.place.PlaceScreens;
import org.careeval.ui.project.ProjectScreens;
import org.careeval.ui.records.RecordsScreens;

/**
 * Every navigation area's screen factory: a new capability adds its area to {@link NavigationArea}
 * and one line here (docs/howto/add-a-screen.md).
 */
final class ScreenRegistry {

  private static final List<ScreenFactory> FACTORIES =
      List.of(
          AdminScreens.overview(),
          OrganizationScreens.registry(),
          ProjectScreens.projects(),
          EvaluationScreens.evaluation(),
          ExpertScreens.experts(),
          ContractScreens.contracts(),
          DeliveryScreens.delivery(),
          RecordsScreens.records(),
          WarningScreens.warnings(),
          org.careeval.ui.performance.PerformanceScreens.performance(),
          PlaceScreens.places(),
          PlaceScreens.categories(),
          AdminScreens.users(),
          AdminScreens.audit(),
          AdminScreens.settings(),
          AdminScreens.administration());

  private final Map<NavigationArea, ScreenFactory> byArea = new EnumMap<>(NavigationArea.class);

  ScreenRegistry() {
    FACTORIES.forEach(factory -> byArea.put(factory.area(), factory));
    for (NavigationArea area : NavigationArea.values()) {
      if (!byArea.containsKey(area)) {
        throw new IllegalStateException("no screen registered for " + area);
      }
    }
  }

  ScreenFactory factoryFor(NavigationArea area) {
    return byArea.get(area);
  }
}
