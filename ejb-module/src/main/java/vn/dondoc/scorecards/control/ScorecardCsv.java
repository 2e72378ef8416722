package vn.dondoc.scorecards.control;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

/**
 * A scorecard's table as CSV (RFC 4180): one table per file, the headings first, the totals last;
 * CRLF line ends; a field quoted only when it holds a comma, a quote or a line break. UTF-8 with a
 * byte order mark, without which Excel reads Vietnamese as Windows-1252. Numbers are plain, with a
 * '.' for decimals, and days ISO, so that a program reads them as they are.
 * Numbers are never negative, so only words can start like a formula; those are made inert.
 */
public final class ScorecardCsv {

    public static final String CONTENT_TYPE = "text/csv; charset=UTF-8";

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private ScorecardCsv() {}

    public static byte[] write(Table table) {
        StringBuilder text = new StringBuilder(64 * (table.rows().size() + 2));
        line(text, table.columns().stream().map(Column::heading).toList());
        for (List<Cell> row : table.lines()) {
            line(text, row.stream().map(ScorecardCsv::plain).toList());
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(text.length() + 16);
        out.writeBytes(BOM);
        out.writeBytes(text.toString().getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    private static void line(StringBuilder text, List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                text.append(',');
            }
            text.append(quoted(fields.get(i)));
        }
        text.append("\r\n");
    }

    static String plain(Cell cell) {
        if (cell.isEmpty()) {
            return "";
        }
        return switch (cell.kind()) {
            case TEXT -> inert((String) cell.value());
            case COUNT -> cell.value().toString();
            case PERCENT, DECIMAL -> ((BigDecimal) cell.value()).toPlainString();
            case DATE -> ((LocalDate) cell.value()).toString();
        };
    }

    /**
     * Words a spreadsheet would take for a formula (=, +, -, @ first: a name or title from an
     * imported plan) get an apostrophe before them, so that opening the file runs nothing.
     */
    static String inert(String text) {
        return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }

    static String quoted(String field) {
        if (field.indexOf(',') < 0 && field.indexOf('"') < 0 && field.indexOf('\n') < 0 && field.indexOf('\r') < 0) {
            return field;
        }
        return '"' + field.replace("\"", "\"\"") + '"';
    }
}
