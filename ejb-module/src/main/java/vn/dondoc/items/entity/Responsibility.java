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
import vn.dondoc.items.entity.ResponsibilityRole;
import vn.dondoc.tenancy.entity.TenantOwned;

/**
 * A body named under an item and what it owes (chủ trì / phối hợp), as printed. It points at the
 * agency or group it matched, or at neither while the name is unresolved: the printed text stays
 * either way.
 */
@Entity
@Table(name = "responsibility")
@NamedQuery(
        name = Responsibility.OF_DOCUMENT,
        query = "SELECT r FROM Responsibility r JOIN FETCH r.item i LEFT JOIN FETCH r.agency LEFT JOIN FETCH r.group "
                + "WHERE i.document = :document ORDER BY i.position, r.position")
@NamedQuery(
        name = Responsibility.UNRESOLVED_TEXT,
        query = "SELECT r FROM Responsibility r WHERE r.agency IS NULL AND r.group IS NULL AND r.text = :text")
public class Responsibility extends TenantOwned {

    public static final String OF_DOCUMENT = "Responsibility.ofDocument";
    public static final String UNRESOLVED_TEXT = "Responsibility.unresolvedText";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "item_id")
    private Item item;

    @Column(nullable = false)
    private int position;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ResponsibilityRole role;

    @Column(nullable = false)
    private String text;

    private String unit;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "agency_id")
    private Agency agency;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "group_id")
    private AgencyGroup group;

    protected Responsibility() {}

    public Responsibility(
            Item item,
            int position,
            ResponsibilityRole role,
            String text,
            String unit,
            Agency agency,
            AgencyGroup group) {
        this.item = Objects.requireNonNull(item);
        this.position = position;
        this.role = Objects.requireNonNull(role);
        this.text = Objects.requireNonNull(text);
        this.unit = unit;
        resolveTo(agency, group);
    }

    /** The secretariat says which agency or group an unresolved name stands for. */
    public void resolveTo(Agency agency, AgencyGroup group) {
        if (agency != null && group != null) {
            throw new IllegalArgumentException("A responsibility names an agency or a group, not both.");
        }
        this.agency = agency;
        this.group = group;
    }

    public boolean resolved() {
        return agency != null || group != null;
    }

    public Long id() {
        return id;
    }

    public Item item() {
        return item;
    }

    public ResponsibilityRole role() {
        return role;
    }

    public String text() {
        return text;
    }

    public String unit() {
        return unit;
    }

    public Agency agency() {
        return agency;
    }

    public AgencyGroup group() {
        return group;
    }
}
