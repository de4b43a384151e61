package org.careeval.report.excel;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.ooxml.util.SAXHelper;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.careeval.domain.CareEvalException;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.XMLFilterImpl;

/**
 * Reads one sheet of an .xlsx file as rows of cell texts, streaming (SAX), so a 100,000-row file
 * needs no more memory than a 10-row one. Dates come out as ISO text (2021-06-15), whole numbers
 * without a decimal point or exponent (a phone number typed as a number stays 13800000000). A file
 * that is not an .xlsx, an old .xls, or a damaged one is refused with a message saying which.
 */
public final class XlsxSheetReader {

  /**
   * What a file may hold before it is refused, so memory stays bounded: more data rows than a
   * county register or score sheet ever has, and the shared-strings table (held in memory while
   * reading) up to this size.
   */
  record Limits(int maxRows, long maxSharedStringsBytes) {
    static final Limits STANDARD = new Limits(200_000, 64L * 1024 * 1024);
  }

  private static final java.util.regex.Pattern RANGE =
      java.util.regex.Pattern.compile("[A-Z]{1,3}[1-9][0-9]{0,6}(:[A-Z]{1,3}[1-9][0-9]{0,6})?");
  private static final byte[] ZIP = {'P', 'K', 3, 4};
  private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};

  /** Receives each row that has a non-blank cell: its 1-based number and texts by column. */
  public interface RowHandler {
    void row(int rowNumber, List<String> cells);
  }

  /** The sheet that was read and the merged ranges found on it (A5:C5 …). */
  public record SheetRead(String name, List<String> mergedRanges) {}

  private XlsxSheetReader() {}

  /**
   * Reads the first sheet whose name is in {@code preferredNames}, or else the first sheet, and
   * passes its rows to {@code handler}.
   */
  public static SheetRead read(Path file, List<String> preferredNames, RowHandler handler) {
    return read(file, preferredNames, handler, Limits.STANDARD);
  }

  static SheetRead read(Path file, List<String> preferredNames, RowHandler handler, Limits limits) {
    return readChosen(
            file, reader -> Optional.of(chooseSheet(reader, preferredNames)), handler, limits)
        .orElseThrow();
  }

  /**
   * Reads the first visible sheet named one of {@code names} (a workbook of several sheets, each
   * with its own role); empty, without reading anything, when there is no such sheet.
   */
  public static Optional<SheetRead> readNamed(Path file, List<String> names, RowHandler handler) {
    return readChosen(
        file,
        reader -> visibleSheets(reader).stream().filter(names::contains).findFirst(),
        handler,
        Limits.STANDARD);
  }

  /** Picks the sheet to read from the workbook's visible sheets. */
  private interface SheetChoice {
    Optional<String> choose(XSSFReader reader) throws IOException, OpenXML4JException, SAXException;
  }

  private static Optional<SheetRead> readChosen(
      Path file, SheetChoice choice, RowHandler handler, Limits limits) {
    refuseNonXlsx(file);
    try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
      XSSFReader reader = new XSSFReader(pkg);
      Optional<String> chosen = choice.choose(reader);
      if (chosen.isEmpty()) {
        return Optional.empty();
      }
      String sheet = chosen.get();
      refuseHugeSharedStrings(pkg, file, limits.maxSharedStringsBytes());
      ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
      StylesTable styles = reader.getStylesTable();
      XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
      while (sheets.hasNext()) {
        try (InputStream in = sheets.next()) {
          if (sheets.getSheetName().equals(sheet)) {
            return Optional.of(
                new SheetRead(sheet, parse(in, strings, styles, handler, limits.maxRows())));
          }
        }
      }
      throw new CareEvalException("error.xlsx.noSheet", file.getFileName());
    } catch (HandlerFailure e) {
      // the caller's own failure (a database error, a bug) is what it is, not a damaged file
      throw e.original();
    } catch (NotOfficeXmlFileException e) {
      throw new CareEvalException(e, "error.xlsx.notXlsx", file.getFileName());
    } catch (IOException | OpenXML4JException | SAXException | RuntimeException e) {
      if (e instanceof CareEvalException known) {
        throw known;
      }
      throw new CareEvalException(e, "error.xlsx.damaged", file.getFileName());
    }
  }

  private static void refuseNonXlsx(Path file) {
    byte[] head = new byte[4];
    try (InputStream in = Files.newInputStream(file)) {
      int read = in.readNBytes(head, 0, head.length);
      if (read == head.length && Arrays.equals(head, OLE2)) {
        throw new CareEvalException("error.xlsx.oldFormat", file.getFileName());
      }
      if (read < head.length || !Arrays.equals(head, ZIP)) {
        throw new CareEvalException("error.xlsx.notXlsx", file.getFileName());
      }
    } catch (NoSuchFileException e) {
      throw new CareEvalException(e, "error.xlsx.notFound", file);
    } catch (IOException e) {
      throw new CareEvalException(e, "error.xlsx.unreadable", file, e.getMessage());
    }
  }

  /**
   * The first visible sheet with a preferred name, else the first visible sheet. Hidden and "very
   * hidden" sheets are never read: the officer cannot see what they hold.
   */
  private static String chooseSheet(XSSFReader reader, List<String> preferredNames)
      throws IOException, OpenXML4JException, SAXException {
    List<String> names = visibleSheets(reader);
    if (names.isEmpty()) {
      throw new CareEvalException("error.xlsx.noSheet", "");
    }
    return names.stream().filter(preferredNames::contains).findFirst().orElse(names.get(0));
  }

  private static List<String> visibleSheets(XSSFReader reader)
      throws IOException, OpenXML4JException, SAXException {
    List<String> visible = new ArrayList<>();
    XMLFilterImpl sheets =
        new XMLFilterImpl() {
          @Override
          public void startElement(String uri, String localName, String qName, Attributes atts) {
            String state = atts.getValue("state");
            if ("sheet".equals(localName) && (state == null || "visible".equals(state))) {
              visible.add(atts.getValue("name"));
            }
          }
        };
    try (InputStream workbook = reader.getWorkbookData()) {
      sheets.setParent(SAXHelper.newXMLReader());
      sheets.parse(new InputSource(workbook));
    } catch (ParserConfigurationException e) {
      throw new SAXException(e);
    }
    return visible;
  }

  private static void refuseHugeSharedStrings(OPCPackage pkg, Path file, long maxBytes)
      throws OpenXML4JException {
    for (var part : pkg.getPartsByContentType(XSSFRelation.SHARED_STRINGS.getContentType())) {
      if (part.getSize() > maxBytes) {
        throw new CareEvalException(
            "error.xlsx.tooLarge", file.getFileName(), Math.max(1, maxBytes / (1024 * 1024)));
      }
    }
  }

  private static List<String> parse(
      InputStream in,
      ReadOnlySharedStringsTable strings,
      StylesTable styles,
      RowHandler handler,
      int maxRows)
      throws IOException, SAXException {
    RowCollector rows = new RowCollector(handler, maxRows);
    MergeRecorder filter = new MergeRecorder();
    try {
      filter.setParent(SAXHelper.newXMLReader());
    } catch (ParserConfigurationException e) {
      throw new SAXException(e);
    }
    filter.setContentHandler(
        new XSSFSheetXMLHandler(styles, null, strings, rows, new IsoDateFormatter(), false));
    filter.parse(new InputSource(in));
    return filter.merged;
  }

  /** Passes everything on, noting the {@code <mergeCell ref="A5:C5"/>} elements on the way. */
  private static final class MergeRecorder extends XMLFilterImpl {
    private final List<String> merged = new ArrayList<>();

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts)
        throws SAXException {
      if ("mergeCell".equals(localName) && atts.getValue("ref") != null) {
        String ref = atts.getValue("ref");
        if (!RANGE.matcher(ref).matches()) {
          throw new SAXException("malformed merged range " + ref); // reported as damaged
        }
        merged.add(ref);
      }
      super.startElement(uri, localName, qName, atts);
    }
  }

  /** Collects a row's cells by column and hands on rows that are not blank. */
  private static final class RowCollector implements XSSFSheetXMLHandler.SheetContentsHandler {
    private final RowHandler handler;
    private final List<String> cells = new ArrayList<>();
    private final int maxRows;
    private int rows;

    RowCollector(RowHandler handler, int maxRows) {
      this.handler = handler;
      this.maxRows = maxRows;
    }

    @Override
    public void startRow(int rowNum) {
      cells.clear();
    }

    @Override
    public void endRow(int rowNum) {
      if (cells.stream().anyMatch(c -> !c.isBlank())) {
        if (++rows > maxRows + 1) { // the header and maxRows data rows
          throw new CareEvalException("error.xlsx.tooManyRows", maxRows);
        }
        try {
          handler.row(rowNum + 1, List.copyOf(cells));
        } catch (RuntimeException e) {
          throw new HandlerFailure(e);
        }
      }
    }

    @Override
    public void cell(String reference, String formattedValue, XSSFComment comment) {
      int column = new CellReference(reference).getCol();
      while (cells.size() <= column) {
        cells.add("");
      }
      cells.set(column, formattedValue == null ? "" : formattedValue);
    }
  }

  /** Carries the row handler's own exception through the parser, to be rethrown unchanged. */
  private static final class HandlerFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    HandlerFailure(RuntimeException original) {
      super(original);
    }

    RuntimeException original() {
      return (RuntimeException) getCause();
    }
  }

  /** Formats date cells as ISO dates and whole numbers plainly, whatever the cell's format. */
  private static final class IsoDateFormatter extends DataFormatter {
    @Override
    public String formatRawCellContents(double value, int formatIndex, String formatString) {
      if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
        LocalDateTime time = DateUtil.getLocalDateTime(value);
        return time.toLocalTime().equals(LocalTime.MIDNIGHT)
            ? time.toLocalDate().toString()
            : time.toString();
      }
      // a percent cell reads as a percent of the number stored, not as rounded for display:
      // 100% (stored 1), 95.5% (stored 0.955, shown "96%" by a "0%" format)
      if (formatString != null && formatString.contains("%")) {
        return BigDecimal.valueOf(value).movePointRight(2).stripTrailingZeros().toPlainString()
            + "%";
      }
      if (value == Math.rint(value) && Math.abs(value) < 1e15) {
        return Long.toString((long) value);
      }
      // the number as stored, not as displayed: a "0" format must not turn 18.5 into 19
      return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
  }
}
