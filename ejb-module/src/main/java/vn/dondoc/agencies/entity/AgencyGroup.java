package vn.dondoc.agencies.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
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

/**
 * A collective name plans address ("UBND các huyện, thành phố"). An assignment to a group is an
 * obligation of each member. A group whose members the directory does not hold ("UBND các xã,
 * phường, thị trấn") is kept with {@code membersKnown = false} and shown as such.
 */
@Entity
@Table(name = "agency_group")
@NamedQuery(name = AgencyGroup.ALL, query = "SELECT g FROM AgencyGroup g ORDER BY g.id")
@NamedQuery(name = AgencyGroup.BY_CODE, query = "SELECT g FROM AgencyGroup g WHERE g.code = :code")
public class AgencyGroup extends TenantOwned {

    public static final String ALL = "AgencyGroup.all";
    public static final String BY_CODE = "AgencyGroup.byCode";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, updatable = false)
    private String code;

    @Column(nullable = false)
    private String name;

    @Column(name = "name_en")
    private String nameEn;

    @Convert(converter = LinesConverter.class)
    private List<String> aliases = List.of();

    @Column(name = "members_known", nullable = false)
    private boolean membersKnown;

    @Version
    private long version;

    protected AgencyGroup() {}

    public AgencyGroup(String name, String nameEn, List<String> aliases, boolean membersKnown) {
        this.code = Slug.of(Objects.requireNonNull(name, "A group needs a name."));
        describe(name, nameEn, aliases, membersKnown);
    }

    public void describe(String name, String nameEn, List<String> aliases, boolean membersKnown) {
        this.name = Objects.requireNonNull(name, "A group needs a name.");
        this.nameEn = nameEn;
        this.aliases = List.copyOf(aliases == null ? List.of() : aliases);
        this.membersKnown = membersKnown;
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

    public List<String> aliases() {
        return aliases;
    }

    public boolean membersKnown() {
        return membersKnown;
    }
}
