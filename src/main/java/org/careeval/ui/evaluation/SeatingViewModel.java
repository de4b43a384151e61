package org.careeval.ui.evaluation;

import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.careeval.domain.CareEvalException;
import org.careeval.domain.expert.Expert;
import org.careeval.domain.expert.PanelDraw;
import org.careeval.domain.expert.RecordedDraw;
import org.careeval.domain.project.Project;
import org.careeval.domain.scoring.LeaderElection;
import org.careeval.domain.scoring.PanelMember;
import org.careeval.domain.user.Permission;
import org.careeval.domain.user.Session;
import org.careeval.service.CareEvalServices;
import org.careeval.service.evaluation.DrawService;
import org.careeval.service.i18n.Messages;
import org.careeval.ui.common.DialogService;
import org.careeval.ui.common.Message;
import org.careeval.ui.common.ScreenTasks;

/**
 * Drawing and seating the panel from the panel tab: the draw form (conditions, alternates, seed,
 * region, witnesses, date, buyer) and its printed record; for the member chosen, the answer when
 * called (accepted, declined with a reason), a paper declaration or 回避 recorded by the officer, the
 * supervisor's decision to keep a member despite a matched tie, the leader chosen by the members;
 * and the draws made so far, each expert with their answer.
 */
public final class SeatingViewModel {

  private static final SecureRandom SEEDS = new SecureRandom();

  private final CareEvalServices services;
  private final Session session;
  private final ScreenTasks tasks;
  private final DialogService dialogs;
  private final Messages messages;
  private final ObjectProperty<Project> project;
  private final ObjectProperty<PanelMember> member;
  private final Runnable changed;
  private final StringProperty conditions = new SimpleStringProperty("");
  private final StringProperty alternates = new SimpleStringProperty("2");
  private final StringProperty seed = new SimpleStringProperty(newSeed());
  private final StringProperty region = new SimpleStringProperty("");
  private final StringProperty witnesses = new SimpleStringProperty("");
  private final StringProperty buyer = new SimpleStringProperty("");
  private final ObjectProperty<LocalDate> date;

  /**
   * @param project the project chosen on the screen
   * @param member the panel member chosen in the panel table
   * @param changed what to run once the panel changed (read the screen again)
   */
  public SeatingViewModel(
      CareEvalServices services,
      Session session,
      ScreenTasks tasks,
      DialogService dialogs,
      Messages messages,
      ObjectProperty<Project> project,
      ObjectProperty<PanelMember> member,
      Runnable changed) {
    this.services = services;
    this.session = session;
    this.tasks = tasks;
    this.dialogs = dialogs;
    this.messages = messages;
    this.project = project;
    this.member = member;
    this.changed = changed;
    this.date = new SimpleObjectProperty<>(services.clock().today());
  }

  private static String newSeed() {
    return Long.toString(SEEDS.nextLong() & Long.MAX_VALUE);
  }

  /** Officers draw and record answers; the supervisor decides on ties. */
  public boolean canDraw() {
    return session.can(Permission.PROJECT_EDIT);
  }

  public boolean canDecideTies() {
    return session.can(Permission.CONFLICT_DECIDE);
  }

  /** Draws from the pool with the form's values, then offers to save the printed draw record. */
  public void draw() {
    Project p = project.get();
    if (p == null) {
      return;
    }
    DrawService.DrawRequest request;
    try {
      request = request();
    } catch (CareEvalException e) {
      tasks.fail(Message.of(e));
      return;
    }
    tasks.run(
        () -> services.draws().draw(session, p.id(), request),
        record -> {
          tasks.succeed(
              Message.of(
                  "seating.drawn",
                  record.outcome().members().size(),
                  record.outcome().alternates().size(),
                  record.excluded().size()));
          seed.set(newSeed());
          changed.run();
          saveRecord(p, request, record);
        });
  }

  private DrawService.DrawRequest request() {
    int extra;
    long chosenSeed;
    try {
      extra = Integer.parseInt(alternates.get().strip());
      chosenSeed = Long.parseLong(seed.get().strip());
    } catch (NumberFormatException e) {
      throw new CareEvalException("error.seating.numbers");
    }
    return new DrawService.DrawRequest(
        PanelDraw.Condition.parseAll(conditions.get()),
        Optional.of(region.get().strip()).filter(r -> !r.isEmpty()),
        extra,
        chosenSeed,
        List.of(witnesses.get().strip().split("[,，;；、]+")).stream()
            .map(String::strip)
            .filter(w -> !w.isEmpty())
            .toList(),
        Optional.ofNullable(date.get()).orElse(services.clock().today()),
        Optional.of(buyer.get().strip()).filter(b -> !b.isEmpty()));
  }

  private void saveRecord(Project p, DrawService.DrawRequest request, DrawService.DrawRecord r) {
    dialogs
        .chooseSaveFile(
            messages.get("seating.record.title"),
            messages.get("seating.record.fileName", Long.toString(p.id()), Long.toString(r.id())),
            messages.get("common.file.excel"),
            "xlsx")
        .ifPresent(
            file ->
                tasks.run(
                    () -> {
                      services.draws().writeRecord(session, p.id(), request, r, file);
                      return file;
                    },
                    saved -> tasks.succeed(Message.of("seating.record.saved", saved))));
  }

  /** The chosen drawn member accepted the seat when called. */
  public void accept() {
    withDrawnMember(
        (p, m) ->
            tasks.run(
                () -> {
                  services.seating().accept(session, p.id(), m.expertId().orElseThrow());
                  return m.name();
                },
                name -> done(Message.of("seating.accepted", name))));
  }

  /** The chosen drawn member declined, for the reason typed; the seat is refilled. */
  public void decline() {
    withDrawnMember(
        (p, m) ->
            ask(m, "seating.decline.title", "seating.decline.message", "seating.decline.action")
                .ifPresent(
                    reason ->
                        tasks.run(
                            () ->
                                services
                                    .seating()
                                    .decline(session, p.id(), m.expertId().orElseThrow(), reason),
                            r ->
                                done(
                                    Message.of("seating.replaced", r.left(), r.seated().name())))));
  }

  /** Records the paper declaration of the chosen member (no account). */
  public void declareOnPaper() {
    withMember(
        (p, m) ->
            tasks.run(
                () -> {
                  services.seating().declare(session, p.id(), m.id());
                  return m.name();
                },
                name -> done(Message.of("seating.declared", name))));
  }

  /** Records the 回避 the chosen member declared on paper; the seat is refilled. */
  public void recuseOnPaper() {
    withMember(
        (p, m) ->
            ask(m, "seating.recuse.title", "seating.recuse.message", "seating.recuse.action")
                .ifPresent(
                    reason ->
                        tasks.run(
                            () -> services.seating().recuse(session, p.id(), m.id(), reason),
                            r ->
                                done(
                                    r.map(
                                            x ->
                                                Message.of(
                                                    "seating.replaced",
                                                    x.left(),
                                                    x.seated().name()))
                                        .orElse(Message.of("seating.left", m.name()))))));
  }

  /** The supervisor records why the chosen member's matched tie does not disqualify. */
  public void keepDespiteTie() {
    withMember(
        (p, m) ->
            ask(m, "seating.keep.title", "seating.keep.message", "seating.keep.action")
                .ifPresent(
                    reason ->
                        tasks.run(
                            () -> {
                              services.seating().keepDespiteTie(session, p.id(), m.id(), reason);
                              return m.name();
                            },
                            name -> done(Message.of("seating.kept", name)))));
  }

  /**
   * Records the chosen member as the leader the members chose: by agreement ({@code 一致}) or by
   * vote, typed as {@code 得票/投票数} (e.g. 4/5).
   */
  public void electLeader() {
    withMember(
        (p, m) ->
            dialogs
                .askText(
                    messages.get("seating.leader.title"),
                    messages.get("seating.leader.message", m.name()),
                    messages.get("seating.leader.action"))
                .ifPresent(
                    typed -> {
                      LeaderElection election;
                      try {
                        election = election(m.id(), typed.strip());
                      } catch (CareEvalException e) {
                        tasks.fail(Message.of(e));
                        return;
                      }
                      tasks.run(
                          () -> {
                            services.seating().electLeader(session, p.id(), election);
                            return m.name();
                          },
                          name -> done(Message.of("seating.leader.done", name)));
                    }));
  }

  /** {@code 一致} (or agreement): chosen by agreement; {@code 得票/投票数} (4/5): by vote. */
  static LeaderElection election(long chosen, String typed) {
    String count = typed.replace('／', '/').replaceAll("\\s", "");
    if (count.equals("一致") || count.equals("协商一致") || count.equalsIgnoreCase("agreement")) {
      return LeaderElection.byAgreement(chosen);
    }
    String[] parts = count.split("/");
    try {
      return new LeaderElection(
          LeaderElection.Method.VOTE,
          chosen,
          Integer.parseInt(parts[0]),
          Integer.parseInt(parts[1]));
    } catch (RuntimeException e) {
      throw new CareEvalException("error.seating.vote", typed);
    }
  }

  /** Shows the project's draws: each expert drawn, in order, with role and answer. */
  public void showDraws() {
    Project p = project.get();
    if (p == null) {
      return;
    }
    tasks.run(
        () ->
            Map.entry(
                services.seating().draws(session, p.id()),
                services.experts().list(session).stream()
                    .collect(Collectors.toMap(Expert::id, Function.identity()))),
        loaded ->
            dialogs.showTable(
                messages.get("seating.draws.title", p.name()),
                messages.get("seating.draws.header", loaded.getKey().size()),
                List.of(
                    messages.get("seating.draws.column.draw"),
                    messages.get("seating.draws.column.role"),
                    messages.get("seating.draws.column.expert"),
                    messages.get("seating.draws.column.answer")),
                rows(loaded.getKey(), loaded.getValue())));
  }

  private List<List<String>> rows(List<RecordedDraw> draws, Map<Long, Expert> pool) {
    List<List<String>> rows = new ArrayList<>();
    for (int i = 0; i < draws.size(); i++) {
      RecordedDraw d = draws.get(i);
      String heading =
          messages.get(
              "seating.draws.draw",
              i + 1,
              Long.toString(d.seed()),
              d.date().toString(),
              d.witnesses());
      for (RecordedDraw.Entry e : d.entries()) {
        String name = Optional.ofNullable(pool.get(e.expertId())).map(Expert::name).orElse("");
        String answer =
            e.role() == RecordedDraw.Role.EXCLUDED
                ? e.reason()
                : e.response()
                        .map(r -> messages.get(r.labelKey()))
                        .map(a -> e.responseReason().isEmpty() ? a : a + "：" + e.responseReason())
                        .orElse("")
                    + e.replaces()
                        .map(x -> messages.get("seating.draws.replaces", pool.get(x).name()))
                        .orElse("");
        rows.add(List.of(heading, messages.get(e.role().labelKey()), name, answer));
      }
    }
    return rows;
  }

  private Optional<String> ask(PanelMember m, String title, String message, String action) {
    return dialogs.askText(
        messages.get(title), messages.get(message, m.name()), messages.get(action));
  }

  private void withMember(java.util.function.BiConsumer<Project, PanelMember> action) {
    Project p = project.get();
    PanelMember m = member.get();
    if (p == null || m == null) {
      tasks.fail(Message.of("seating.chooseMember"));
      return;
    }
    action.accept(p, m);
  }

  private void withDrawnMember(java.util.function.BiConsumer<Project, PanelMember> action) {
    withMember(
        (p, m) -> {
          if (m.expertId().isEmpty()) {
            tasks.fail(Message.of("error.draw.notDrawn", m.name()));
            return;
          }
          action.accept(p, m);
        });
  }

  private void done(Message message) {
    tasks.succeed(message);
    changed.run();
  }

  public StringProperty conditionsProperty() {
    return conditions;
  }

  public StringProperty alternatesProperty() {
    return alternates;
  }

  public StringProperty seedProperty() {
    return seed;
  }

  public StringProperty regionProperty() {
    return region;
  }

  public StringProperty witnessesProperty() {
    return witnesses;
  }

  public StringProperty buyerProperty() {
    return buyer;
  }

  public ObjectProperty<LocalDate> dateProperty() {
    return date;
  }
}
