package org.careeval.domain.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.careeval.domain.CareEvalException;
import org.junit.jupiter.api.Test;

class CountyClockTest {

  private static CountyClock at(String instant, String zone) {
    return new CountyClock(Clock.fixed(Instant.parse(instant), ZoneOffset.UTC), ZoneId.of(zone));
  }

  @Test
  void todayIsTheCountysDateNotUtcs() {
    assertThat(at("2026-11-23T18:30:00Z", "Asia/Shanghai").today())
        .isEqualTo(LocalDate.of(2026, 11, 24));
    assertThat(at("2026-11-23T15:59:00Z", "Asia/Shanghai").today())
        .isEqualTo(LocalDate.of(2026, 11, 23));
    assertThat(at("2026-11-23T16:01:00Z", "Asia/Shanghai").today())
        .isEqualTo(LocalDate.of(2026, 11, 24));
  }

  @Test
  void instantsStayUtcWhateverTheZone() {
    CountyClock clock = at("2026-11-23T18:30:00Z", "Asia/Shanghai");
    assertThat(clock.instant()).isEqualTo(Instant.parse("2026-11-23T18:30:00Z"));
    assertThat(clock.now().getOffset()).isEqualTo(ZoneOffset.ofHours(8));
  }

  @Test
  void utcLikeSystemZonesFallBackToShanghai() {
    assertThat(CountyClock.informative(ZoneId.of("UTC"))).isFalse();
    assertThat(CountyClock.informative(ZoneId.of("Etc/UTC"))).isFalse();
    assertThat(CountyClock.informative(ZoneId.of("GMT"))).isFalse();
    assertThat(CountyClock.informative(ZoneOffset.UTC)).isFalse();
    assertThat(CountyClock.informative(ZoneId.of("Asia/Urumqi"))).isTrue();
    assertThat(CountyClock.defaultZone()).isNotNull();
  }

  @Test
  void theZoneSettingAcceptsZoneIdsOnly() {
    assertThat(Setting.COUNTY_TIME_ZONE.parse(" Asia/Shanghai ")).isEqualTo("Asia/Shanghai");
    assertThatThrownBy(() -> Setting.COUNTY_TIME_ZONE.parse("北京时间"))
        .isInstanceOf(CareEvalException.class)
        .hasFieldOrPropertyWithValue("messageKey", "error.setting.zone");
    assertThat(Setting.COUNTY_TIME_ZONE.numeric()).isFalse();
  }
}
