package vn.dondoc.items.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.Objects;
import vn.dondoc.agencies.entity.Agency;
import vn.dondoc.tenancy.entity.TenantOwned;

/**
 * A dated item's deadline for one agency (hạn của một cơ quan): the item's own date, or the later
 * date an approved extension (gia hạn) granted that agency. Stored only once something was granted;
 * until then the agency's deadline is the item's, and an instance made by {@link
 * #AgencyDeadline(Item, Agency)} stands for it without a row.
 *
 * <p>Keyed by item and agency, not by assignment: a re-import remakes the assignments of every item
 * the secretariat did not edit, and the grant outlives them (D-031). The rule that the later of the
 * two dates holds is {@link #later}, the one place it is written.
 */
@Entity
@Table(name = "agency_deadline")
@NamedQuery(
        name = AgencyDeadline.OF_ITEM_AND_AGENCY,
        query = "SELECT d FROM AgencyDeadline d WHERE d.item = :item AND d.agency = :agency")
@NamedQuery(
        name = AgencyDeadline.OF_ITEM,
        query = "SELECT d FROM AgencyDeadline d JOIN FETCH d.agency WHERE d.item = :item")
@NamedQuery(
        name = AgencyDeadline.OF_DOCUMENT,
        query = "SELECT d FROM AgencyDeadline d JOIN FETCH d.item i JOIN FETCH d.agency"
                + " WHERE i.documentId = :documentId")
public class AgencyDeadline extends TenantOwned {

    public static final String OF_ITEM_AND_AGENCY = "AgencyDeadline.ofItemAndAgency";
    public static final String OF_ITEM = "AgencyDeadline.ofItem";
    public static final String OF_DOCUMENT = "AgencyDeadline.ofDocument";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "item_id", updatable = false)
    private Item item;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "agency_id", updatable = false)
    private Agency agency;

    /** The date the last approved extension granted; {@code null} only while nothing was granted (no row). */
    @Column(name = "extended_due_on", nullable = false)
    private LocalDate extendedDueOn;

    @Version
    private long version;

    protected AgencyDeadline() {}

    /** The agency's deadline on the item before any grant: the item's own. Store it only once extended. */
    public AgencyDeadline(Item item, Agency agency) {
        this.item = Objects.requireNonNull(item, "item");
        this.agency = Objects.requireNonNull(agency, "agency");
    }

    /**
     * The deadline in force (D-027, D-031): the later of an item's own date and the date granted to
     * the agency, so that an edit moving the item later than a grant gives the agency that time, and
     * one moving it earlier never takes back what was granted.
     *
     * @param own the item's deadline, {@code null} when it has none: then nothing is due on a date
     * @param granted the date granted, or {@code null}
     */
    public static LocalDate later(LocalDate own, LocalDate granted) {
        if (own == null) {
            return null;
        }
        return granted != null && granted.isAfter(own) ? granted : own;
    }

    /**
     * The secretariat granted the agency more time on this item: {@code grantedDueOn} becomes its
     * deadline; the item's own date stays as it is, for every other agency.
     *
     * @throws IllegalStateException when the item has no date (the boundary says so to the client first)
     * @throws IllegalArgumentException unless the date is after the current deadline: a grant gives time,
     *     it never takes any back
     */
    public void extendTo(LocalDate grantedDueOn) {
        Objects.requireNonNull(grantedDueOn, "grantedDueOn");
        LocalDate current = dueOn();
        if (current == null) {
            throw new IllegalStateException("Item " + item.id() + " has no deadline to extend");
        }
        if (!grantedDueOn.isAfter(current)) {
            throw new IllegalArgumentException("An extension to " + grantedDueOn + " is not after the deadline "
                    + current + " of item " + item.id() + " for " + agency.code());
        }
        this.extendedDueOn = grantedDueOn;
    }

    /** The deadline in force for the agency, or {@code null} when the item has no date. */
    public LocalDate dueOn() {
        return later(originalDueOn(), extendedDueOn);
    }

    /** The item's own deadline, before any extension, or {@code null}. */
    public LocalDate originalDueOn() {
        return item.deadline();
    }

    /** Whether an extension was ever granted: only then is there a row to store. */
    public boolean granted() {
        return extendedDueOn != null;
    }

    public Long id() {
        return id;
    }

    public Item item() {
        return item;
    }

    public Agency agency() {
        return agency;
    }

    /** The date the last approved extension granted, or {@code null}. */
    public LocalDate extendedDueOn() {
        return extendedDueOn;
    }
}
