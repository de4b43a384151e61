package org.careeval.ui.project;

import org.careeval.ui.common.AreaScreen;
import org.careeval.ui.common.NavigationArea;
import org.careeval.ui.common.ScreenFactory;

/** The screens of the projects capability (issue 11). */
public final class ProjectScreens {

  private ProjectScreens() {}

  public static ScreenFactory projects() {
    return ScreenFactory.of(
        NavigationArea.PROJECTS,
        c -> {
          ProjectsViewModel projects =
              new ProjectsViewModel(
                  c.services().projects(),
                  c.services().places(),
                  c.services().organizations(),
                  c.session(),
                  c.executor(),
                  c.dialogs(),
                  c.messages(),
                  c.services().clock().today());
          RubricViewModel rubric =
              new RubricViewModel(
                  c.services().rubrics(), c.session(), c.executor(), c.dialogs(), c.messages());
          projects.alsoAsk(rubric.unsavedChanges());
          javafx.scene.Parent rubricPane =
              c.loader().load(new RubricView(rubric, projects, c.messages()));
          RankingViewModel ranking =
              new RankingViewModel(c.services().evaluations(), c.session(), c.executor());
          javafx.scene.Parent rankingPane =
              c.loader().load(new RankingView(ranking, projects, c.messages()));
          ProjectsView view = new ProjectsView(projects, rubricPane, rankingPane, c.messages());
          return new AreaScreen(
              c.loader().load(view), projects::load, projects::mayLeave, view.actions());
        });
  }
}
