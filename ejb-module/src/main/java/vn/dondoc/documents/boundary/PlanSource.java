package vn.dondoc.documents.boundary;

import java.util.Objects;

/** An uploaded plan: its bytes and whether they are UTF-8 text or a DOCX file. */
public record PlanSource(Format format, byte[] content) {

    public enum Format {
        TEXT,
        DOCX
    }

    public PlanSource {
        Objects.requireNonNull(format);
        Objects.requireNonNull(content);
    }
}
