package vn.dondoc.documents.control;

import java.util.Objects;
import vn.dondoc.documents.entity.ReferenceRelation;

/**
 * A document a plan refers to, as found in its text: how it relates, its number, and the clause
 * that names it, so that a person can check the relation.
 */
public record FoundReference(ReferenceRelation relation, DocumentNumber number, String context) {

    public FoundReference {
        Objects.requireNonNull(relation);
        Objects.requireNonNull(number);
        context = context == null ? "" : context;
    }
}
