package vn.dondoc.agencies.entity;

import jakarta.persistence.Embeddable;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

/**
 * What a printed name stands for in the directory: one agency or one group, or (while nobody has
 * said) neither. Embedded where a name points into the directory: responsibilities and learned
 * name mappings.
 */
@Embeddable
public class AgencyOrGroup {

    /** Neither: the name is unresolved. */
    public static final AgencyOrGroup NONE = new AgencyOrGroup();

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "agency_id")
    private Agency agency;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "group_id")
    private AgencyGroup group;

    protected AgencyOrGroup() {}

    private AgencyOrGroup(Agency agency, AgencyGroup group) {
        this.agency = agency;
        this.group = group;
    }

    /**
     * @param agency the agency, or {@code null}
     * @param group the group, or {@code null}; never both
     */
    public static AgencyOrGroup of(Agency agency, AgencyGroup group) {
        if (agency != null && group != null) {
            throw new IllegalArgumentException("A name stands for an agency or a group, not both.");
        }
        return agency == null && group == null ? NONE : new AgencyOrGroup(agency, group);
    }

    /** The agency, or {@code null}. */
    public Agency agency() {
        return agency;
    }

    /** The group, or {@code null}. */
    public AgencyGroup group() {
        return group;
    }

    public boolean resolved() {
        return agency != null || group != null;
    }
}
