package org.careeval.ui.evaluation;

import org.careeval.ui.common.AreaScreen;
import org.careeval.ui.common.NavigationArea;
import org.careeval.ui.common.ScreenFactory;

/** The screen of bids, panels and scoring (issue 12). */
public final class EvaluationScreens {

  private EvaluationScreens() {}

  public static ScreenFactory evaluation() {
    return ScreenFactory.of(
        NavigationArea.EVALUATION,
        c -> {
          EvaluationViewModel viewModel =
              new EvaluationViewModel(
                  c.services(), c.session(), c.executor(), c.dialogs(), c.messages());
          AwardViewModel award =
              new AwardViewModel(
                  c.services(),
                  c.session(),
                  viewModel.tasks(),
                  c.dialogs(),
                  c.messages(),
                  viewModel.projectProperty(),
                  viewModel::load);
          SeatingViewModel seating =
              new SeatingViewModel(
                  c.services(),
                  c.session(),
                  viewModel.tasks(),
                  c.dialogs(),
                  c.messages(),
                  viewModel.projectProperty(),
                  viewModel.selectedMemberProperty(),
                  viewModel::refresh);
          ReReviewViewModel reReview =
              new ReReviewViewModel(
                  c.services(),
                  c.session(),
                  viewModel.tasks(),
                  c.dialogs(),
                  c.messages(),
                  viewModel.projectProperty(),
                  viewModel::refresh);
          EvaluationView view =
              new EvaluationView(viewModel, award, seating, reReview, c.messages());
          return new AreaScreen(c.loader().load(view), viewModel::load);
        });
  }
}
