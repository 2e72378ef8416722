package vn.dondoc.agencies.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.List;
import java.util.Objects;
import vn.dondoc.platform.entity.LinesConverter;
import vn.dondoc.tenancy.entity.TenantOwned;

/** A body that owes work and reports (cơ quan, đơn vị): a department, a district, a court. */
@Entity
@Table(name = "agency")
@NamedQuery(name = Agency.ALL, query = "SELECT a FROM Agency a ORDER BY a.id")
@NamedQuery(name = Agency.BY_CODE, query = "SELECT a FROM Agency a WHERE a.code = :code")
public class Agency extends TenantOwned {

    public static final String ALL = "Agency.all";
    public static final String BY_CODE = "Agency.byCode";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** The slug of the name, unique in the tenant (Sở Tư pháp → so-tu-phap). */
    @Column(nullable = false, updatable = false)
    private String code;

    @Column(nullable = false)
    private String name;

    @Column(name = "name_en")
    private String nameEn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AgencyKind kind;

    /** Other names plans use for it: abbreviations, older spellings. */
    @Convert(converter = LinesConverter.class)
    private List<String> aliases = List.of();

    @Version
    private long version;

    protected Agency() {}

    public Agency(String name, String nameEn, AgencyKind kind, List<String> aliases) {
        this.code = Slug.of(Objects.requireNonNull(name, "An agency needs a name."));
        describe(name, nameEn, kind, aliases);
    }

    /** Renames or reclassifies the agency; its code, which others refer to, stays. */
    public void describe(String name, String nameEn, AgencyKind kind, List<String> aliases) {
        this.name = Objects.requireNonNull(name, "An agency needs a name.");
        this.nameEn = nameEn;
        this.kind = Objects.requireNonNull(kind, "An agency needs a kind.");
        this.aliases = List.copyOf(aliases == null ? List.of() : aliases);
    }

    public Long id() {
        return id;
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public String nameEn() {
        return nameEn;
    }

    public AgencyKind kind() {
        return kind;
    }

    public List<String> aliases() {
        return aliases;
    }
}
