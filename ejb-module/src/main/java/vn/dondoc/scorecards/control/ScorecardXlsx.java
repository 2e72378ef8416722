package vn.dondoc.scorecards.control;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * A scorecard's tables as an Excel workbook, one sheet per table under its Vietnamese name: counts
 * and days as numbers, percentages as numbers shown {@code 0.00}, days as date cells shown
 * dd/mm/yyyy, so that a spreadsheet sums and sorts them; the heading row bold, wrapped and frozen;
 * the totals bold. Written as a stream (SXSSF): only a window of rows is held in memory, the rest
 * goes to a temporary file that is removed when the workbook is written.
 */
public final class ScorecardXlsx {

    public static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** Characters a column is at least and at most wide (Excel's unit is 1/256 of one). */
    private static final int NARROWEST = 8;

    private static final int WIDEST = 60;

    private ScorecardXlsx() {}

    public static byte[] write(List<Table> tables) {
        SXSSFWorkbook book = new SXSSFWorkbook(200);
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Styles styles = new Styles(book);
            for (Table table : tables) {
                sheet(book, table, styles);
            }
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            book.dispose();
            try {
                book.close();
            } catch (IOException e) {
                // nothing left to release: the temporary files are gone with dispose()
            }
        }
    }

    private static void sheet(SXSSFWorkbook book, Table table, Styles styles) {
        SXSSFSheet sheet = book.createSheet(table.name());
        List<Column> columns = table.columns();
        int[] widths = new int[columns.size()];
        Row heading = sheet.createRow(0);
        for (int c = 0; c < columns.size(); c++) {
            org.apache.poi.ss.usermodel.Cell cell = heading.createCell(c);
            cell.setCellValue(columns.get(c).heading());
            cell.setCellStyle(styles.heading);
            // a heading wraps: its longest word, or a third of it, sets the width
            widths[c] = Math.max(
                    longestWord(columns.get(c).heading()),
                    columns.get(c).heading().length() / 3);
        }
        heading.setHeightInPoints(48);
        int r = 1;
        for (List<Cell> row : table.rows()) {
            write(sheet.createRow(r++), row, styles.plain, widths);
        }
        for (List<Cell> row : table.totals()) {
            write(sheet.createRow(r++), row, styles.bold, widths);
        }
        sheet.createFreezePane(0, 1);
        for (int c = 0; c < widths.length; c++) {
            sheet.setColumnWidth(c, Math.min(WIDEST, Math.max(NARROWEST, widths[c] + 2)) * 256);
        }
    }

    private static void write(Row row, List<Cell> cells, Map<Cell.Kind, CellStyle> styles, int[] widths) {
        for (int c = 0; c < cells.size(); c++) {
            Cell value = cells.get(c);
            org.apache.poi.ss.usermodel.Cell cell = row.createCell(c);
            cell.setCellStyle(styles.get(value.kind()));
            if (value.isEmpty()) {
                continue;
            }
            switch (value.kind()) {
                case TEXT -> cell.setCellValue((String) value.value());
                case COUNT -> cell.setCellValue(((Long) value.value()).doubleValue());
                case PERCENT, DECIMAL -> cell.setCellValue(((BigDecimal) value.value()).doubleValue());
                case DATE -> cell.setCellValue((LocalDate) value.value());
            }
            widths[c] = Math.max(
                    widths[c],
                    value.kind() == Cell.Kind.DATE
                            ? 10
                            : ScorecardCsv.plain(value).length());
        }
    }

    private static int longestWord(String text) {
        int longest = 0;
        for (String word : text.split("\\s+")) {
            longest = Math.max(longest, word.length());
        }
        return longest;
    }

    /** The few styles a workbook shares: a workbook holds at most 64,000. */
    private static final class Styles {
        final CellStyle heading;
        final Map<Cell.Kind, CellStyle> plain = new EnumMap<>(Cell.Kind.class);
        final Map<Cell.Kind, CellStyle> bold = new EnumMap<>(Cell.Kind.class);

        Styles(SXSSFWorkbook book) {
            Font boldFont = book.createFont();
            boldFont.setBold(true);
            heading = book.createCellStyle();
            heading.setFont(boldFont);
            heading.setWrapText(true);
            heading.setVerticalAlignment(VerticalAlignment.CENTER);
            heading.setAlignment(HorizontalAlignment.CENTER);
            heading.setBorderBottom(BorderStyle.THIN);
            for (Cell.Kind kind : Cell.Kind.values()) {
                plain.put(kind, style(book, kind, null));
                bold.put(kind, style(book, kind, boldFont));
            }
        }

        private static CellStyle style(SXSSFWorkbook book, Cell.Kind kind, Font font) {
            CellStyle style = book.createCellStyle();
            if (font != null) {
                style.setFont(font);
            }
            String format = switch (kind) {
                case TEXT -> "@";
                case COUNT -> "0";
                case PERCENT, DECIMAL -> "0.00";
                case DATE -> "dd/mm/yyyy";
            };
            style.setDataFormat(book.createDataFormat().getFormat(format));
            return style;
        }
    }
}
