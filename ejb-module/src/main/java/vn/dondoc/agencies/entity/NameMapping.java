package vn.dondoc.agencies.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
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
        query = "SELECT m FROM NameMapping m LEFT JOIN FETCH m.body.agency LEFT JOIN FETCH m.body.group ORDER BY m.id")
@NamedQuery(name = NameMapping.BY_TEXT, query = "SELECT m FROM NameMapping m WHERE m.text = :text")
public class NameMapping extends TenantOwned {

    public static final String ALL = "NameMapping.all";
    public static final String BY_TEXT = "NameMapping.byText";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @NotBlank
    @Size(max = 500)
    @Column(nullable = false)
    private String text;

    @NotNull
    @Embedded
    private AgencyOrGroup body;

    protected NameMapping() {}

    public NameMapping(String text, AgencyOrGroup body) {
        this.text = Objects.requireNonNull(text);
        pointTo(body);
    }

    /** The secretariat says the name stands for this agency or group (exactly one). */
    public void pointTo(AgencyOrGroup body) {
        if (!body.resolved()) {
            throw new IllegalArgumentException("A name maps to exactly one agency or group.");
        }
        this.body = body;
    }

    public AgencyOrGroup body() {
        return body;
    }

    public String text() {
        return text;
    }
}
