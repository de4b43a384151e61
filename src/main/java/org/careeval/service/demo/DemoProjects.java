package org.careeval.service.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.careeval.domain.expert.ExpertDraft;
import org.careeval.domain.expert.ExpertTie;
import org.careeval.domain.expert.PanelDraw;
import org.careeval.domain.organization.Organization;
import org.careeval.domain.place.Place;
import org.careeval.domain.place.PlaceDraft;
import org.careeval.domain.place.PlaceKind;
import org.careeval.domain.procurement.ProcurementMethod;
import org.careeval.domain.project.Project;
import org.careeval.domain.project.ProjectDraft;
import org.careeval.domain.project.ProjectStatus;
import org.careeval.domain.project.ServiceCategory;
import org.careeval.domain.project.TargetGroup;
import org.careeval.domain.scoring.BidCheck;
import org.careeval.domain.scoring.BidOffer;
import org.careeval.domain.scoring.MemberDraft;
import org.careeval.domain.scoring.OpenedBid;
import org.careeval.domain.scoring.PanelMember;
import org.careeval.domain.scoring.PanelRole;
import org.careeval.domain.user.Session;
import org.careeval.service.evaluation.BidService;
import org.careeval.service.evaluation.DrawService;
import org.careeval.service.evaluation.EvaluationService;
import org.careeval.service.evaluation.EvaluationWorkbook;
import org.careeval.service.evaluation.ScoringService;
import org.careeval.service.evaluation.SeatingService;
import org.careeval.service.expert.ExpertService;
import org.careeval.service.place.PlaceService;
import org.careeval.service.project.ProjectModule;
import org.careeval.service.project.ProjectService;
import org.careeval.service.project.RubricService;
import org.careeval.service.rubric.RubricTemplates;

/**
 * The demo county's towns and villages (sample-projects/demo-county/places.tsv) and six projects in
 * the states a real year has — draft, published, under review, contracted, closed and failed — with
 * rubrics from the shipped templates, all entered through the services an officer uses.
 */
final class DemoProjects {

  private static final String PLACES = "/sample-projects/demo-county/places.tsv";
  private static final String EXPERTS = "/sample-projects/demo-county/experts.tsv";

  /** The published tender whose panel the demo drew (with a decline and a 回避 replaced). */
  static final String DRAWN_PANEL_PROJECT = "石桥镇留守儿童课后关爱服务项目";

  private final PlaceService places;
  private final ProjectService projects;
  private final RubricService rubrics;
  private final EvaluationService evaluations;
  private final BidService bids;
  private final ExpertService experts;
  private final ScoringService scoring;
  private final DrawService draws;
  private final SeatingService seating;
  private final LocalDate today;

  DemoProjects(ProjectModule module, LocalDate today) {
    this.places = module.places();
    this.projects = module.projects();
    this.rubrics = module.rubrics();
    this.evaluations = module.evaluations();
    this.bids = module.bids();
    this.experts = module.experts();
    this.scoring = module.scoring();
    this.draws = module.draws();
    this.seating = module.seating();
    this.today = today;
  }

  /**
   * The expert pool of sample-projects/demo-county/experts.tsv (40 experts; the four demo expert
   * accounts linked; two declared ties to registered organizations; one not available) and one
   * blacklist entry.
   */
  void addExperts(Session officer) {
    List<String> lines = read(EXPERTS);
    long blacklisted = 0;
    for (String line : lines.subList(1, lines.size())) {
      if (line.isBlank()) {
        continue;
      }
      String[] c = line.split("\t", -1);
      List<ExpertTie> ties =
          c[7].isEmpty()
              ? List.of()
              : List.of(
                  new ExpertTie(
                      ExpertTie.Kind.ofChinese(c[7].split("｜")[0]).orElseThrow(),
                      c[7].split("｜")[1],
                      Optional.empty()));
      long id =
          experts.add(
              officer,
              new ExpertDraft(
                  c[0],
                  c[1],
                  c[2],
                  c[3],
                  c[4],
                  Optional.empty(),
                  c[5].equals("是"),
                  "",
                  Optional.of(c[6])),
              ties);
      if (c[0].equals("柏松")) {
        blacklisted = id;
      }
    }
    experts.blacklist(
        officer, blacklisted, "无故缺席评审两次", today.minusMonths(2), Optional.of(today.plusMonths(10)));
  }

  /** Adds the towns and villages; the administrator keeps places. */
  void addPlaces(Session admin) {
    List<String> lines = read(PLACES);
    for (String line : lines.subList(1, lines.size())) {
      String[] c = line.split("\t", -1);
      if (line.isBlank()) {
        continue;
      }
      places.add(
          admin,
          c[1].isEmpty()
              ? new PlaceDraft(PlaceKind.TOWN, c[0], "", c[2])
              : new PlaceDraft(PlaceKind.VILLAGE, c[1], c[0], c[2]));
    }
  }

  /**
   * @return the open tender under review, whose evaluation is in progress
   */
  /** The project contracted outside the app (on paper), whose contract the demo enters. */
  static final String CONTRACTED = "青龙乡留守儿童亲情关爱服务项目";

  Project contracted(Session officer) {
    return projects.list(officer).stream()
        .filter(p -> p.name().equals(CONTRACTED))
        .findFirst()
        .orElseThrow();
  }

  Project addProjects(Session officer, List<Organization> registered) {
    int year = today.getYear();
    Map<String, Place> byName =
        places.list(officer).stream()
            .collect(Collectors.toMap(p -> p.kind() + p.name(), Function.identity(), (a, b) -> a));
    long awardee =
        registered.stream().filter(o -> o.name().contains("阳光")).findFirst().orElseThrow().id();
    Project underReview =
        create(
            officer,
            new Spec(year, "城关镇、石桥镇农村留守儿童关爱服务项目", "480000", ProcurementMethod.OPEN_TENDER),
            List.of("城关镇", "石桥镇"),
            byName,
            nextYear(year));
    rubrics.applyTemplate(officer, underReview.id(), RubricTemplates.OPEN_TENDER);
    advance(officer, underReview, ProjectStatus.UNDER_REVIEW, Optional.empty());

    Project published =
        create(
            officer,
            new Spec(
                year,
                "柳河乡、东岭乡困境儿童与留守儿童关爱服务项目",
                "260000",
                ProcurementMethod.COMPETITIVE_CONSULTATION),
            List.of("柳河乡", "东岭乡"),
            byName,
            nextYear(year));
    rubrics.applyTemplate(officer, published.id(), RubricTemplates.CONSULTATION);
    advance(officer, published, ProjectStatus.PUBLISHED, Optional.empty());

    create(
        officer,
        new Spec(year, "白沙镇留守儿童心理健康服务项目", "150000", ProcurementMethod.COMPETITIVE_CONSULTATION),
        List.of("白沙镇"),
        byName,
        nextYear(year));

    LocalDate[] lastYear = DemoDelivery.term(today);
    Project contracted =
        create(
            officer,
            new Spec(lastYear[0].getYear(), CONTRACTED, "320000", ProcurementMethod.OPEN_TENDER),
            List.of("青龙乡"),
            byName,
            lastYear);
    rubrics.applyTemplate(officer, contracted.id(), RubricTemplates.OPEN_TENDER);
    advance(officer, contracted, ProjectStatus.CONTRACTED, Optional.of(awardee));

    Project closed =
        create(
            officer,
            new Spec(year - 2, "全县农村留守儿童关爱保护服务项目", "520000", ProcurementMethod.OPEN_TENDER),
            List.of("城关镇", "南湖镇", "北岗乡"),
            byName,
            new LocalDate[] {LocalDate.of(year - 2, 4, 1), LocalDate.of(year - 1, 3, 31)});
    rubrics.applyTemplate(officer, closed.id(), RubricTemplates.OPEN_TENDER);
    advance(officer, closed, ProjectStatus.CLOSED, Optional.of(awardee));

    Project failed =
        create(
            officer,
            new Spec(year - 1, "南湖镇儿童安全教育服务项目", "90000", ProcurementMethod.INVITED_TENDER),
            List.of("南湖镇"),
            byName,
            new LocalDate[] {LocalDate.of(year - 1, 6, 1), LocalDate.of(year, 5, 31)});
    rubrics.applyTemplate(officer, failed.id(), RubricTemplates.OPEN_TENDER);
    Project reviewed = advance(officer, failed, ProjectStatus.UNDER_REVIEW, Optional.empty());
    projects.changeStatus(
        officer,
        reviewed.id(),
        reviewed.version(),
        ProjectStatus.FAILED,
        "通过资格审查的供应商只有 2 家，不足 3 家（政府采购法第三十六条）",
        Optional.empty());
    return projects.get(officer, underReview.id());
  }

  /**
   * A finished open tender, loaded the way a panel working on Excel would: its evaluation workbook
   * is written (four bidders from the register, one failing the conformity review, five members
   * scoring every criterion of the tender template) and imported; the leader is named and every
   * member's signature recorded.
   *
   * @return the project's id
   */
  long addFinishedEvaluation(
      Session officer, List<Organization> registered, java.nio.file.Path file) {
    org.careeval.domain.rubric.Rubric rubric = RubricTemplates.OPEN_TENDER.rubric();
    List<Organization> bidders =
        registered.stream()
            .filter(
                o -> o.code().kind() == org.careeval.domain.organization.OrganizationCode.Kind.USCC)
            .limit(4)
            .toList();
    String[] prices = {"398000", "415000", "386000", "352000"};
    double[] quality = {0.9, 0.8, 0.75, 0.7};
    List<EvaluationWorkbook.ReviewedBid> bids = new java.util.ArrayList<>();
    for (int i = 0; i < bidders.size(); i++) {
      boolean conforming = i != 3;
      bids.add(
          new EvaluationWorkbook.ReviewedBid(
              new org.careeval.domain.scoring.Bid(
                  bidders.get(i).name(),
                  bidders.get(i).code().value(),
                  new BigDecimal(prices[i]),
                  Optional.empty(),
                  false,
                  conforming,
                  conforming ? "" : "服务期限少于采购需求的 12 个月（★）"),
              true,
              conforming));
    }
    List<String> members = List.of("陈敏", "刘洋", "张华", "王静", "李强");
    java.util.Map<String, java.util.Map<String, java.util.Map<String, BigDecimal>>> scores =
        new java.util.LinkedHashMap<>();
    for (int m = 0; m < members.size(); m++) {
      java.util.Map<String, java.util.Map<String, BigDecimal>> byBid =
          new java.util.LinkedHashMap<>();
      for (int b = 0; b < 3; b++) {
        java.util.Map<String, BigDecimal> byCode = new java.util.LinkedHashMap<>();
        for (org.careeval.domain.rubric.Criterion c : rubric.criteria()) {
          byCode.put(c.code(), demoScore(c, quality[b], m));
        }
        byBid.put(bids.get(b).bid().uscc(), byCode);
      }
      scores.put(members.get(m), byBid);
    }
    EvaluationWorkbook.write(
        new EvaluationWorkbook.Evaluation(
            "城关镇农村留守儿童安全守护服务项目（示范评审）",
            Optional.of(new BigDecimal("420000")),
            rubric,
            bids,
            members,
            scores),
        file);
    EvaluationService.ImportResult imported = evaluations.importWorkbook(officer, file);
    if (!imported.accepted()) {
      throw new IllegalStateException("demo evaluation refused: " + imported.problems());
    }
    long id = imported.projectId().orElseThrow();
    List<PanelMember> panel = this.bids.panel(officer, id);
    PanelMember leader = panel.get(0);
    this.bids.updateMember(
        officer,
        leader.id(),
        new MemberDraft(leader.name(), PanelRole.EXPERT, true, Optional.empty()));
    for (PanelMember member : panel) {
      scoring.sign(officer, id, member.id());
    }
    return id;
  }

  /**
   * The open tender under review, half way: four bids from the register (one fails the conformity
   * review), a panel of five — three experts who scored in the app and submitted, the demo expert
   * account still to score, and a member on paper whose sheet has not come back.
   */
  void addEvaluationInProgress(
      Session officer, List<Organization> registered, Project project, List<Session> scored) {
    org.careeval.domain.rubric.Rubric rubric =
        rubrics.current(officer, project.id()).orElseThrow().rubric();
    List<Organization> bidders =
        registered.stream()
            .filter(
                o -> o.code().kind() == org.careeval.domain.organization.OrganizationCode.Kind.USCC)
            .skip(4)
            .limit(4)
            .toList();
    String[] prices = {"458000", "472000", "436000", "445000"};
    for (int i = 0; i < bidders.size(); i++) {
      long bid =
          bids.addBid(
              officer,
              project.id(),
              new BidOffer(Optional.of(bidders.get(i).id()), "", "", prices[i], "", false));
      review(officer, bid, BidCheck.Section.QUALIFICATION, rubric.qualification(), "");
      review(
          officer,
          bid,
          BidCheck.Section.CONFORMITY,
          rubric.conformity(),
          i == 2 ? "投标文件未加盖公章（★）" : "");
    }
    String[][] panel = {
      {"孙丽", "expert2"}, {"何军", "expert3"}, {"郭芳", "expert4"}, {"马琳", "expert"}, {"周婷", ""}
    };
    for (int m = 0; m < panel.length; m++) {
      bids.addMember(
          officer,
          project.id(),
          new MemberDraft(
              panel[m][0],
              PanelRole.EXPERT,
              m == 0,
              Optional.of(panel[m][1]).filter(u -> !u.isEmpty())));
    }
    double[] quality = {0.85, 0.78, 0.0, 0.72};
    for (int m = 0; m < scored.size(); m++) {
      Map<Long, Map<String, ScoringService.Entry>> grid = new java.util.LinkedHashMap<>();
      ScoringService.View view = scoring.view(scored.get(m), project.id());
      for (int b = 0; b < view.scoredBids().size(); b++) {
        OpenedBid bid = view.scoredBids().get(b);
        int offered =
            bidders.stream().map(Organization::name).toList().indexOf(bid.bid().organization());
        Map<String, ScoringService.Entry> byCode = new java.util.LinkedHashMap<>();
        for (org.careeval.domain.rubric.Criterion c : rubric.criteria()) {
          byCode.put(
              c.code(),
              new ScoringService.Entry(demoScore(c, quality[offered], m).toPlainString(), ""));
        }
        grid.put(bid.id(), byCode);
      }
      seating.declare(scored.get(m), project.id(), view.me().orElseThrow().id());
      scoring.saveDraft(scored.get(m), project.id(), grid);
      scoring.submit(scored.get(m), project.id());
    }
  }

  /**
   * A published tender whose panel was drawn from the pool with the seed, a witness and one
   * alternate: one drawn expert declined when called (the alternate took the seat), another
   * declared 回避 on their paper declaration (a replacement draw, 补抽, filled the seat); the others
   * signed the declaration of no tie.
   */
  void addDrawnPanel(Session officer) {
    int year = today.getYear();
    Map<String, Place> byName =
        places.list(officer).stream()
            .collect(Collectors.toMap(p -> p.kind() + p.name(), Function.identity(), (a, b) -> a));
    Project project =
        create(
            officer,
            new Spec(year, DRAWN_PANEL_PROJECT, "300000", ProcurementMethod.OPEN_TENDER),
            List.of("石桥镇"),
            byName,
            nextYear(year));
    rubrics.applyTemplate(officer, project.id(), RubricTemplates.OPEN_TENDER);
    advance(officer, project, ProjectStatus.PUBLISHED, Optional.empty());
    DrawService.DrawRecord record =
        draws.draw(
            officer,
            project.id(),
            new DrawService.DrawRequest(
                List.of(),
                Optional.empty(),
                1,
                20261201L,
                List.of("县纪委监委驻民政局纪检监察组 王敏"),
                today.plusDays(7),
                Optional.of("县民政局")));
    List<PanelDraw.Drawn> drawn = record.outcome().members();
    seating.decline(officer, project.id(), drawn.get(0).expert().id(), "外地出差，评审当天不能到场");
    PanelDraw.Drawn onPaper =
        drawn.stream()
            .skip(1)
            .filter(d -> d.expert().draft().username().isEmpty())
            .findFirst()
            .orElseThrow();
    List<PanelMember> panel = bids.panel(officer, project.id());
    long recusing =
        panel.stream()
            .filter(m -> m.expertId().equals(Optional.of(onPaper.expert().id())))
            .findFirst()
            .orElseThrow()
            .id();
    seating.recuse(officer, project.id(), recusing, "近三年曾为本项目潜在投标人提供督导服务");
  }

  private void review(
      Session officer,
      long bid,
      BidCheck.Section section,
      List<org.careeval.domain.rubric.CheckItem> items,
      String failure) {
    List<BidCheck> lines = new java.util.ArrayList<>();
    List<String> codes =
        items.isEmpty()
            ? List.of(BidService.WHOLE_REVIEW)
            : items.stream().map(i -> i.code()).toList();
    for (int i = 0; i < codes.size(); i++) {
      boolean fails = !failure.isEmpty() && i == codes.size() - 1;
      lines.add(new BidCheck(section, codes.get(i), !fails, fails ? failure : ""));
    }
    bids.review(officer, bid, section, lines);
  }

  /**
   * A member's score: objective criteria alike for every member (whole points), subjective ones
   * around the bid's quality, half a point apart between members, inside the criterion's points.
   */
  private static BigDecimal demoScore(
      org.careeval.domain.rubric.Criterion c, double quality, int member) {
    double max = c.maxPoints().doubleValue();
    double value =
        c.kind() == org.careeval.domain.rubric.CriterionKind.OBJECTIVE
            ? Math.floor(max * quality)
            : Math.min(max, Math.max(0, max * quality + (member - 2) * 0.5));
    return BigDecimal.valueOf(value).setScale(1, java.math.RoundingMode.HALF_UP);
  }

  private record Spec(int year, String name, String budget, ProcurementMethod method) {}

  private Project create(
      Session officer, Spec spec, List<String> towns, Map<String, Place> byName, LocalDate[] term) {
    Set<Long> placeIds =
        towns.stream().map(t -> byName.get(PlaceKind.TOWN + t).id()).collect(Collectors.toSet());
    // the villages of the first town too, as a project names the villages it reaches
    byName.values().stream()
        .filter(
            p -> p.parentId().equals(Optional.of(byName.get(PlaceKind.TOWN + towns.get(0)).id())))
        .forEach(p -> placeIds.add(p.id()));
    List<ServiceCategory> catalogue = projects.categories(officer);
    Set<Long> categories =
        catalogue.stream()
            .filter(c -> List.of("监护指导", "心理疏导", "亲情关爱", "安全教育", "入户走访").contains(c.name()))
            .map(ServiceCategory::id)
            .collect(Collectors.toSet());
    return projects.create(
        officer,
        new ProjectDraft(
            spec.year(),
            spec.name(),
            new BigDecimal(spec.budget()),
            spec.method(),
            Optional.of(term[0]),
            Optional.of(term[1]),
            officer.username(),
            categories,
            placeIds,
            EnumSet.of(
                TargetGroup.BOTH_PARENTS_AWAY,
                TargetGroup.ONE_PARENT_AWAY,
                TargetGroup.CHILDREN_IN_DIFFICULTY)));
  }

  private static LocalDate[] nextYear(int year) {
    return new LocalDate[] {LocalDate.of(year + 1, 1, 1), LocalDate.of(year + 1, 12, 31)};
  }

  /** Moves a project step by step up to {@code target}. */
  private Project advance(
      Session officer, Project project, ProjectStatus target, Optional<Long> awardee) {
    Project current = project;
    while (current.status() != target) {
      ProjectStatus next = current.status().next().orElseThrow();
      current = projects.changeStatus(officer, current.id(), current.version(), next, "", awardee);
    }
    return current;
  }

  private static List<String> read(String resource) {
    try (InputStream in = DemoProjects.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("demo county missing from the build: " + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
