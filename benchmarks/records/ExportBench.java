import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.careeval.app.AppContext;
import org.careeval.domain.delivery.Period;
import org.careeval.domain.project.ServiceCategory;
import org.careeval.domain.system.DataDirectory;
import org.careeval.domain.user.Session;
import org.careeval.service.demo.DemoCountyService;
import org.careeval.service.i18n.Messages;

/**
 * The 100,000-row data sheet of step 11 (issue 16; performance.md G1/G2): the county's service
 * records of one quarter — 40 contracts × 2,500 rows — exported by {@code exportRecords} (DB fetch
 * through jOOQ with a lazy cursor, names mapped, styles, SXSSF write) in a JVM limited to
 * {@code -Xmx128m}, against the raw streaming writer (SXSSF, the same 100-row window) writing the
 * same cells, generated beforehand, the two taking turns. {@code populate DIR} builds the county; {@code measure DIR}
 * prints {@code export_ms ours baseline} (medians of warm repetitions) and the rows written.
 */
public final class ExportBench {

  static final int CONTRACTS = 40;
  static final int ROWS = 2_500;
  static final int REPEAT = 9;

  public static void main(String[] args) throws Exception {
    Path work = Path.of(args[1]);
    DataDirectory directory = new DataDirectory(work.resolve("data"));
    try (AppContext context = AppContext.open(directory, Optional.empty())) {
      if (args[0].equals("populate")) {
        populate(context);
      } else {
        measure(context, work);
      }
    }
  }

  static Period quarter(AppContext context) {
    return Period.of(context.clock().today()).previous();
  }

  static void populate(AppContext context) throws Exception {
    context.demo().load(Messages.of(Messages.CHINESE));
    Session officer = signIn(context, "officer");
    Session admin = signIn(context, "admin");
    List<List<Long>> towns = RecordsBench.villages(context, admin);
    Set<Long> wide = new LinkedHashSet<>();
    towns.subList(0, 4).forEach(wide::addAll);
    Period q = quarter(context);
    List<Long> categories =
        context.projects().categories(officer).stream()
            .filter(ServiceCategory::active).map(ServiceCategory::id).toList();
    for (int n = 0; n < CONTRACTS; n++) {
      long id = RecordsBench.contract(context, officer, 100 + n, q.start(), wide);
      context.records().save(officer, id, q, RecordsBench.rows(id, q, wide, categories, ROWS));
    }
  }

  static void measure(AppContext context, Path work) throws Exception {
    Session officer = signIn(context, "officer");
    Period q = quarter(context);
    List<Long> ours = new ArrayList<>();
    List<Long> raw = new ArrayList<>();
    long rows = 0;
    // the same cells, generated before the clock starts: what the raw writer is given
    List<List<Object>> cells = new ArrayList<>();
    cells.add(List.of("合同编号", "村", "服务类型", "儿童类别", "年龄段", "服务儿童数", "服务人次"));
    for (var d : context.contracts().list(officer)) {
      var c = d.contract();
      if (c.status() != org.careeval.domain.contract.Contract.Status.SIGNED) {
        continue;
      }
      var choices = context.records().choices(officer, c.id());
      java.util.Map<Long, String> villages = new java.util.HashMap<>();
      choices.villages().forEach((name, id) -> villages.put(id, name));
      java.util.Map<Long, String> types = new java.util.HashMap<>();
      choices.categories().forEach((name, id) -> types.put(id, name));
      for (var r : context.records().list(officer, c.id())) {
        if (r.period().equals(q)) {
          cells.add(List.of(c.number(), villages.get(r.placeId()), types.get(r.categoryId()),
              r.beneficiary().chinese(), r.age().chinese(), (long) r.children(), (long) r.times()));
        }
      }
    }
    System.err.printf("cells %d, used heap %d MB%n", cells.size(),
        (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) >> 20);
    // ours and the raw writer take turns, so neither runs on a JIT the other warmed alone
    for (int i = 0; i < REPEAT; i++) {
      Path file = work.resolve("ours" + i + ".xlsx");
      long t0 = System.nanoTime();
      rows = context.records().exportRecords(officer, q, file);
      ours.add((System.nanoTime() - t0) / 1_000_000);
      Files.delete(file);
      Path rawFile = work.resolve("raw" + i + ".xlsx");
      t0 = System.nanoTime();
      rawWrite(cells, rawFile);
      raw.add((System.nanoTime() - t0) / 1_000_000);
      Files.delete(rawFile);
    }
    System.err.printf("ours %s raw %s rows %d max heap %d MB%n", ours, raw, rows, Runtime.getRuntime().maxMemory() >> 20);
    System.out.printf("export_ms %d %d%n", median(ours), median(raw));
  }

  static void rawWrite(List<List<Object>> cells, Path file) throws Exception {
    try (SXSSFWorkbook book = new SXSSFWorkbook(100);
        var out = Files.newOutputStream(file)) {
      Sheet sheet = book.createSheet("服务记录");
      int r = 0;
      for (List<Object> values : cells) {
        Row row = sheet.createRow(r++);
        for (int c = 0; c < values.size(); c++) {
          Object v = values.get(c);
          if (v instanceof Long n) {
            row.createCell(c).setCellValue(n);
          } else {
            row.createCell(c).setCellValue(v.toString());
          }
        }
      }
      book.write(out);
      book.dispose();
    }
  }

  static Session signIn(AppContext context, String user) {
    return context.authentication().signIn(user, DemoCountyService.PASSWORD.toCharArray()).session();
  }

  static long median(List<Long> values) {
    List<Long> warm = new ArrayList<>(values.subList(1, values.size()));
    warm.sort(null);
    return warm.get(warm.size() / 2);
  }
}
