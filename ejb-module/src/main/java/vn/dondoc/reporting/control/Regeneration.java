package vn.dondoc.reporting.control;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * What to do with a document's stored obligations when they are computed again (the reporting regime,
 * the assignments or a group's members changed, or time passed): a pure comparison of the obligations
 * the document asks for now ({@link ObligationSchedule#of}) with those already stored, by {@link
 * ObligationKey} (agency, kind, period).
 *
 * <p><b>Regeneration never loses work.</b> An obligation no longer asked for is removed only if no
 * report was started or submitted for it. One with a report is kept as it was, <i>orphaned</i>: never
 * deleted, never handed to another agency (an agency that takes over gets an obligation of its own),
 * and marked so that a person (the secretariat) decides what becomes of it. An obligation asked for
 * both before and after is kept, with or without a report; if its due date changed (a new deadline
 * in the document, a moved day in the calendar), it takes the new one.
 *
 * <p>Every desired obligation lands in exactly one of {@link #create}, {@link #keep} and {@link
 * #reschedule}; every existing one in exactly one of {@link #keep}, {@link #reschedule}, {@link
 * #remove} and {@link #orphaned}. The lists say what each obligation should be afterwards, not what
 * changed: an orphaned obligation that is asked for again is in {@link #keep} or {@link #reschedule}
 * and is no longer orphaned; one already orphaned is in {@link #orphaned} again. So comparing once
 * more after the answer was stored gives nothing to create, reschedule or remove. {@link #create},
 * {@link #keep} and {@link #reschedule} follow the order of the desired obligations, {@link #remove}
 * and {@link #orphaned} that of the existing ones.
 *
 * @param create asked for and not stored
 * @param keep stored and asked for, with the same due date
 * @param reschedule stored and asked for, with the due date it must now have
 * @param remove stored, no longer asked for, with no report: to delete
 * @param orphaned stored, no longer asked for, with a report: kept as they are, for a person to decide
 */
public record Regeneration(
        List<DueObligation> create,
        List<ExistingObligation> keep,
        List<DueObligation> reschedule,
        List<ExistingObligation> remove,
        List<ExistingObligation> orphaned) {

    public Regeneration {
        create = List.copyOf(create);
        keep = List.copyOf(keep);
        reschedule = List.copyOf(reschedule);
        remove = List.copyOf(remove);
        orphaned = List.copyOf(orphaned);
    }

    /**
     * @param desired the obligations the document asks for now
     * @param existing the obligations stored for the same document
     * @throws IllegalArgumentException if either list holds a key twice: which of the two counts would
     *     be a guess
     */
    public static Regeneration of(List<DueObligation> desired, List<ExistingObligation> existing) {
        Map<ObligationKey, DueObligation> wanted = byKey(desired, DueObligation::key, "desired");
        Map<ObligationKey, ExistingObligation> stored = byKey(existing, ExistingObligation::key, "existing");

        List<DueObligation> create = new ArrayList<>();
        List<ExistingObligation> keep = new ArrayList<>();
        List<DueObligation> reschedule = new ArrayList<>();
        for (DueObligation obligation : wanted.values()) {
            ExistingObligation before = stored.get(obligation.key());
            if (before == null) {
                create.add(obligation);
            } else if (before.dueOn().equals(obligation.dueOn())) {
                keep.add(before);
            } else {
                reschedule.add(obligation);
            }
        }
        List<ExistingObligation> remove = new ArrayList<>();
        List<ExistingObligation> orphaned = new ArrayList<>();
        for (ExistingObligation obligation : stored.values()) {
            if (!wanted.containsKey(obligation.key())) {
                (obligation.hasReport() ? orphaned : remove).add(obligation);
            }
        }
        return new Regeneration(create, keep, reschedule, remove, orphaned);
    }

    private static <T> Map<ObligationKey, T> byKey(List<T> obligations, Function<T, ObligationKey> key, String which) {
        Map<ObligationKey, T> byKey = new LinkedHashMap<>();
        for (T obligation : Objects.requireNonNull(obligations, which)) {
            if (byKey.putIfAbsent(key.apply(obligation), obligation) != null) {
                throw new IllegalArgumentException("Two " + which + " obligations for " + key.apply(obligation)
                        + ": which one holds would be a guess");
            }
        }
        return byKey;
    }
}
