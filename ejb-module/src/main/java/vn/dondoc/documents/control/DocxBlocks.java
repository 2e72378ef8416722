package vn.dondoc.documents.control;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import vn.dondoc.documents.control.UnreadableDocument.Reason;

/**
 * Walks the body of one opened DOCX into {@link PlanBlock}s, in document order. Headers,
 * footers, footnotes, comments and text boxes are not part of a plan's body and are left out.
 * The text produced is budgeted so a small file cannot expand into an unbounded list.
 */
final class DocxBlocks {

    /** Tables inside cells are flattened into the cell's text; deeper than this is refused. */
    static final int MAX_TABLE_NESTING = 5;

    private static final Pattern LINE_BREAK = Pattern.compile("\\R|\\u000B");
    private static final Pattern SPACES = Pattern.compile("[\\h\\s]+");
    /** Zero-width characters and the soft hyphen: invisible in Word, noise for matching. */
    private static final Pattern INVISIBLE = Pattern.compile("[\\u00AD\\u200B-\\u200D\\u2060\\uFEFF]");

    private final DocxListLabels labels;
    private long budget;

    private DocxBlocks(XWPFDocument document, long maxChars) {
        this.labels = new DocxListLabels(document.getNumbering());
        this.budget = maxChars;
    }

    static List<PlanBlock> of(XWPFDocument document, long maxChars) {
        return new DocxBlocks(document, maxChars).body(document.getBodyElements());
    }

    private List<PlanBlock> body(List<IBodyElement> elements) {
        List<PlanBlock> blocks = new ArrayList<>();
        for (IBodyElement element : elements) {
            if (element instanceof XWPFParagraph paragraph) {
                String text = paragraph(paragraph);
                if (!text.isEmpty()) {
                    blocks.add(new PlanBlock.Paragraph(text));
                }
            } else if (element instanceof XWPFTable table) {
                blocks.add(new PlanBlock.Table(rows(table, 1)));
            } else if (element instanceof XWPFSDT contentControl) {
                // A block-level content control (e.g. a form field); POI gives only its flat text.
                for (String line :
                        LINE_BREAK.split(normalise(contentControl.getContent().getText()))) {
                    if (!line.isEmpty()) {
                        blocks.add(new PlanBlock.Paragraph(line));
                    }
                }
            }
        }
        return blocks;
    }

    private String paragraph(XWPFParagraph paragraph) {
        String text = normalise(paragraph.getText());
        String label = labels.next(paragraph).map(DocxBlocks::normalise).orElse("");
        if (!label.isEmpty() && !text.isEmpty() && !startsWithLabel(text, label)) {
            text = label + " " + text;
        }
        return spend(text);
    }

    /** "1. Mục đích" already carries its label "1."; "1.5 tỷ đồng" does not. */
    private static boolean startsWithLabel(String text, String label) {
        return text.startsWith(label)
                && (text.length() == label.length() || !Character.isLetterOrDigit(text.charAt(label.length())));
    }

    private List<List<String>> rows(XWPFTable table, int depth) {
        if (depth > MAX_TABLE_NESTING) {
            throw new UnreadableDocument(Reason.DAMAGED, "tables nested deeper than " + MAX_TABLE_NESTING, null);
        }
        List<List<String>> rows = new ArrayList<>();
        for (XWPFTableRow row : table.getRows()) {
            List<String> cells = new ArrayList<>();
            for (XWPFTableCell cell : row.getTableCells()) {
                spend(" ");
                cells.add(cell(cell, depth));
            }
            rows.add(cells);
        }
        return rows;
    }

    private String cell(XWPFTableCell cell, int depth) {
        List<String> lines = new ArrayList<>();
        for (IBodyElement element : cell.getBodyElements()) {
            if (element instanceof XWPFParagraph paragraph) {
                lines.add(paragraph(paragraph));
            } else if (element instanceof XWPFTable nested) {
                for (List<String> row : rows(nested, depth + 1)) {
                    lines.add(row.stream().filter(s -> !s.isEmpty()).collect(Collectors.joining(" | ")));
                }
            }
        }
        return lines.stream().filter(line -> !line.isEmpty()).collect(Collectors.joining("\n"));
    }

    private String spend(String text) {
        budget -= text.length();
        if (budget < 0) {
            throw new UnreadableDocument(Reason.TOO_MUCH_TEXT);
        }
        return text;
    }

    /**
     * NFC (Vietnamese typed as base letter + combining marks becomes one code point), invisible
     * characters removed, runs of spaces, tabs and no-break spaces collapsed, each line trimmed,
     * blank lines dropped; line breaks the author put inside a paragraph stay as {@code "\n"}.
     */
    static String normalise(String raw) {
        if (raw == null || raw.isEmpty()) {
            return "";
        }
        String visible = INVISIBLE.matcher(raw).replaceAll("");
        return LINE_BREAK
                .splitAsStream(Normalizer.normalize(visible, Normalizer.Form.NFC))
                .map(line -> SPACES.matcher(line).replaceAll(" ").strip())
                .filter(line -> !line.isEmpty())
                .collect(Collectors.joining("\n"));
    }
}
