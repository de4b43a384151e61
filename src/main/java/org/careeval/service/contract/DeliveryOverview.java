package org.careeval.service.contract;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.careeval.domain.contract.Contract;
import org.careeval.domain.delivery.DeliveryStatus;
import org.careeval.domain.delivery.Period;
import org.careeval.domain.delivery.PeriodReport;
import org.careeval.domain.system.CountyClock;
import org.careeval.domain.system.Setting;
import org.careeval.domain.user.Permission;
import org.careeval.domain.user.Session;
import org.careeval.persistence.ContractRepository;
import org.careeval.persistence.Database;
import org.careeval.persistence.DeliveryRepository;
import org.careeval.persistence.SettingRepository;
import org.careeval.persistence.Transaction;
import org.careeval.service.security.Sessions;

/**
 * What is missing, not only what arrived (issue 14): for every signed contract and every quarter of
 * its term that has ended or has a report, where its report stands — due, late, submitted,
 * returned, accepted — with the days late; and the contracts whose reports have not changed for the
 * setting's days. For the county or one officer's projects. Two queries for the whole county.
 */
public final class DeliveryOverview {

  /** One contract × period. */
  public record Line(
      long contractId,
      String contractNumber,
      String organization,
      String project,
      String officer,
      Period period,
      LocalDate deadline,
      DeliveryStatus status) {}

  /** A signed contract nothing was reported on for too long. */
  public record Quiet(
      long contractId,
      String contractNumber,
      String organization,
      String officer,
      LocalDate lastUpdate,
      long days) {}

  public record Overview(List<Line> lines, List<Quiet> quiet) {
    /** The lines something still has to be done about: due, late, returned. */
    public List<Line> missing() {
      return lines.stream().filter(l -> l.status().state().missing()).toList();
    }
  }

  private final Database database;
  private final ContractRepository contracts;
  private final DeliveryRepository delivery;
  private final SettingRepository settings;
  private final CountyClock clock;
  private final Sessions sessions;

  public DeliveryOverview(
      Database database,
      ContractRepository contracts,
      DeliveryRepository delivery,
      SettingRepository settings,
      CountyClock clock,
      Sessions sessions) {
    this.database = database;
    this.contracts = contracts;
    this.delivery = delivery;
    this.settings = settings;
    this.clock = clock;
    this.sessions = sessions;
  }

  /** The county's overview, or only the projects of {@code officer} when given. */
  public Overview of(Session session, Optional<String> officer) {
    sessions.require(session, Permission.PROJECT_READ);
    return database.read(tx -> overview(tx, officer));
  }

  private Overview overview(Transaction tx, Optional<String> officer) {
    LocalDate today = clock.today();
    int dueDays = number(tx, Setting.REPORT_DUE_DAYS);
    int quietDays = number(tx, Setting.NO_UPDATE_DAYS);
    Map<Long, String> officers = contracts.officers(tx);
    Map<Long, Map<Period, PeriodReport>> reports = new HashMap<>();
    for (PeriodReport r : delivery.reportHeads(tx)) {
      reports.computeIfAbsent(r.contractId(), k -> new HashMap<>()).put(r.period(), r);
    }
    List<Line> lines = new ArrayList<>();
    List<Quiet> quiet = new ArrayList<>();
    for (Contract c : contracts.list(tx)) {
      String who = officers.getOrDefault(c.id(), "");
      if (c.status() != Contract.Status.SIGNED || officer.filter(o -> !o.equals(who)).isPresent()) {
        continue;
      }
      Map<Period, PeriodReport> mine = reports.getOrDefault(c.id(), Map.of());
      for (Period p : DeliveryService.periods(c)) {
        Optional<PeriodReport> r = Optional.ofNullable(mine.get(p));
        DeliveryStatus.of(p, r, today, dueDays)
            .ifPresent(
                s ->
                    lines.add(
                        new Line(
                            c.id(),
                            c.number(),
                            c.organization(),
                            c.project(),
                            who,
                            p,
                            DeliveryStatus.deadline(p, dueDays),
                            s)));
      }
      quiet(c, who, mine, today, dueDays, quietDays).ifPresent(quiet::add);
    }
    lines.sort(Comparator.comparing(Line::contractNumber).thenComparing(Line::period));
    return new Overview(lines, quiet);
  }

  private Optional<Quiet> quiet(
      Contract c,
      String officer,
      Map<Period, PeriodReport> reports,
      LocalDate today,
      int dueDays,
      int quietDays) {
    ZoneId zone = clock.zone();
    LocalDate last =
        reports.values().stream()
            .map(r -> r.updatedAt().atZone(zone).toLocalDate())
            .max(Comparator.naturalOrder())
            .orElse(c.signedOn().orElse(today));
    long days = ChronoUnit.DAYS.between(last, today);
    boolean running = !today.isAfter(c.termEnd().orElseThrow().plusDays(dueDays));
    return running && days > quietDays
        ? Optional.of(new Quiet(c.id(), c.number(), c.organization(), officer, last, days))
        : Optional.empty();
  }

  private int number(Transaction tx, Setting setting) {
    return Integer.parseInt(settings.find(tx, setting.key()).orElse(setting.defaultValue()));
  }
}
