package org.careeval.domain.expert;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.careeval.domain.CareEvalException;

/**
 * Drawing a panel from the pool at random (随机抽取, issue 13). The pool is taken in id order, the
 * excluded and unavailable experts are left out, and for each condition (specialty and count, in
 * the order given) the remaining candidates are shuffled with one {@link Random} seeded by the
 * recorded seed — Java specifies that generator's algorithm, so the same seed and pool give the
 * same panel on every machine. Alternates are then drawn from what is left of the requested
 * specialties.
 */
public final class PanelDraw {

  /** How many experts of a specialty the panel needs; {@link #ANY} takes every specialty. */
  public record Condition(String specialty, int count) {

    /** One condition as typed, {@code 专业=人数}; refused with the text when it is not one. */
    public static Condition parse(String text) {
      int equals = text.lastIndexOf('=');
      try {
        return new Condition(
            text.substring(0, equals).strip(),
            Integer.parseInt(text.substring(equals + 1).strip()));
      } catch (RuntimeException e) {
        throw new CareEvalException("error.draw.condition", text);
      }
    }

    /** Conditions typed in one line, separated by commas, semicolons or spaces; blank: none. */
    public static List<Condition> parseAll(String text) {
      String normalized = text == null ? "" : text.replace('＝', '=').strip();
      if (normalized.isEmpty()) {
        return List.of();
      }
      return Arrays.stream(normalized.split("[,，;；、\\s]+")).map(Condition::parse).toList();
    }
  }

  /** The specialty of a condition that any expert meets. */
  public static final String ANY = "*";

  /** The conditions of a draw and its seed; {@code region} limits the pool when present. */
  public record Request(
      List<Condition> conditions, Optional<String> region, int alternates, long seed) {
    public Request {
      conditions = List.copyOf(conditions);
    }
  }

  /** One drawn expert: for which specialty, member or alternate, in the order drawn. */
  public record Drawn(Expert expert, String specialty, boolean alternate, int order) {}

  /**
   * What the draw gave: members, alternates, and the conditions it could not fill (too few eligible
   * experts of that specialty), each with how many are missing.
   */
  public record Outcome(List<Drawn> members, List<Drawn> alternates, List<Condition> shortOf) {}

  private PanelDraw() {}

  /**
   * @param excluded experts who may not be drawn, by id (blacklisted, booked, tied to a bidder,
   *     employed by the buyer — the caller decides and records why)
   */
  public static Outcome draw(List<Expert> pool, Request request, Map<Long, ?> excluded) {
    Random random = new Random(request.seed());
    List<Expert> eligible =
        pool.stream()
            .filter(e -> e.draft().available() && !excluded.containsKey(e.id()))
            .filter(e -> request.region().map(r -> r.equals(e.draft().region())).orElse(true))
            .sorted(Comparator.comparingLong(Expert::id))
            .toList();
    Set<Long> taken = new HashSet<>();
    List<Drawn> members = new ArrayList<>();
    List<Condition> shortOf = new ArrayList<>();
    for (Condition condition : request.conditions()) {
      List<Expert> candidates = candidates(eligible, condition.specialty(), taken);
      Collections.shuffle(candidates, random);
      int drawn = Math.min(condition.count(), candidates.size());
      for (int i = 0; i < drawn; i++) {
        taken.add(candidates.get(i).id());
        members.add(new Drawn(candidates.get(i), condition.specialty(), false, members.size() + 1));
      }
      if (drawn < condition.count()) {
        shortOf.add(new Condition(condition.specialty(), condition.count() - drawn));
      }
    }
    List<Expert> rest = new ArrayList<>();
    for (Condition condition : request.conditions()) {
      rest.addAll(candidates(eligible, condition.specialty(), taken));
    }
    Collections.shuffle(rest, random);
    List<Drawn> alternates = new ArrayList<>();
    for (Expert e : rest) {
      if (alternates.size() == request.alternates()) {
        break;
      }
      if (taken.add(e.id())) {
        alternates.add(new Drawn(e, e.draft().specialty(), true, alternates.size() + 1));
      }
    }
    return new Outcome(members, alternates, shortOf);
  }

  private static List<Expert> candidates(List<Expert> eligible, String specialty, Set<Long> taken) {
    List<Expert> candidates = new ArrayList<>();
    for (Expert e : eligible) {
      boolean meets = specialty.equals(ANY) || e.draft().specialty().equals(specialty);
      if (meets && !taken.contains(e.id())) {
        candidates.add(e);
      }
    }
    return candidates;
  }
}
