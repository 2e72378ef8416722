package vn.dondoc.reporting.entity;

import java.time.LocalDate;
import java.util.Objects;
import vn.dondoc.agencies.entity.Agency;
import vn.dondoc.items.entity.AgencyDeadline;
import vn.dondoc.items.entity.Item;
import vn.dondoc.platform.boundary.Conflict;

/**
 * A dated item's deadline for one agency as the subject of a request for more time (D-031): the
 * items component's {@link AgencyDeadline} (stored or not yet), and whether the agency is assigned
 * the item now, which only the caller can tell. Not stored itself.
 */
public final class ItemDeadline implements ExtensionSubject {

    private final AgencyDeadline deadline;
    private final boolean assigned;

    /**
     * @param deadline the agency's deadline on the item, stored once something was granted, or new
     * @param assigned whether the agency holds an assignment of the item (any role)
     */
    public ItemDeadline(AgencyDeadline deadline, boolean assigned) {
        this.deadline = Objects.requireNonNull(deadline, "deadline");
        this.assigned = assigned;
    }

    /** The agency's deadline on the item: to be stored once {@link AgencyDeadline#granted()}. */
    public AgencyDeadline deadline() {
        return deadline;
    }

    public Item item() {
        return deadline.item();
    }

    @Override
    public Agency agency() {
        return deadline.agency();
    }

    @Override
    public LocalDate dueOn() {
        return deadline.dueOn();
    }

    @Override
    public LocalDate originalDueOn() {
        return deadline.originalDueOn();
    }

    /** @throws Conflict when the item has no date, or the agency is not assigned it */
    @Override
    public void requireOpenToRequest() {
        requireDated();
        if (!assigned) {
            throw new Conflict("Cơ quan '" + agency().code() + "' không được giao mục " + item().code()
                    + ", không thể đề nghị gia hạn / '" + agency().code() + "' is not assigned item "
                    + item().code() + " and cannot ask for more time on it");
        }
    }

    /** @throws Conflict when the item no longer has a date (edited meanwhile): refuse the request instead */
    @Override
    public void requireOpenToGrant() {
        requireDated();
    }

    @Override
    public void extendTo(LocalDate grantedDueOn) {
        deadline.extendTo(grantedDueOn);
    }

    private void requireDated() {
        if (deadline.originalDueOn() == null) {
            throw new Conflict("Mục " + item().code() + " không có hạn (thời gian thực hiện không ghi ngày), không"
                    + " thể gia hạn / Item " + item().code() + " has no deadline (its time frame names no date) and"
                    + " cannot be extended");
        }
    }
}
