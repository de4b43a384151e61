package org.careeval.domain.records;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import org.careeval.domain.delivery.Period;

/**
 * A spot check (抽查) of a contract's service output: a sample drawn at a rate (default 30 %) from
 * its service records, or from the villages they reached, with a recorded seed — the population in
 * a fixed order shuffled by one {@link Random} seeded with it (Java specifies that generator), so
 * the same seed and the same population give the same sample anywhere; the population's size and
 * SHA-256 are kept to show it is the same. Each sampled item gets a finding at the visit.
 */
public record SpotCheck(
    long id,
    long contractId,
    Kind kind,
    int rate,
    long seed,
    int population,
    String populationSha256,
    String drawnBy,
    Instant drawnAt,
    List<Item> items) {

  public static final int DEFAULT_RATE = 30;

  /** What is sampled. */
  public enum Kind {
    RECORDS,
    VILLAGES
  }

  /** What a visit found for an item. */
  public enum Finding {
    PENDING("", false),
    CONFIRMED("属实", false),
    PARTLY("部分属实", true),
    NOT_FOUND("不属实", true);

    private final String chinese;
    private final boolean mismatch;

    Finding(String chinese, boolean mismatch) {
      this.chinese = chinese;
      this.mismatch = mismatch;
    }

    public String chinese() {
      return chinese;
    }

    /** Partly or not found: feeds the warnings and the periodic evaluation. */
    public boolean mismatch() {
      return mismatch;
    }
  }

  /**
   * One sampled item: a record (quarter, village, type, group, age band, counts) or a village (its
   * latest quarter, the counts summed, no type, group or band).
   */
  public record Item(
      int seq,
      Period period,
      long placeId,
      Optional<Long> categoryId,
      Optional<Beneficiary> beneficiary,
      Optional<AgeBand> age,
      int children,
      int times,
      Finding finding,
      String note,
      Optional<String> evidenceSha256) {

    public Item withSeq(int newSeq) {
      return new Item(
          newSeq,
          period,
          placeId,
          categoryId,
          beneficiary,
          age,
          children,
          times,
          finding,
          note,
          evidenceSha256);
    }

    String line() {
      return period.code()
          + "\t"
          + placeId
          + "\t"
          + categoryId.map(String::valueOf).orElse("")
          + "\t"
          + beneficiary.map(Enum::name).orElse("")
          + "\t"
          + age.map(Enum::name).orElse("")
          + "\t"
          + children
          + "\t"
          + times;
    }
  }

  public SpotCheck {
    items = List.copyOf(items);
  }

  /** The items a draw chooses from, in a fixed order. */
  public static List<Item> population(List<ServiceRecord> records, Kind kind) {
    List<ServiceRecord> ordered = new ArrayList<>(records);
    ordered.sort(
        Comparator.comparing(ServiceRecord::period)
            .thenComparingLong(ServiceRecord::placeId)
            .thenComparingLong(ServiceRecord::categoryId)
            .thenComparing(ServiceRecord::beneficiary)
            .thenComparing(ServiceRecord::age));
    List<Item> items = new ArrayList<>();
    if (kind == Kind.RECORDS) {
      for (ServiceRecord r : ordered) {
        items.add(
            new Item(
                items.size() + 1,
                r.period(),
                r.placeId(),
                Optional.of(r.categoryId()),
                Optional.of(r.beneficiary()),
                Optional.of(r.age()),
                r.children(),
                r.times(),
                Finding.PENDING,
                "",
                Optional.empty()));
      }
      return items;
    }
    Map<Long, Item> villages = new TreeMap<>();
    for (ServiceRecord r : ordered) {
      Item before = villages.get(r.placeId());
      int children = r.children() + (before == null ? 0 : before.children());
      int times = r.times() + (before == null ? 0 : before.times());
      villages.put(
          r.placeId(),
          new Item(
              0,
              r.period(),
              r.placeId(),
              Optional.empty(),
              Optional.empty(),
              Optional.empty(),
              children,
              times,
              Finding.PENDING,
              "",
              Optional.empty()));
    }
    villages.values().forEach(v -> items.add(v.withSeq(items.size() + 1)));
    return items;
  }

  /** How many items a rate (1–100 %) takes: rounded up, at least one of a non-empty population. */
  public static int sampleSize(int populationSize, int rate) {
    return (int) Math.ceil(populationSize * rate / 100.0);
  }

  /** The sample: the population shuffled with the seed, the first n taken, in population order. */
  public static List<Item> draw(List<Item> population, int rate, long seed) {
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < population.size(); i++) {
      order.add(i);
    }
    Collections.shuffle(order, new Random(seed));
    List<Integer> chosen = new ArrayList<>(order.subList(0, sampleSize(population.size(), rate)));
    Collections.sort(chosen);
    List<Item> sample = new ArrayList<>();
    for (int i : chosen) {
      sample.add(population.get(i).withSeq(sample.size() + 1));
    }
    return sample;
  }

  /** The SHA-256 of the population, one line per item in order. */
  public static String hash(List<Item> population) {
    StringBuilder text = new StringBuilder("careeval-spot-check-population\t1\n");
    population.forEach(i -> text.append(i.line()).append('\n'));
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256")
                  .digest(text.toString().getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }

  /** The items whose visit found a mismatch. */
  public List<Item> mismatches() {
    return items.stream().filter(i -> i.finding().mismatch()).toList();
  }
}
