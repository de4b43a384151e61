package org.careeval.ui.evaluation;

import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.careeval.service.i18n.Messages;

/** The 复议 section of the score check tab, built in code. */
final class ReReviewPane {

  private final ReReviewViewModel viewModel;
  private final Messages messages;

  ReReviewPane(ReReviewViewModel viewModel, Messages messages) {
    this.viewModel = viewModel;
    this.messages = messages;
  }

  void fill(VBox box) {
    Label heading = new Label(messages.get("reReview.heading"));
    heading.getStyleClass().add("heading-2");
    Label hint = new Label(messages.get("reReview.hint"));
    hint.getStyleClass().add("hint-text");
    hint.setWrapText(true);
    hint.setMinHeight(Control.USE_PREF_SIZE);
    Label list = new Label();
    list.setId("reReviewLabel");
    list.setWrapText(true);
    list.setMinHeight(Control.USE_PREF_SIZE);
    list.textProperty()
        .bind(
            Bindings.createStringBinding(
                () ->
                    viewModel.reviews().isEmpty()
                        ? messages.get("reReview.none")
                        : String.join(
                            "\n", viewModel.reviews().stream().map(viewModel::line).toList()),
                viewModel.reviews()));
    Button request = button("reReviewRequestButton", "reReview.request.button", viewModel::request);
    request.disableProperty().bind(viewModel.canRequestProperty().not());
    Button approve = button("reReviewApproveButton", "reReview.approve.button", viewModel::approve);
    approve.disableProperty().bind(viewModel.canDecideProperty().not());
    Button reject = button("reReviewRejectButton", "reReview.reject.button", viewModel::reject);
    reject.disableProperty().bind(viewModel.canDecideProperty().not());
    Button archive =
        button("reReviewArchiveButton", "reReview.archive.button", viewModel::saveArchive);
    archive
        .disableProperty()
        .bind(
            Bindings.createBooleanBinding(
                () -> !viewModel.hasArchive(viewModel.reviews()), viewModel.reviews()));
    box.getChildren()
        .addAll(heading, hint, list, new FlowPane(6, 6, request, approve, reject, archive));
  }

  private Button button(String id, String key, Runnable action) {
    Button button = new Button(messages.get(key));
    button.setId(id);
    button.setMinWidth(Control.USE_PREF_SIZE);
    button.setOnAction(e -> action.run());
    return button;
  }
}
