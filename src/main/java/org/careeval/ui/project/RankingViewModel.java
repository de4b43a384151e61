package org.careeval.ui.project;

import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.careeval.domain.project.Project;
import org.careeval.domain.scoring.Bid;
import org.careeval.domain.scoring.RankedBid;
import org.careeval.domain.scoring.Ranking;
import org.careeval.domain.user.Session;
import org.careeval.service.evaluation.EvaluationService;
import org.careeval.ui.common.Formats;
import org.careeval.ui.common.Message;
import org.careeval.ui.common.ScreenTasks;
import org.careeval.ui.common.UiExecutor;

/**
 * The ranking of the selected project, computed from its stored bids and scores (issue 12): shown
 * once its review has started; the bids not scored are listed with the reason.
 */
public final class RankingViewModel {

  private final EvaluationService evaluations;
  private final Session session;
  private final ScreenTasks tasks;
  private final ObjectProperty<Project> project = new SimpleObjectProperty<>();
  private final ObservableList<RankedBid> ranked = FXCollections.observableArrayList();
  private final ObservableList<RankedBid> rankedView =
      FXCollections.unmodifiableObservableList(ranked);
  private final ObservableList<Bid> excluded = FXCollections.observableArrayList();
  private final ObservableList<Bid> excludedView =
      FXCollections.unmodifiableObservableList(excluded);
  private final ReadOnlyObjectWrapper<Message> summary = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyObjectWrapper<Message> stop = new ReadOnlyObjectWrapper<>();

  public RankingViewModel(EvaluationService evaluations, Session session, UiExecutor executor) {
    this.evaluations = evaluations;
    this.session = session;
    this.tasks = new ScreenTasks(executor);
    project.addListener((obs, old, now) -> load());
  }

  public void load() {
    Project p = project.get();
    ranked.clear();
    excluded.clear();
    stop.set(null);
    if (p == null) {
      summary.set(null);
      return;
    }
    if (!p.status().reviewStarted()) {
      summary.set(Message.of("ranking.notStarted"));
      return;
    }
    tasks.run(() -> evaluations.rank(session, p.id()), this::show);
  }

  private void show(Ranking.Result result) {
    ranked.setAll(result.ranked());
    excluded.setAll(result.excluded());
    Project p = project.get();
    stop.set(
        result.tooFewBids() && p != null
            ? Message.of(
                "ranking.tooFewBids",
                new org.careeval.domain.LocalizedText(p.method().labelKey()),
                p.method().minimumQualifiedBids(),
                result.ranked().size())
            : null);
    summary.set(
        result
            .basePrice()
            .map(
                base ->
                    Message.of(
                        "ranking.summary",
                        Formats.money(base),
                        result.ranked().size(),
                        result.excluded().size()))
            .orElse(Message.of("ranking.noBids")));
  }

  public ObjectProperty<Project> projectProperty() {
    return project;
  }

  public ObservableList<RankedBid> ranked() {
    return rankedView;
  }

  public ObservableList<Bid> excluded() {
    return excludedView;
  }

  /** Set when too few bids passed both reviews: the procedure stops, the path is 废标. */
  public ReadOnlyObjectProperty<Message> stopProperty() {
    return stop.getReadOnlyProperty();
  }

  public ReadOnlyObjectProperty<Message> summaryProperty() {
    return summary.getReadOnlyProperty();
  }

  public ScreenTasks tasks() {
    return tasks;
  }

  /** The flags of a ranked bid in words, for its cell. */
  public static List<String> flagKeys(RankedBid bid) {
    return bid.flags().stream().map(RankedBid.Flag::labelKey).toList();
  }
}
