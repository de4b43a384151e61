package org.careeval.domain.records;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.careeval.domain.delivery.Period;
import org.junit.jupiter.api.Test;

/**
 * The spot-check draw: the sample size is the rate rounded up; the same seed and population give
 * the same sample, in population order; another seed another; the population hash changes with any
 * record; villages are sampled once each with their counts summed.
 */
class SpotCheckTest {

  private static List<ServiceRecord> records(int n) {
    List<ServiceRecord> records = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      records.add(
          new ServiceRecord(
              1,
              new Period(2026, 1 + i % 4),
              100 + i % 3,
              i,
              Beneficiary.OTHER,
              AgeBand.UNDER_6,
              i,
              i + 1));
    }
    return records;
  }

  @Test
  void theSampleSizeIsTheRateRoundedUp() {
    assertThat(SpotCheck.sampleSize(32, 30)).isEqualTo(10);
    assertThat(SpotCheck.sampleSize(10, 30)).isEqualTo(3);
    assertThat(SpotCheck.sampleSize(5, 1)).isEqualTo(1);
    assertThat(SpotCheck.sampleSize(5, 100)).isEqualTo(5);
    assertThat(SpotCheck.sampleSize(0, 30)).isZero();
  }

  @Test
  void theSameSeedDrawsTheSameSampleInPopulationOrder() {
    List<SpotCheck.Item> population = SpotCheck.population(records(20), SpotCheck.Kind.RECORDS);
    assertThat(population).extracting(i -> i.period().code()).isSorted();
    List<SpotCheck.Item> first = SpotCheck.draw(population, 30, 20261203L);
    List<SpotCheck.Item> again = SpotCheck.draw(population, 30, 20261203L);
    assertThat(first).hasSize(6).isEqualTo(again);
    assertThat(first).extracting(SpotCheck.Item::seq).containsExactly(1, 2, 3, 4, 5, 6);
    assertThat(first.stream().map(i -> population.indexOf(i.withSeq(0)) >= 0)).isNotEmpty();
    assertThat(SpotCheck.draw(population, 30, 7L)).isNotEqualTo(first);
    assertThat(SpotCheck.draw(population, 100, 7L))
        .extracting(SpotCheck.Item::categoryId)
        .containsExactlyElementsOf(population.stream().map(SpotCheck.Item::categoryId).toList());
  }

  @Test
  void thePopulationHashChangesWithAnyRecord() {
    List<ServiceRecord> records = records(8);
    String hash = SpotCheck.hash(SpotCheck.population(records, SpotCheck.Kind.RECORDS));
    assertThat(SpotCheck.hash(SpotCheck.population(records(8), SpotCheck.Kind.RECORDS)))
        .isEqualTo(hash);
    List<ServiceRecord> changed = new ArrayList<>(records);
    ServiceRecord r = changed.get(3);
    changed.set(
        3,
        new ServiceRecord(
            r.contractId(),
            r.period(),
            r.placeId(),
            r.categoryId(),
            r.beneficiary(),
            r.age(),
            r.children(),
            r.times() + 1));
    assertThat(SpotCheck.hash(SpotCheck.population(changed, SpotCheck.Kind.RECORDS)))
        .isNotEqualTo(hash);
  }

  @Test
  void villagesAreSampledOnceWithTheirCountsSummed() {
    List<SpotCheck.Item> villages = SpotCheck.population(records(6), SpotCheck.Kind.VILLAGES);
    // records 0..5 in places 100,101,102,100,101,102: children 0+3, 1+4, 2+5; times 1+4, 2+5, 3+6
    assertThat(villages)
        .extracting(i -> i.placeId() + ":" + i.children() + "/" + i.times())
        .containsExactly("100:3/5", "101:5/7", "102:7/9");
    assertThat(villages.get(0).categoryId()).isEmpty();
  }
}
