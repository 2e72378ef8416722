package vn.dondoc.calendar.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Objects;
import vn.dondoc.tenancy.entity.TenantOwned;

/**
 * A day the tenant moved in its calendar (ngày nghỉ, ngày làm bù): made a day off, or a weekend
 * day made a working day. Everything else about working days is computed.
 */
@Entity
@Table(name = "moved_day")
@NamedQuery(name = DayChange.ALL, query = "SELECT d FROM DayChange d ORDER BY d.day")
@NamedQuery(
        name = DayChange.BETWEEN,
        query = "SELECT d FROM DayChange d WHERE d.day BETWEEN :from AND :to ORDER BY d.day")
public class DayChange extends TenantOwned {

    public static final String ALL = "DayChange.all";
    public static final String BETWEEN = "DayChange.between";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @NotNull
    @Column(nullable = false, updatable = false)
    private LocalDate day;

    @Column(nullable = false)
    private boolean working;

    @NotBlank
    @Size(max = 255)
    @Column(nullable = false)
    private String reason;

    @Version
    private long version;

    protected DayChange() {}

    /**
     * @param working {@code true}: a weekend day worked; {@code false}: a day off
     * @param reason why, as the government's notice or the tenant says it
     */
    public DayChange(LocalDate day, boolean working, String reason) {
        this.day = Objects.requireNonNull(day);
        this.working = working;
        this.reason = Objects.requireNonNull(reason);
    }

    public LocalDate day() {
        return day;
    }

    public boolean working() {
        return working;
    }

    public String reason() {
        return reason;
    }
}
