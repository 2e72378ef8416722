package vn.dondoc.documents.boundary;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/**
 * Fired inside an import's transaction before it removes the items its new text no longer prints,
 * for components above documents that hold something about an item (a report speaks of it): each
 * observer says which it keeps, and those stay, listed with the items the secretariat edited. The
 * items component cannot know what refers to its items (the arrows run one way); this asks them.
 */
public final class ItemsLeaving {

    private final Set<Long> leaving;
    private final Set<Long> kept = new HashSet<>();

    public ItemsLeaving(Collection<Long> leaving) {
        this.leaving = Set.copyOf(leaving);
    }

    /** The ids of the items about to be removed. */
    public Set<Long> leaving() {
        return leaving;
    }

    /** Keeps these items (ids of items not leaving are ignored). */
    public void keep(Collection<Long> ids) {
        ids.stream().filter(leaving::contains).forEach(kept::add);
    }

    /** What the observers keep. */
    public Set<Long> kept() {
        return Set.copyOf(kept);
    }
}
