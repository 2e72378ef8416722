package vn.dondoc.items.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
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
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Objects;
import vn.dondoc.agencies.entity.Agency;
import vn.dondoc.agencies.entity.AgencyGroup;
import vn.dondoc.agencies.entity.AgencyOrGroup;
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
        query = "SELECT r FROM Responsibility r JOIN FETCH r.item i LEFT JOIN FETCH r.body.agency "
                + "LEFT JOIN FETCH r.body.group WHERE i.documentId = :documentId ORDER BY i.position, r.position")
@NamedQuery(
        name = Responsibility.UNRESOLVED_TEXT,
        query = "SELECT r FROM Responsibility r JOIN FETCH r.item "
                + "WHERE r.body.agency IS NULL AND r.body.group IS NULL AND r.text = :text")
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

    @NotBlank
    @Size(max = 500)
    @Column(nullable = false)
    private String text;

    @Size(max = 255)
    private String unit;

    /** {@code null} while the name is unresolved (an embedded value whose columns are all null). */
    @Embedded
    private AgencyOrGroup body;

    protected Responsibility() {}

    public Responsibility(
            Item item, int position, ResponsibilityRole role, String text, String unit, AgencyOrGroup body) {
        this.item = Objects.requireNonNull(item);
        this.position = position;
        this.role = Objects.requireNonNull(role);
        this.text = Objects.requireNonNull(text);
        this.unit = unit;
        resolveTo(body);
    }

    /** The secretariat says which agency or group an unresolved name stands for. */
    public void resolveTo(AgencyOrGroup body) {
        this.body = body.resolved() ? body : null;
    }

    public boolean resolved() {
        return body().resolved();
    }

    public AgencyOrGroup body() {
        return body == null ? AgencyOrGroup.NONE : body;
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

    /** The agency named, or {@code null}. */
    public Agency agency() {
        return body().agency();
    }

    /** The group named, or {@code null}. */
    public AgencyGroup group() {
        return body().group();
    }
}
