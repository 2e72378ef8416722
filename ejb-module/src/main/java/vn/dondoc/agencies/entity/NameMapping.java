package vn.dondoc.agencies.entity;

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
import java.util.Objects;
import vn.dondoc.tenancy.entity.TenantOwned;

/**
 * What the secretariat taught the importer: a printed name that matched nothing stands for this
 * agency or group. The next import matches it as an alias.
 */
@Entity
@Table(name = "name_mapping")
@NamedQuery(
        name = NameMapping.ALL,
        query = "SELECT m FROM NameMapping m LEFT JOIN FETCH m.agency LEFT JOIN FETCH m.group ORDER BY m.id")
@NamedQuery(name = NameMapping.BY_TEXT, query = "SELECT m FROM NameMapping m WHERE m.text = :text")
public class NameMapping extends TenantOwned {

    public static final String ALL = "NameMapping.all";
    public static final String BY_TEXT = "NameMapping.byText";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String text;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "agency_id")
    private Agency agency;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "group_id")
    private AgencyGroup group;

    protected NameMapping() {}

    public NameMapping(String text, Agency agency, AgencyGroup group) {
        this.text = Objects.requireNonNull(text);
        pointTo(agency, group);
    }

    public void pointTo(Agency agency, AgencyGroup group) {
        if ((agency == null) == (group == null)) {
            throw new IllegalArgumentException("A name maps to exactly one agency or group.");
        }
        this.agency = agency;
        this.group = group;
    }

    public String text() {
        return text;
    }

    public Agency agency() {
        return agency;
    }

    public AgencyGroup group() {
        return group;
    }
}
