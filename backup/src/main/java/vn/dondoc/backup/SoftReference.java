package vn.dondoc.backup;

import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.LongUnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An id of another tenant-owned row that the schema holds without a foreign key, so that
 * information_schema cannot tell the import to renumber it: the ledger's {@code subject_id} (an item
 * or an obligation, by {@code kind}), a notice's {@code topic} and {@code link}. These are the only
 * product knowledge the tool has; {@code SoftReferencesTest} fails when a column that looks like an
 * id ({@code id}, {@code *_id}) is neither a key, a foreign key nor listed here.
 *
 * <p>Deliberately not listed: the audit trail's {@code target} and {@code detail}. They are what was
 * written at the time, in the words of the time, and (with the audit chain) under its hashes; an
 * import under a new tenant id keeps them as they were (docs/reliability/backup.md).
 *
 * @param table the table holding the reference
 * @param column its column
 * @param target the table it refers to (by that table's single key)
 * @param pattern for text: where the id stands (group 1); {@code null}: the whole value is the id
 * @param when for a whole value: the column and the values that make it a reference to {@code target}
 *     ({@code null}: always)
 */
public record SoftReference(String table, String column, String target, Pattern pattern, When when) {

    public record When(String column, Set<String> values) {}

    /** Every reference the schema keeps without a foreign key, as of the product's migrations. */
    public static final List<SoftReference> DECLARED = List.of(
            whole("task_version", "subject_id", "item", new When("kind", Set.of("ITEM"))),
            whole("task_version", "subject_id", "obligation", new When("kind", Set.of("DELIVERABLE", "REPORT"))),
            inText("notice", "topic", "obligation", "^obligation:(\\d+)$"),
            inText("notice", "topic", "explanation_request", "^explanation:(\\d+)$"),
            inText("notice", "link", "obligation", "[?&]obligation=(\\d+)"),
            inText("notice", "link", "explanation_request", "giai-trinh\\.xhtml\\?id=(\\d+)"),
            inText("notice", "body", "obligation", "[?&]obligation=(\\d+)"),
            inText("notice", "body", "explanation_request", "giai-trinh\\.xhtml\\?id=(\\d+)"),
            // The audit chain's start (the audit branch's V21): the last record before the chain began.
            whole("audit_chain", "started_after_id", "audit_record", null),
            // Today's counts (V22): a line row's document; a track row has none (NULL).
            whole("task_count", "document_id", "document", null),
            // Targets (V25, D-047): the item a target belongs to, kept by id like an entry's.
            whole("target", "item_id", "item", null));

    static SoftReference whole(String table, String column, String target, When when) {
        return new SoftReference(table, column, target, null, when);
    }

    static SoftReference inText(String table, String column, String target, String regex) {
        return new SoftReference(table, column, target, Pattern.compile(regex), null);
    }

    boolean wholeValue() {
        return pattern == null;
    }

    /** Whether a whole-value reference applies to this row (its discriminator, if any, says so). */
    boolean appliesTo(Function<String, String> valueOf) {
        if (when == null) {
            return true;
        }
        String value = valueOf.apply(when.column());
        return value != null && when.values().contains(value);
    }

    /** The text with every id this reference finds in it renumbered. */
    String renumber(String text, LongUnaryOperator renumbered) {
        Matcher m = pattern.matcher(text);
        StringBuilder out = new StringBuilder();
        int at = 0;
        while (m.find()) {
            out.append(text, at, m.start(1));
            out.append(renumbered.applyAsLong(Long.parseLong(m.group(1))));
            at = m.end(1);
        }
        return out.append(text, at, text.length()).toString();
    }
}
