package org.careeval.service.evaluation;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.careeval.domain.CareEvalException;
import org.careeval.domain.LocalizedText;
import org.careeval.domain.Problem;
import org.careeval.domain.audit.AuditEntity;
import org.careeval.domain.expert.Conflicts;
import org.careeval.domain.expert.Expert;
import org.careeval.domain.expert.PanelDraw;
import org.careeval.domain.expert.RecordedDraw;
import org.careeval.domain.organization.OrganizationNames;
import org.careeval.domain.project.Project;
import org.careeval.domain.scoring.MemberDraft;
import org.careeval.domain.scoring.OpenedBid;
import org.careeval.domain.scoring.PanelComposition;
import org.careeval.domain.scoring.PanelMember;
import org.careeval.domain.scoring.PanelRole;
import org.careeval.domain.system.CountyClock;
import org.careeval.domain.user.Permission;
import org.careeval.domain.user.Session;
import org.careeval.persistence.EvaluationRepository;
import org.careeval.persistence.ExpertRepository;
import org.careeval.persistence.PanelDrawRepository;
import org.careeval.persistence.ProjectRepository;
import org.careeval.persistence.Transaction;
import org.careeval.report.FormSheet;
import org.careeval.report.excel.FormWorkbook;
import org.careeval.service.audit.AuditTrail;
import org.careeval.service.i18n.Messages;
import org.careeval.service.security.Sessions;

/**
 * Drawing a project's panel from the expert pool (随机抽取, issue 13): experts who may not judge this
 * project are left out with the reason — unavailable, blacklisted on the day, already drawn for
 * another project that day, tied to a bidder (employer or declared ties, by code or the register's
 * name rules), employed by the buyer, already on the panel — then {@link PanelDraw} draws from the
 * rest with the recorded seed. The draw, its conditions and witnesses and every entry are recorded;
 * the members drawn take their seats (linked to their accounts).
 */
public final class DrawService {

  /**
   * What a draw is asked. No conditions: as many experts of any specialty as the method's smallest
   * panel needs beyond the seats already filled ({@link PanelComposition#minimumSize}).
   */
  public record DrawRequest(
      List<PanelDraw.Condition> conditions,
      Optional<String> region,
      int alternates,
      long seed,
      List<String> witnesses,
      LocalDate date,
      Optional<String> buyer) {
    public DrawRequest {
      conditions = List.copyOf(conditions);
      witnesses = List.copyOf(witnesses);
    }
  }

  /** An expert the draw left out, and why. */
  public record Excluded(Expert expert, LocalizedText reason) {}

  /** A recorded draw: its id and seed, the conditions used, what it drew, whom it left out. */
  public record DrawRecord(
      long id,
      long seed,
      List<PanelDraw.Condition> conditions,
      PanelDraw.Outcome outcome,
      List<Excluded> excluded) {}

  static final int MAX_ALTERNATES = 10;
  private static final Messages CHINESE = Messages.of(Messages.CHINESE);

  private final ProjectRepository projects;
  private final EvaluationRepository evaluations;
  private final ExpertRepository experts;
  private final PanelDrawRepository draws;
  private final AuditTrail audit;
  private final CountyClock clock;
  private final Sessions sessions;

  public DrawService(
      ProjectRepository projects,
      EvaluationRepository evaluations,
      ExpertRepository experts,
      PanelDrawRepository draws,
      AuditTrail audit,
      CountyClock clock,
      Sessions sessions) {
    this.projects = projects;
    this.evaluations = evaluations;
    this.experts = experts;
    this.draws = draws;
    this.audit = audit;
    this.clock = clock;
    this.sessions = sessions;
  }

  public DrawRecord draw(Session session, long projectId, DrawRequest request) {
    if (request.alternates() < 0 || request.alternates() > MAX_ALTERNATES) {
      throw new CareEvalException("error.draw.alternates", Integer.toString(MAX_ALTERNATES));
    }
    return sessions.write(
        session,
        Permission.PROJECT_EDIT,
        tx -> {
          Project project = project(tx, projectId);
          List<PanelMember> panel = evaluations.panel(tx, projectId);
          List<PanelDraw.Condition> conditions = conditions(project, panel, request);
          List<Expert> pool = experts.list(tx);
          Map<Long, LocalizedText> excluded = exclusions(tx, project, pool, request);
          PanelDraw.Request drawRequest =
              new PanelDraw.Request(
                  conditions, request.region(), request.alternates(), request.seed());
          PanelDraw.Outcome outcome = PanelDraw.draw(pool, drawRequest, excluded);
          seat(
              tx,
              projectId,
              panel,
              outcome.members().stream().map(PanelDraw.Drawn::expert).toList());
          long id = record(tx, session, projectId, request, conditions, outcome, excluded);
          List<Excluded> left =
              pool.stream()
                  .filter(e -> excluded.containsKey(e.id()))
                  .map(e -> new Excluded(e, excluded.get(e.id())))
                  .toList();
          return new DrawRecord(id, request.seed(), conditions, outcome, left);
        });
  }

  /**
   * Fills the seat an expert left (declined, or 回避 at sign-in): the first alternate of the
   * project's draws, in order, not yet seated nor answered, of the seat's specialty and still
   * allowed to judge the project; else a new draw (补抽) of one expert under the same conditions —
   * specialty, region, date and witnesses — with a seed derived from the first draw's (its seed
   * plus the number of draws made), recorded like any draw. Nobody drawn before for the project is
   * drawn again.
   *
   * @return the expert seated
   */
  Expert replace(Transaction tx, Session session, long projectId, Expert leaving) {
    Project project = project(tx, projectId);
    List<RecordedDraw> made = draws.draws(tx, projectId);
    RecordedDraw origin =
        made.stream()
            .filter(
                d ->
                    d.entries().stream()
                        .anyMatch(
                            e ->
                                e.expertId() == leaving.id()
                                    && e.role() != RecordedDraw.Role.EXCLUDED))
            .reduce((a, b) -> b)
            .orElseThrow(() -> new CareEvalException("error.draw.notDrawn", leaving.name()));
    String specialty =
        origin.conditions().startsWith(PanelDraw.ANY + "=")
            ? PanelDraw.ANY
            : leaving.draft().specialty();
    DrawRequest again =
        new DrawRequest(
            List.of(new PanelDraw.Condition(specialty, 1)),
            origin.region().isEmpty() ? Optional.empty() : Optional.of(origin.region()),
            0,
            made.get(0).seed() + made.size(),
            origin.witnesses().isEmpty() ? List.of() : List.of(origin.witnesses().split("、")),
            origin.date(),
            Optional.empty());
    List<Expert> pool = experts.list(tx);
    Map<Long, LocalizedText> excluded = exclusions(tx, project, pool, again);
    Set<Long> seated = draws.seated(tx, projectId);
    for (RecordedDraw d : made) {
      for (RecordedDraw.Entry e : d.entries()) {
        long id = e.expertId();
        boolean meets =
            specialty.equals(PanelDraw.ANY)
                || pool.stream()
                    .anyMatch(x -> x.id() == id && x.draft().specialty().equals(specialty));
        if (e.role() == RecordedDraw.Role.ALTERNATE
            && e.response().isEmpty()
            && !seated.contains(id)
            && !excluded.containsKey(id)
            && meets) {
          Expert alternate = pool.stream().filter(x -> x.id() == id).findFirst().orElseThrow();
          draws.replaced(tx, d.id(), id, leaving.id());
          seat(tx, projectId, evaluations.panel(tx, projectId), List.of(alternate));
          return alternate;
        }
      }
    }
    made.stream()
        .flatMap(d -> d.entries().stream())
        .filter(e -> e.role() != RecordedDraw.Role.EXCLUDED)
        .forEach(
            e ->
                excluded.putIfAbsent(e.expertId(), new LocalizedText("draw.excluded.drawnBefore")));
    PanelDraw.Outcome outcome =
        PanelDraw.draw(
            pool,
            new PanelDraw.Request(again.conditions(), again.region(), 0, again.seed()),
            excluded);
    if (outcome.members().isEmpty()) {
      throw new CareEvalException("error.draw.noReplacement", leaving.name());
    }
    Expert drawn = outcome.members().get(0).expert();
    long id = record(tx, session, projectId, again, again.conditions(), outcome, excluded);
    draws.replaced(tx, id, drawn.id(), leaving.id());
    seat(tx, projectId, evaluations.panel(tx, projectId), List.of(drawn));
    return drawn;
  }

  /**
   * The draw record, print-ready (A4, signature lines for the officer, the witnesses and the
   * supervisor): the project, seed, conditions, date, witnesses; the members and alternates in
   * order; every expert left out with the reason.
   */
  public void writeRecord(
      Session session, long projectId, DrawRequest request, DrawRecord record, Path file) {
    Project project =
        sessions.write(
            session,
            Permission.PROJECT_EDIT,
            tx -> {
              audit.exported(
                  tx,
                  session,
                  AuditEntity.PANEL_MEMBER,
                  Map.of(
                      "project", projectId,
                      "draw", record.id(),
                      "file", file.getFileName().toString()));
              return projects.get(tx, projectId).orElseThrow();
            });
    List<List<Object>> rows = new ArrayList<>();
    for (PanelDraw.Drawn d : record.outcome().members()) {
      rows.add(row("成员", Integer.toString(d.order()), d.expert(), ""));
    }
    for (PanelDraw.Drawn d : record.outcome().alternates()) {
      rows.add(row("候补", Integer.toString(d.order()), d.expert(), ""));
    }
    for (Excluded x : record.excluded()) {
      rows.add(
          row(
              "排除",
              "-",
              x.expert(),
              CHINESE.get(x.reason().key(), x.reason().arguments().toArray())));
    }
    List<String> footer = new ArrayList<>();
    footer.add("抽取人签字：＿＿＿＿＿＿＿＿　　日期：＿＿＿＿＿＿");
    for (String witness : request.witnesses()) {
      footer.add("见证人 " + witness + " 签字：＿＿＿＿＿＿＿＿");
    }
    footer.add("监督人签字：＿＿＿＿＿＿＿＿");
    FormWorkbook.write(
        List.of(
            new FormSheet(
                "抽取记录",
                List.of(
                    List.of("评审专家抽取记录"),
                    List.of("项目名称", project.name()),
                    List.of("抽取编号", Long.toString(record.id())),
                    List.of("随机种子", Long.toString(record.seed())),
                    List.of(
                        "抽取条件",
                        record.conditions().stream()
                                .map(
                                    c ->
                                        (c.specialty().equals(PanelDraw.ANY)
                                                ? "不限专业"
                                                : c.specialty())
                                            + " "
                                            + c.count()
                                            + " 人")
                                .collect(Collectors.joining("；"))
                            + "；候补 "
                            + request.alternates()
                            + " 人"
                            + request.region().map(r -> "；地区 " + r).orElse("")),
                    List.of("抽取日期", request.date().toString()),
                    List.of("见证人", String.join("、", request.witnesses()))),
                List.of("类别", "序号", "专家编号", "姓名", "专业", "工作单位", "排除原因"),
                rows,
                footer,
                List.of(8, 6, 10, 10, 12, 28, 36),
                true,
                Optional.empty())),
        file);
  }

  private static List<Object> row(String role, String order, Expert e, String reason) {
    return List.of(
        role, order, e.id(), e.name(), e.draft().specialty(), e.draft().employer(), reason);
  }

  private Project project(Transaction tx, long projectId) {
    return BiddingProjects.inBidding(tx, projects, projectId);
  }

  private static List<PanelDraw.Condition> conditions(
      Project project, List<PanelMember> panel, DrawRequest request) {
    if (panel.stream().anyMatch(PanelMember::submitted)) {
      throw new CareEvalException("error.bid.scoringStarted", project.name());
    }
    if (!request.conditions().isEmpty()) {
      request.conditions().stream()
          .filter(c -> c.count() < 1)
          .findFirst()
          .ifPresent(
              c -> {
                throw new CareEvalException("error.draw.count", c.specialty());
              });
      return request.conditions();
    }
    int size = PanelComposition.minimumSize(project.method(), project.budget());
    int needed = size - panel.size();
    if (needed < 1) {
      throw new CareEvalException("error.draw.panelFull", project.name(), Integer.toString(size));
    }
    return List.of(new PanelDraw.Condition(PanelDraw.ANY, needed));
  }

  private Map<Long, LocalizedText> exclusions(
      Transaction tx, Project project, List<Expert> pool, DrawRequest request) {
    List<Conflicts.Bidder> bidders =
        evaluations.bids(tx, project.id()).stream()
            .map(OpenedBid::bid)
            .map(b -> new Conflicts.Bidder(b.organization(), b.uscc()))
            .toList();
    Set<Long> booked = draws.bookedOn(tx, request.date(), project.id());
    Set<Long> seated = draws.seated(tx, project.id());
    Map<Long, LocalizedText> excluded = new LinkedHashMap<>();
    for (Expert e : pool) {
      reason(e, bidders, booked, seated, request).ifPresent(r -> excluded.put(e.id(), r));
    }
    return excluded;
  }

  private static Optional<LocalizedText> reason(
      Expert e,
      List<Conflicts.Bidder> bidders,
      Set<Long> booked,
      Set<Long> seated,
      DrawRequest request) {
    if (!e.draft().available()) {
      return Optional.of(new LocalizedText("draw.excluded.unavailable"));
    }
    if (seated.contains(e.id())) {
      return Optional.of(new LocalizedText("draw.excluded.seated"));
    }
    if (e.blacklistedOn(request.date())) {
      return Optional.of(new LocalizedText("draw.excluded.blacklisted"));
    }
    if (booked.contains(e.id())) {
      return Optional.of(new LocalizedText("draw.excluded.booked", request.date().toString()));
    }
    List<Conflicts.Conflict> conflicts = Conflicts.of(e, bidders);
    if (!conflicts.isEmpty()) {
      Conflicts.Conflict c = conflicts.get(0);
      return Optional.of(
          new LocalizedText(
              "draw.excluded.tied",
              c.bidder().name(),
              new LocalizedText(c.tie().kind().labelKey())));
    }
    boolean buyer =
        request
            .buyer()
            .map(OrganizationNames::key)
            .filter(key -> key.equals(OrganizationNames.key(e.draft().employer())))
            .isPresent();
    return buyer ? Optional.of(new LocalizedText("draw.excluded.buyer")) : Optional.empty();
  }

  private void seat(Transaction tx, long projectId, List<PanelMember> panel, List<Expert> drawn) {
    List<PanelMember> seats = new ArrayList<>(panel);
    for (Expert expert : drawn) {
      MemberDraft member =
          new MemberDraft(expert.name(), PanelRole.EXPERT, false, expert.draft().username());
      Problem.refuseFirst(member.checkIn(seats, Optional.empty()));
      long id = evaluations.insertMember(tx, projectId, seats.size(), member);
      draws.linkMember(tx, id, expert.id());
      seats.add(PanelMember.seated(id, member, Optional.of(expert.id())));
    }
  }

  private long record(
      Transaction tx,
      Session session,
      long projectId,
      DrawRequest request,
      List<PanelDraw.Condition> conditions,
      PanelDraw.Outcome outcome,
      Map<Long, LocalizedText> excluded) {
    List<PanelDrawRepository.Entry> entries = new ArrayList<>();
    outcome
        .members()
        .forEach(
            d ->
                entries.add(
                    new PanelDrawRepository.Entry(d.expert().id(), "MEMBER", d.order(), "")));
    outcome
        .alternates()
        .forEach(
            d ->
                entries.add(
                    new PanelDrawRepository.Entry(d.expert().id(), "ALTERNATE", d.order(), "")));
    int n = 0;
    for (Map.Entry<Long, LocalizedText> e : excluded.entrySet()) {
      entries.add(
          new PanelDrawRepository.Entry(
              e.getKey(),
              "EXCLUDED",
              ++n,
              CHINESE.get(e.getValue().key(), e.getValue().arguments().toArray())));
    }
    String conditionText =
        conditions.stream()
            .map(c -> c.specialty() + "=" + c.count())
            .collect(Collectors.joining(","));
    long id =
        draws.insert(
            tx,
            new PanelDrawRepository.Draw(
                projectId,
                request.seed(),
                conditionText,
                request.region().orElse(""),
                request.alternates(),
                String.join("、", request.witnesses()),
                request.date(),
                session.username(),
                clock.instant()),
            entries);
    Map<String, Object> what = new LinkedHashMap<>();
    what.put("project", projectId);
    what.put("seed", request.seed());
    what.put("conditions", conditionText);
    what.put("witnesses", request.witnesses());
    what.put("members", outcome.members().stream().map(d -> d.expert().name()).toList());
    what.put("alternates", outcome.alternates().stream().map(d -> d.expert().name()).toList());
    what.put("excluded", excluded.size());
    audit.created(tx, session, AuditEntity.PANEL_MEMBER, "draw-" + id, what);
    return id;
  }
}
