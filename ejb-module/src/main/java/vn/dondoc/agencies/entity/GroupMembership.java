package vn.dondoc.agencies.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.util.Objects;
import vn.dondoc.tenancy.entity.TenantOwned;

/**
 * One agency's membership of one group. An entity rather than a join table so that the row
 * carries its tenant like every other tenant-owned row.
 */
@Entity
@Table(name = "agency_group_member")
@NamedQuery(
        name = GroupMembership.ALL,
        query = "SELECT m FROM GroupMembership m JOIN FETCH m.group JOIN FETCH m.agency ORDER BY m.id")
@NamedQuery(
        name = GroupMembership.GROUP_CODES_OF_AGENCY,
        query = "SELECT m.group.code FROM GroupMembership m WHERE m.agency = :agency ORDER BY m.id")
@NamedQuery(
        name = GroupMembership.OF,
        query = "SELECT m FROM GroupMembership m WHERE m.group = :group AND m.agency = :agency")
public class GroupMembership extends TenantOwned {

    public static final String ALL = "GroupMembership.all";
    public static final String OF = "GroupMembership.of";
    public static final String GROUP_CODES_OF_AGENCY = "GroupMembership.groupCodesOfAgency";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "group_id")
    private AgencyGroup group;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "agency_id")
    private Agency agency;

    protected GroupMembership() {}

    public GroupMembership(AgencyGroup group, Agency agency) {
        this.group = Objects.requireNonNull(group, "A membership needs a group.");
        this.agency = Objects.requireNonNull(agency, "A membership needs an agency.");
    }

    public AgencyGroup group() {
        return group;
    }

    public Agency agency() {
        return agency;
    }
}
