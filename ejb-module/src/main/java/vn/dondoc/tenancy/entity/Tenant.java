package vn.dondoc.tenancy.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;

/**
 * One province or ministry using the product (đơn vị sử dụng): the wall around its data. The
 * tenant registry itself belongs to no tenant. A tenant is active or suspended by the platform's
 * operators (D-045); the reserved tenant {@link #PLATFORM} holds the operators' accounts and no
 * business data.
 */
@Entity
@Table(name = "tenant")
@NamedQuery(name = Tenant.ALL, query = "SELECT t FROM Tenant t ORDER BY t.id")
public class Tenant {

    public static final String ALL = "Tenant.all";

    /** The operators' own tenant: their accounts, nothing else; no bundle or upload may take its id. */
    public static final String PLATFORM = "platform";

    /** Whether a tenant's users may work (ACTIVE) or are shut out until it resumes (SUSPENDED). */
    public enum Status {
        ACTIVE,
        SUSPENDED
    }

    @Id
    private String id;

    @Column(nullable = false)
    private String name;

    @Column(name = "name_en")
    private String nameEn;

    /** The issuing body printed top-left on documents, e.g. "ỦY BAN NHÂN DÂN TỈNH VĨNH PHÚC". */
    @Column(name = "issuing_body", nullable = false)
    private String issuingBody;

    @Column(name = "time_zone", nullable = false)
    private String timeZone;

    /** SHA-256 of the bundle last loaded, so an unchanged bundle is not loaded twice. */
    @Column(name = "bundle_hash")
    private String bundleHash;

    @Column(name = "loaded_at")
    private Instant loadedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status = Status.ACTIVE;

    @Column(name = "status_changed_at")
    private Instant statusChangedAt;

    protected Tenant() {}

    public Tenant(String id, String name, String nameEn, String issuingBody, ZoneId timeZone) {
        this.id = Objects.requireNonNull(id, "A tenant needs an id.");
        describe(name, nameEn, issuingBody, timeZone);
    }

    public void describe(String name, String nameEn, String issuingBody, ZoneId timeZone) {
        this.name = Objects.requireNonNull(name, "A tenant needs a name.");
        this.nameEn = nameEn;
        this.issuingBody = Objects.requireNonNull(issuingBody, "A tenant needs an issuing body.");
        this.timeZone =
                Objects.requireNonNull(timeZone, "A tenant needs a time zone.").getId();
    }

    public boolean isLoadedFrom(String hash) {
        return hash.equals(bundleHash);
    }

    public void markLoaded(String hash, Instant at) {
        this.bundleHash = hash;
        this.loadedAt = at;
    }

    /** Suspends the tenant; answers whether it was active (a second suspension changes nothing). */
    public boolean suspend(Instant at) {
        return moveTo(Status.SUSPENDED, at);
    }

    /** Resumes the tenant; answers whether it was suspended. */
    public boolean resume(Instant at) {
        return moveTo(Status.ACTIVE, at);
    }

    private boolean moveTo(Status wanted, Instant at) {
        if (status == wanted) {
            return false;
        }
        status = wanted;
        statusChangedAt = at;
        return true;
    }

    public boolean isSuspended() {
        return status == Status.SUSPENDED;
    }

    public Status status() {
        return status;
    }

    public Instant statusChangedAt() {
        return statusChangedAt;
    }

    public boolean isPlatform() {
        return PLATFORM.equals(id);
    }

    public String id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String nameEn() {
        return nameEn;
    }

    public String issuingBody() {
        return issuingBody;
    }

    public ZoneId timeZone() {
        return ZoneId.of(timeZone);
    }

    public Instant loadedAt() {
        return loadedAt;
    }
}
