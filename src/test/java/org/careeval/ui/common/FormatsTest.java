package org.careeval.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import org.careeval.service.i18n.Messages;
import org.junit.jupiter.api.Test;

class FormatsTest {

  private final Formats chinese = new Formats(Messages.CHINESE, ZoneId.of("Asia/Shanghai"));
  private final Formats english = new Formats(Messages.ENGLISH, ZoneId.of("Asia/Shanghai"));

  @Test
  void datesInTablesAreIsoAndInSentencesTheLongForm() {
    LocalDate day = LocalDate.of(2025, 1, 1);
    assertThat(Formats.date(day)).isEqualTo("2025-01-01");
    assertThat(chinese.longDate(day)).isEqualTo("2025年1月1日");
    assertThat(english.longDate(day)).isEqualTo("January 1, 2025");
  }

  @Test
  void timesAreTheCountysLocalTimeInOneSortableForm() {
    Instant utcMidnight = Instant.parse("2026-12-02T16:30:00Z");
    assertThat(chinese.timestamp(utcMidnight)).isEqualTo("2026-12-03 00:30:00");
    assertThat(english.timestamp(utcMidnight)).isEqualTo("2026-12-03 00:30:00");
  }

  @Test
  void bytesAreShownInTheLargestUnitThatKeepsThemReadable() {
    assertThat(Formats.bytes(0)).isEqualTo("0 B");
    assertThat(Formats.bytes(1023)).isEqualTo("1023 B");
    assertThat(Formats.bytes(1024)).isEqualTo("1 KB");
    assertThat(Formats.bytes(1025)).isEqualTo("2 KB");
    assertThat(Formats.bytes(1024 * 1024)).isEqualTo("1.0 MB");
    assertThat(Formats.bytes(3_565_158)).isEqualTo("3.4 MB");
  }

  @Test
  void scoresHaveTwoDecimalsRoundedHalfUpWithoutSeparators() {
    assertThat(Formats.score(new BigDecimal("19.2"))).isEqualTo("19.20");
    assertThat(Formats.score(new BigDecimal("89.475"))).isEqualTo("89.48");
    assertThat(Formats.score(new BigDecimal("1234.5"))).isEqualTo("1234.50");
  }

  @Test
  void moneyHasTwoDecimalsAndThousandsSeparatorsRoundedHalfUp() {
    assertThat(Formats.money(new BigDecimal("1234567.8"))).isEqualTo("1,234,567.80");
    assertThat(Formats.money(new BigDecimal("0.005"))).isEqualTo("0.01");
    assertThat(Formats.money(new BigDecimal("0.004999"))).isEqualTo("0.00");
    assertThat(Formats.money(new BigDecimal("-2500"))).isEqualTo("-2,500.00");
    assertThat(Formats.money(new BigDecimal("99999999999.995"))).isEqualTo("100,000,000,000.00");
  }

  @Test
  void dateEntryReadsEveryAcceptedFormAndNothingElse() {
    LocalDate day = LocalDate.of(2025, 1, 1);
    for (String typed :
        new String[] {
          "2025-01-01", "2025-1-1", "2025/1/1", "20250101", "2025年1月1日", " 2025.1.1 ", "２０２５－０１－０１"
        }) {
      assertThat(DateFields.read(typed)).as(typed).contains(Optional.of(day));
    }
    assertThat(DateFields.read("")).contains(Optional.empty());
    assertThat(DateFields.read("   ")).contains(Optional.empty());
    for (String typed : new String[] {"1/1/2025", "2025-02-30", "2025-13-01", "明天", "2025-01"}) {
      assertThat(DateFields.read(typed)).as(typed).isEmpty();
    }
  }
}
