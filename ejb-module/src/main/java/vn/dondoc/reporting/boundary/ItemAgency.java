package vn.dondoc.reporting.boundary;

import java.io.Serializable;

/**
 * Which deadline a request for more time on an item is about: the item, named under its document,
 * and the agency. Its text is the audit's target ({@code item:57:so-tu-phap}), so that an item's
 * extension is never read as the obligation of the same number. Serializable: a page's form keeps the
 * one it asks about between requests.
 */
public record ItemAgency(long documentId, long itemId, String agencyCode) implements Serializable {

    @Override
    public String toString() {
        return "item:" + itemId + ":" + agencyCode;
    }
}
