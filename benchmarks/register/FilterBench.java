import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.careeval.domain.organization.Organization;
import org.careeval.domain.organization.OrganizationAlert;
import org.careeval.domain.organization.OrganizationCode;
import org.careeval.domain.organization.Rating;
import org.careeval.domain.organization.RatingLevel;
import org.careeval.domain.organization.RegisterEntry;
import org.careeval.domain.organization.RegisterQuery;

/**
 * Filtering the register list of 20,000 per keystroke, the way the screen does it: a new
 * RegisterQuery predicate set on the FilteredList (query + model update). Baseline: the same
 * FilteredList with a bare String.contains on the names.
 */
public final class FilterBench {
  public static void main(String[] args) {
    int count = Integer.parseInt(args[0]);
    List<RegisterEntry> entries = new ArrayList<>();
    for (int n = 0; n < count; n++) {
      OrganizationCode code = OrganizationCode.parse(RosterFile.uscc(n)).code().orElseThrow();
      Optional<Rating> rating =
          n % 2 == 0
              ? Optional.of(new Rating(RatingLevel.A3, "", "", LocalDate.of(2023, 6, 15)))
              : Optional.empty();
      Organization o =
          new Organization(n, "基准县第" + n + "社会工作服务中心", code, Optional.empty(), "", "", "", rating, true);
      entries.add(
          RegisterEntry.of(
              o,
              n % 7 == 0 ? List.of(OrganizationAlert.DOCUMENT_EXPIRING) : List.of(),
              List.of(n % 3 == 0 ? "城关镇" : "石桥镇")));
    }
    ObservableList<RegisterEntry> source = FXCollections.observableArrayList(entries);
    FilteredList<RegisterEntry> ours = new FilteredList<>(source);
    FilteredList<RegisterEntry> bare = new FilteredList<>(source);
    List<String> keystrokes = Arrays.asList("基", "基准", "基准县", "基准县第", "基准县第1", "基准县第12", "基准县第123", "5241", "");
    for (int warm = 0; warm < 20; warm++) {
      run(ours, bare, keystrokes, null);
    }
    List<Double> oursMs = new ArrayList<>();
    List<Double> bareMs = new ArrayList<>();
    for (int round = 0; round < 15; round++) {
      run(ours, bare, keystrokes, new List[] {oursMs, bareMs});
    }
    System.out.printf("%s %.2f %.2f%n", "filter_keystroke_ms", median(oursMs), median(bareMs));
  }

  @SuppressWarnings("unchecked")
  private static void run(
      FilteredList<RegisterEntry> ours, FilteredList<RegisterEntry> bare, List<String> keys, List[] out) {
    for (String key : keys) {
      long t0 = System.nanoTime();
      RegisterQuery query =
          new RegisterQuery(
              key, Optional.empty(), Optional.empty(), Optional.empty(), RegisterQuery.Status.ACTIVE, RegisterQuery.AlertChoice.ANY);
      ours.setPredicate(query.predicate());
      int shown = ours.size();
      long t1 = System.nanoTime();
      bare.setPredicate(e -> e.organization().name().contains(key));
      shown += bare.size();
      long t2 = System.nanoTime();
      if (out != null) {
        out[0].add((t1 - t0) / 1e6);
        out[1].add((t2 - t1) / 1e6);
      }
      if (shown < 0) {
        throw new IllegalStateException();
      }
    }
  }

  private static double median(List<Double> values) {
    List<Double> sorted = new ArrayList<>(values);
    sorted.sort(null);
    return sorted.get(sorted.size() / 2);
  }
}
