import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.poi.ooxml.util.SAXHelper;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.careeval.app.AppContext;
import org.careeval.domain.contract.ContractSigning;
import org.careeval.domain.contract.Installment;
import org.careeval.domain.delivery.Period;
import org.careeval.domain.place.Place;
import org.careeval.domain.place.PlaceDraft;
import org.careeval.domain.place.PlaceKind;
import org.careeval.domain.procurement.ProcurementMethod;
import org.careeval.domain.project.Project;
import org.careeval.domain.project.ProjectDraft;
import org.careeval.domain.project.ProjectStatus;
import org.careeval.domain.project.ServiceCategory;
import org.careeval.domain.project.TargetGroup;
import org.careeval.domain.records.AgeBand;
import org.careeval.domain.records.Beneficiary;
import org.careeval.domain.records.ServiceRecord;
import org.careeval.domain.system.DataDirectory;
import org.careeval.domain.user.Session;
import org.careeval.service.demo.DemoCountyService;
import org.careeval.service.i18n.Messages;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

/**
 * Step 10's speed goals (issue 15) on a county of 40 contracts, 200 villages (40 towns × 5) and
 * four quarters of service records, about 100,000 rows (2,500 per contract):
 *   balance_ms — the 服务均衡 screen's county balance of one quarter (records of every contract,
 *                villages covered / reached / covered by none, shares by nature, purpose, group and
 *                age band) vs one plain JDBC read of the quarter's records; goal ≤ 300 ms
 *   contract_balance_ms — one contract's balance of a quarter vs plain JDBC over its rows
 *   import_ms  — `importRecords` of a filled template of 20,000 rows into a fresh contract covering
 *                40 villages (every cell checked, names resolved, duplicates found, one
 *                transaction, audit) vs POI's raw event reader + one plain JDBC batch of the same
 *                cells into an emptied table of the same columns with the same primary key (the
 *                combination) and, like service_record, three foreign keys; goal ≤ 1.5×
 * Prints: name ours baseline (ms with one decimal, medians of warm repetitions). The read
 * baselines run after the app closed, on the same H2 file; the import baseline runs right after
 * each import, in the same JVM, into an H2 file of its own.
 */
public final class RecordsBench {

  static final int CONTRACTS = 40;
  static final int VILLAGES_PER_TOWN = 5;
  static final int ROWS_PER_QUARTER = 625;
  static final int IMPORT_ROWS = 20_000;
  static final int REPEAT = 7;

  public static void main(String[] args) throws Exception {
    Path work = Path.of(args[0]);
    DataDirectory directory = new DataDirectory(work.resolve("data"));
    Path file = work.resolve("records.xlsx");
    List<Long> balance = new ArrayList<>();
    List<Long> contractBalance = new ArrayList<>();
    List<Long> imports = new ArrayList<>();
    Period period;
    long oneContract;
    List<Long> importBase = new ArrayList<>();
    try (AppContext context = AppContext.open(directory, Optional.empty());
        Connection raw = DriverManager.getConnection("jdbc:h2:file:" + work.resolve("raw/raw").toAbsolutePath(), "sa", "")) {
      context.demo().load(Messages.of(Messages.CHINESE));
      Session officer =
          context.authentication().signIn("officer", DemoCountyService.PASSWORD.toCharArray()).session();
      Session admin =
          context.authentication().signIn("admin", DemoCountyService.PASSWORD.toCharArray()).session();
      List<List<Long>> towns = villages(context, admin);
      Period first = Period.of(context.clock().today()).previous().previous().previous().previous();
      List<Period> quarters = Period.covering(first.start(), first.start().plusMonths(12).minusDays(1));
      period = quarters.get(3);
      List<Long> categories =
          context.projects().categories(officer).stream()
              .filter(ServiceCategory::active).map(ServiceCategory::id).toList();
      long last = 0;
      for (int n = 0; n < CONTRACTS; n++) {
        Set<Long> places = new LinkedHashSet<>(towns.get(n));
        last = contract(context, officer, n + 1, first.start(), places);
        for (Period q : quarters) {
          context.records().save(officer, last, q, rows(last, q, places, categories, ROWS_PER_QUARTER));
        }
      }
      oneContract = last;
      Set<Long> wide = new LinkedHashSet<>();
      towns.subList(0, 8).forEach(wide::addAll);
      // a fresh contract per repetition: every import fills empty quarters, as a first import does
      List<Long> importing = new ArrayList<>();
      for (int i = 0; i < REPEAT; i++) {
        importing.add(contract(context, officer, CONTRACTS + 1 + i, first.start(), wide));
      }
      fill(context, officer, importing.get(0), quarters, file);
      rawSchema(raw, context.records().choices(officer, importing.get(0)));
      for (int i = 0; i < REPEAT; i++) {
        Period p = period;
        long into = importing.get(i);
        balance.add(time(() -> context.records().countyBalance(officer, Optional.empty(), p)));
        contractBalance.add(time(() -> context.records().contractBalance(officer, oneContract, p)));
        imports.add(
            time(
                () -> {
                  var result = context.records().importRecords(officer, into, file);
                  if (!result.accepted() || result.rows() != IMPORT_ROWS) {
                    throw new IllegalStateException("import refused: " + result.problems().subList(0, Math.min(3, result.problems().size())));
                  }
                }));
        // the baseline right after, in the same JVM: both see the same machine at the same moment
        raw.createStatement().execute("DELETE FROM raw_record");
        raw.commit();
        importBase.add(time(() -> rawImport(raw, file)));
      }
    }
    List<Long> balanceBase = new ArrayList<>();
    List<Long> contractBase = new ArrayList<>();
    try (Connection c =
        DriverManager.getConnection("jdbc:h2:file:" + directory.databaseBase(), "sa", "")) {
      try (ResultSet count = c.createStatement().executeQuery("SELECT COUNT(*) FROM service_record")) {
        count.next();
        System.err.printf("%d service records in the county%n", count.getLong(1));
      }
      for (int i = 0; i < REPEAT; i++) {
        balanceBase.add(time(() -> rows(c, "SELECT * FROM service_record WHERE period = '" + period.code() + "'")));
        contractBase.add(time(() -> rows(c, "SELECT * FROM service_record WHERE period = '"
            + period.code() + "' AND contract_id = " + oneContract)));
      }
    }
    System.err.printf("cold: balance %d, contract %d, import %d µs%n", balance.get(0), contractBalance.get(0), imports.get(0));
    System.out.printf("balance_ms %.1f %.1f%n", median(balance) / 1000.0, median(balanceBase) / 1000.0);
    System.out.printf("contract_balance_ms %.1f %.1f%n", median(contractBalance) / 1000.0, median(contractBase) / 1000.0);
    System.out.printf("import_ms %.1f %.1f%n", median(imports) / 1000.0, median(importBase) / 1000.0);
  }

  /** 40 new towns of five villages each: the county's 200 villages under contract. */
  static List<List<Long>> villages(AppContext context, Session admin) {
    List<List<Long>> towns = new ArrayList<>();
    for (int t = 1; t <= CONTRACTS; t++) {
      String town = "基准镇" + t;
      context.places().add(admin, new PlaceDraft(PlaceKind.TOWN, town, "", ""));
      List<Long> villages = new ArrayList<>();
      for (int v = 1; v <= VILLAGES_PER_TOWN; v++) {
        Place p = context.places().add(admin, new PlaceDraft(PlaceKind.VILLAGE, town + v + "村", town, ""));
        villages.add(p.id());
      }
      towns.add(villages);
    }
    return towns;
  }

  /** A signed contract of a year from {@code start} covering {@code places}. */
  static long contract(AppContext context, Session officer, int n, LocalDate start, Set<Long> places) {
    LocalDate end = start.plusMonths(12).minusDays(1);
    long organization = context.organizations().list(officer, "").get(0).id();
    Set<Long> categories = Set.of(context.projects().categories(officer).get(0).id());
    Project p =
        context.projects().create(
            officer,
            new ProjectDraft(
                start.getYear(), "均衡基准项目" + n, new BigDecimal("100000"), ProcurementMethod.OPEN_TENDER,
                Optional.of(start), Optional.of(end), officer.username(), categories, places,
                EnumSet.of(TargetGroup.BOTH_PARENTS_AWAY)));
    context.rubrics().applyTemplate(officer, p.id(), org.careeval.service.rubric.RubricTemplates.OPEN_TENDER);
    p = context.projects().get(officer, p.id());
    while (p.status() != ProjectStatus.AWARDED) {
      p = context.projects().changeStatus(officer, p.id(), p.version(), p.status().next().orElseThrow(), "", Optional.of(organization));
    }
    long id = context.contracts().enter(officer, p.id(), organization, new BigDecimal("100000")).contract().id();
    int version = context.contracts().get(officer, id).contract().version();
    context.contracts().sign(officer, id, version, new ContractSigning(
        "JH-" + n, start.minusDays(1), start, end, "", "基准", places,
        List.of(Installment.onDate(1, new BigDecimal("100000"), start))));
    return id;
  }

  /** The first {@code count} combinations of village × type × group × age band, with counts. */
  static List<ServiceRecord> rows(long contract, Period q, Set<Long> villages, List<Long> categories, int count) {
    List<ServiceRecord> rows = new ArrayList<>(count);
    outer:
    for (long village : villages) {
      for (long category : categories) {
        for (Beneficiary b : Beneficiary.values()) {
          for (AgeBand a : AgeBand.values()) {
            int children = 1 + rows.size() % 9;
            rows.add(new ServiceRecord(contract, q, village, category, b, a, children, children * 2));
            if (rows.size() == count) {
              break outer;
            }
          }
        }
      }
    }
    if (rows.size() < count) {
      throw new IllegalStateException("only " + rows.size() + " combinations");
    }
    return rows;
  }

  /** The app's own template for the contract, filled with 20,000 rows over the four quarters. */
  static void fill(AppContext context, Session officer, long contract, List<Period> quarters, Path file) throws Exception {
    Path template = file.resolveSibling("template.xlsx");
    context.records().writeTemplate(officer, contract, template);
    var choices = context.records().choices(officer, contract);
    List<String> villages = new ArrayList<>(choices.villages().keySet());
    List<String> categories = new ArrayList<>(choices.categories().keySet());
    try (InputStream in = Files.newInputStream(template);
        XSSFWorkbook book = new XSSFWorkbook(in)) {
      Sheet sheet = book.getSheet("服务记录");
      int r = 1;
      int perQuarter = IMPORT_ROWS / quarters.size();
      for (Period q : quarters) {
        int n = 0;
        outer:
        for (String village : villages) {
          for (String category : categories) {
            for (Beneficiary b : Beneficiary.values()) {
              for (AgeBand a : AgeBand.values()) {
                Row row = sheet.createRow(r++);
                int children = 1 + n % 9;
                row.createCell(0).setCellValue(q.code());
                row.createCell(1).setCellValue(village);
                row.createCell(2).setCellValue(category);
                row.createCell(3).setCellValue(b.chinese());
                row.createCell(4).setCellValue(a.chinese());
                row.createCell(5).setCellValue(children);
                row.createCell(6).setCellValue(children * 2);
                if (++n == perQuarter) {
                  break outer;
                }
              }
            }
          }
        }
        if (n < perQuarter) {
          throw new IllegalStateException("only " + n + " combinations per quarter");
        }
      }
      try (OutputStream out = Files.newOutputStream(file)) {
        book.write(out);
      }
    }
  }

  /**
   * The baseline's table: the same columns as the sheet, the same primary key (the combination)
   * and, as service_record has, three foreign keys — here to tables of the quarters, villages and
   * types by name, since the raw reader resolves nothing.
   */
  static void rawSchema(Connection raw, org.careeval.service.records.ServiceRecordService.Choices choices) throws Exception {
    var s = raw.createStatement();
    s.execute("CREATE TABLE raw_period (code VARCHAR(6) PRIMARY KEY)");
    s.execute("CREATE TABLE raw_village (name VARCHAR(100) PRIMARY KEY)");
    s.execute("CREATE TABLE raw_category (name VARCHAR(100) PRIMARY KEY)");
    s.execute(
        "CREATE TABLE raw_record (period VARCHAR(6) NOT NULL REFERENCES raw_period (code),"
            + " village VARCHAR(100) NOT NULL REFERENCES raw_village (name),"
            + " category VARCHAR(100) NOT NULL REFERENCES raw_category (name),"
            + " beneficiary VARCHAR(20) NOT NULL, age_band VARCHAR(20) NOT NULL, children INTEGER, times INTEGER,"
            + " PRIMARY KEY (period, village, category, beneficiary, age_band))");
    for (String code : choices.periods().keySet()) {
      s.execute("INSERT INTO raw_period VALUES ('" + code + "')");
    }
    for (String name : choices.villages().keySet()) {
      s.execute("INSERT INTO raw_village VALUES ('" + name + "')");
    }
    for (String name : choices.categories().keySet()) {
      s.execute("INSERT INTO raw_category VALUES ('" + name + "')");
    }
  }

  /** POI's raw event reader and one plain JDBC batch of the cells — no checks, no names resolved. */
  static void rawImport(Connection db, Path file) {
    try {
      db.setAutoCommit(false);
      PreparedStatement insert =
          db.prepareStatement("INSERT INTO raw_record VALUES (?, ?, ?, ?, ?, ?, ?)");
      int[] rows = {0};
      try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
        XSSFReader reader = new XSSFReader(pkg);
        ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
        XMLReader xml = SAXHelper.newXMLReader();
        List<String> cells = new ArrayList<>();
        xml.setContentHandler(
            new XSSFSheetXMLHandler(reader.getStylesTable(), null, strings,
                new XSSFSheetXMLHandler.SheetContentsHandler() {
                  public void startRow(int r) {
                    cells.clear();
                  }

                  public void endRow(int r) {
                    if (r == 0 || cells.isEmpty()) {
                      return;
                    }
                    try {
                      for (int c = 0; c < 5; c++) {
                        insert.setString(c + 1, cells.get(c));
                      }
                      insert.setInt(6, Integer.parseInt(cells.get(5)));
                      insert.setInt(7, Integer.parseInt(cells.get(6)));
                      insert.addBatch();
                      if (++rows[0] % 500 == 0) {
                        insert.executeBatch();
                      }
                    } catch (Exception e) {
                      throw new IllegalStateException(e);
                    }
                  }

                  public void cell(String ref, String value, XSSFComment comment) {
                    int col = new CellReference(ref).getCol();
                    while (cells.size() <= col) {
                      cells.add("");
                    }
                    cells.set(col, value);
                  }
                },
                new DataFormatter(), false));
        XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
        while (sheets.hasNext()) {
          try (InputStream sheet = sheets.next()) {
            if (sheets.getSheetName().equals("服务记录")) {
              xml.parse(new InputSource(sheet));
            }
          }
        }
      }
      insert.executeBatch();
      db.commit();
      if (rows[0] != IMPORT_ROWS) {
        throw new IllegalStateException("raw rows " + rows[0]);
      }
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  static int rows(Connection c, String sql) {
    try (PreparedStatement s = c.prepareStatement(sql);
        ResultSet rs = s.executeQuery()) {
      int n = 0;
      int columns = rs.getMetaData().getColumnCount();
      while (rs.next()) {
        for (int i = 1; i <= columns; i++) {
          rs.getObject(i);
        }
        n++;
      }
      return n;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  interface Work {
    void run() throws Exception;
  }

  /** Microseconds. */
  static long time(Work work) {
    long t0 = System.nanoTime();
    try {
      work.run();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
    return (System.nanoTime() - t0) / 1_000;
  }

  static long median(List<Long> values) {
    List<Long> warm = new ArrayList<>(values.subList(1, values.size()));
    warm.sort(null);
    return warm.get(warm.size() / 2);
  }
}
