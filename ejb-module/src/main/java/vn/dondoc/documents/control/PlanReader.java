package vn.dondoc.documents.control;

import java.io.ByteArrayInputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import vn.dondoc.agencies.control.NameMatcher;
import vn.dondoc.items.control.ParsedItem;
import vn.dondoc.platform.boundary.InvalidInput;

/**
 * Turns an upload into a {@link ParsedPlan}: UTF-8 text line by line, or a DOCX's paragraphs in
 * order plus the items of its appendix tables.
 */
public final class PlanReader {

    private final PlanParser parser;
    private final AppendixTable tables;

    /** The upload's size was checked where it was received; this reads whatever it is given. */
    public PlanReader(NameMatcher names) {
        this.parser = new PlanParser(names);
        this.tables = new AppendixTable(names);
    }

    public ParsedPlan text(byte[] content) throws NoPlanFound {
        try {
            String text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content))
                    .toString();
            return parser.parse(text.startsWith("\uFEFF") ? text.substring(1) : text);
        } catch (CharacterCodingException e) {
            throw new InvalidInput("Văn bản không phải UTF-8 / The text is not UTF-8");
        }
    }

    /** Refuses an unreadable or hostile file with {@link UnreadableDocument} (a 4xx). */
    public ParsedPlan docx(byte[] content) throws NoPlanFound {
        List<PlanBlock> blocks = new DocxReader().read(new ByteArrayInputStream(content), Math.max(1, content.length));
        List<String> paragraphs = new ArrayList<>();
        List<List<List<String>>> planTables = new ArrayList<>();
        for (PlanBlock block : blocks) {
            if (block instanceof PlanBlock.Paragraph paragraph) {
                paragraph.text().lines().forEach(paragraphs::add);
            } else if (block instanceof PlanBlock.Table table) {
                if (tables.isPlanTable(table.rows())) {
                    planTables.add(table.rows());
                } else {
                    // Word documents lay out the issuing body, the motto, "Số: …" and the date in a
                    // borderless table: read such a table as the text it shows, in place.
                    table.rows().forEach(row -> row.forEach(cell -> cell.lines().forEach(paragraphs::add)));
                }
            }
        }
        // Appendix items are coded apart ("PL.1", "PL2.1") when the text or another table has
        // numbered items of its own, so that no two items of a document share a code.
        boolean apart = planTables.size() > 1 || PlanParser.hasNumberedContent(paragraphs);
        List<ParsedItem> items = new ArrayList<>();
        for (int i = 0; i < planTables.size(); i++) {
            String prefix = !apart ? "" : planTables.size() > 1 ? "PL" + (i + 1) + "." : "PL.";
            items.addAll(tables.items(planTables.get(i), prefix));
        }
        return parser.parse(paragraphs, items);
    }
}
