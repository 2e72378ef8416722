package vn.dondoc.scorecards.control;

import java.util.List;
import java.util.Objects;

/**
 * One table of a scorecard (per agency, per group, per document, the overdue list), defined once
 * and written by every file: the CSV, the spreadsheet and the PDF show the same columns with the
 * same headings because they all write this.
 *
 * @param name the sheet's name in a spreadsheet (Vietnamese, at most 31 characters)
 * @param title the table's title in the PDF
 * @param rows the lines, in order
 * @param totals the lines that sum the others (shown last, in bold); may be empty
 */
public record Table(
        String key, String name, String title, List<Column> columns, List<List<Cell>> rows, List<List<Cell>> totals) {

    public Table {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(title, "title");
        if (name.length() > 31 || name.matches(".*[\\[\\]:*?/\\\\].*")) {
            throw new IllegalArgumentException("Not a sheet name: " + name);
        }
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
        totals = List.copyOf(totals);
        for (List<Cell> row : rows) {
            check(columns, row);
        }
        for (List<Cell> row : totals) {
            check(columns, row);
        }
    }

    /** Every line: the rows, then the totals. */
    public List<List<Cell>> lines() {
        return totals.isEmpty()
                ? rows
                : java.util.stream.Stream.concat(rows.stream(), totals.stream()).toList();
    }

    private static void check(List<Column> columns, List<Cell> row) {
        if (row.size() != columns.size()) {
            throw new IllegalArgumentException(row.size() + " cells for " + columns.size() + " columns");
        }
        for (int i = 0; i < row.size(); i++) {
            if (row.get(i).kind() != columns.get(i).kind()) {
                throw new IllegalArgumentException("Column " + columns.get(i).heading() + " holds "
                        + columns.get(i).kind() + ", not " + row.get(i).kind());
            }
        }
    }
}
