package vn.dondoc.documents.control;

import java.util.Objects;

/**
 * A document a plan refers to, as found in its text: how it relates, its number, and the clause
 * that names it, so that a person can check the relation.
 */
public record FoundReference(Relation relation, DocumentNumber number, String context) {

    /** How strongly a plan depends on the document it names; the order is strongest first. */
    public enum Relation {
        /** The directive or resolution the plan carries out (thực hiện Chỉ thị số 46-CT/TU). */
        IMPLEMENTS,
        /** The instruction it follows (thực hiện Văn bản số…, căn cứ…, theo…). */
        BASED_ON,
        /** Any other document named in the text. */
        CITES
    }

    public FoundReference {
        Objects.requireNonNull(relation);
        Objects.requireNonNull(number);
        context = context == null ? "" : context;
    }
}
