package vn.dondoc.documents.control;

import java.time.LocalDate;
import java.util.List;
import vn.dondoc.items.control.ParsedItem;

/**
 * A plan as read from its text, before anything is stored: the registry data, the documents it
 * refers to, its item tree, what section III asks of agencies, and the names that matched
 * nothing in the directory (kept, never dropped).
 */
public record ParsedPlan(
        String type,
        DocumentNumber number,
        String issuer,
        String place,
        LocalDate issuedOn,
        String signer,
        String title,
        List<FoundReference> references,
        List<ParsedItem> items,
        Implementation implementation,
        List<String> unresolved) {

    /** Every item of the tree, depth first. */
    public List<ParsedItem> allItems() {
        return items.stream().flatMap(i -> i.flatten().stream()).toList();
    }

    /** The codes of the items no printed text says who leads, for a person to assign (see ParsedItem). */
    public List<String> withoutLead() {
        return allItems().stream()
                .filter(ParsedItem::noLeadNamed)
                .map(ParsedItem::code)
                .toList();
    }
}
