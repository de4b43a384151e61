package org.careeval.domain.rubric;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.careeval.domain.FreeText;
import org.careeval.domain.LocalizedText;

/**
 * Band descriptors written one band a line, {@code 优|18|20|description} — as the rubric workbook's
 * 评分标准 cell and the rubric form hold them. Full-width bars (｜) are read as bars.
 */
public final class BandLines {

  /** The bands read and what could not be read, one reason per bad line. */
  public record Parsed(List<Band> bands, List<LocalizedText> problems) {}

  private BandLines() {}

  public static Parsed parse(String text) {
    List<Band> bands = new ArrayList<>();
    List<LocalizedText> problems = new ArrayList<>();
    String[] lines = text == null ? new String[0] : text.split("\\R");
    for (int i = 0; i < lines.length; i++) {
      String line = FreeText.clean(lines[i]).replace('｜', '|');
      if (line.isEmpty()) {
        continue;
      }
      Optional<Band> band = parseLine(line);
      if (band.isPresent()) {
        bands.add(band.get());
      } else {
        problems.add(new LocalizedText("error.rubric.bandLine", i + 1, line));
      }
    }
    return new Parsed(bands, problems);
  }

  private static Optional<Band> parseLine(String line) {
    String[] parts = line.split("\\|", 4);
    if (parts.length < 3 || parts[0].isBlank()) {
      return Optional.empty();
    }
    Optional<BigDecimal> low = Points.parse(parts[1]);
    Optional<BigDecimal> high = Points.parse(parts[2]);
    if (low.isEmpty() || high.isEmpty()) {
      return Optional.empty();
    }
    String description = parts.length == 4 ? parts[3].strip() : "";
    return Optional.of(new Band(parts[0].strip(), low.get(), high.get(), description));
  }
}
