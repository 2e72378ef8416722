package vn.dondoc.documents.control;

import java.util.List;
import java.util.Objects;

/**
 * One block of an uploaded plan's body, in document order: a paragraph (đoạn văn) or a table
 * (bảng, e.g. the appendix "Phụ lục" with STT | Nội dung | Cơ quan chủ trì …). Text is NFC with
 * whitespace collapsed; a manual line break inside a paragraph or cell stays as {@code "\n"}.
 */
public sealed interface PlanBlock {

    /** A body paragraph, list label included when Word numbers it ("1. ", "a) "). */
    record Paragraph(String text) implements PlanBlock {
        public Paragraph {
            Objects.requireNonNull(text, "text");
        }
    }

    /** A table as rows of cell texts; a cell's paragraphs are joined with {@code "\n"}. */
    record Table(List<List<String>> rows) implements PlanBlock {
        public Table {
            rows = rows.stream().map(List::copyOf).toList();
        }
    }
}
