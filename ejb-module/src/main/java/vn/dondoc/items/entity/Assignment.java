package vn.dondoc.items.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.util.Objects;
import vn.dondoc.agencies.entity.Agency;
import vn.dondoc.agencies.entity.AgencyGroup;
import vn.dondoc.tenancy.entity.TenantOwned;

/**
 * An agency's obligation under one item (giao nhiệm vụ): to lead or to coordinate. A
 * responsibility given to a group becomes one assignment per current member, each remembering
 * the group it came through.
 */
@Entity
@Table(name = "assignment")
@NamedQuery(
        name = Assignment.OF_DOCUMENT,
        query = "SELECT a FROM Assignment a JOIN FETCH a.item i JOIN FETCH a.agency LEFT JOIN FETCH a.viaGroup "
                + "WHERE i.documentId = :documentId ORDER BY i.position, a.id")
@NamedQuery(
        name = Assignment.OF_ITEM,
        query = "SELECT a FROM Assignment a JOIN FETCH a.agency WHERE a.item = :item ORDER BY a.id")
public class Assignment extends TenantOwned {

    public static final String OF_DOCUMENT = "Assignment.ofDocument";
    public static final String OF_ITEM = "Assignment.ofItem";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "item_id")
    private Item item;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "agency_id")
    private Agency agency;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ResponsibilityRole role;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "via_group_id")
    private AgencyGroup viaGroup;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "responsibility_id")
    private Responsibility responsibility;

    protected Assignment() {}

    public Assignment(
            Item item, Agency agency, ResponsibilityRole role, AgencyGroup viaGroup, Responsibility responsibility) {
        this.item = Objects.requireNonNull(item);
        this.agency = Objects.requireNonNull(agency);
        this.role = Objects.requireNonNull(role);
        this.viaGroup = viaGroup;
        this.responsibility = responsibility;
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

    public ResponsibilityRole role() {
        return role;
    }

    public AgencyGroup viaGroup() {
        return viaGroup;
    }

    public Responsibility responsibility() {
        return responsibility;
    }
}
