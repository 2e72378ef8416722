package vn.dondoc.documents.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.Set;
import vn.dondoc.agencies.entity.Agency;
import vn.dondoc.tenancy.entity.TenantOwned;

/**
 * A registered directive or plan (văn bản: chỉ thị, kế hoạch, nghị quyết …), identified in its
 * tenant by its number and symbol ("204/KH-UBND"). Holds what section III asks of the agencies:
 * their own plan by a date and periodic reports through a focal agency.
 */
@Entity
@Table(name = "document")
@NamedQuery(name = Document.ALL, query = "SELECT d FROM Document d ORDER BY d.issuedOn DESC, d.id DESC")
@NamedQuery(name = Document.COUNT, query = "SELECT COUNT(d) FROM Document d")
@NamedQuery(name = Document.BY_NUMBER, query = "SELECT d FROM Document d WHERE d.number = :number")
public class Document extends TenantOwned {

    public static final String ALL = "Document.all";
    public static final String COUNT = "Document.count";
    public static final String BY_NUMBER = "Document.byNumber";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String type;

    @NotBlank
    @Size(max = 100)
    @Column(nullable = false, updatable = false)
    private String number;

    private String issuer;
    private String place;

    @Column(name = "issued_on")
    private LocalDate issuedOn;

    private String signer;
    private String title;

    @Column(name = "agency_plan_due_on")
    private LocalDate agencyPlanDueOn;

    @Column(name = "agency_plan_text")
    private String agencyPlanText;

    @Convert(converter = ReportingFrequency.SetConverter.class)
    @Column(name = "reporting_frequencies")
    private Set<ReportingFrequency> reportingFrequencies = EnumSet.noneOf(ReportingFrequency.class);

    @Column(name = "reporting_text")
    private String reportingText;

    /** The document's own sending deadline, in working days after a cut-off; {@code null}: the default. */
    @Min(1)
    @Column(name = "report_working_days")
    private Integer reportWorkingDays;

    @Column(name = "regime_edited", nullable = false)
    private boolean regimeEdited;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "focal_agency_id")
    private Agency focalAgency;

    @Column(name = "focal_agency_text")
    private String focalAgencyText;

    @Column(name = "source_format", nullable = false)
    private String sourceFormat;

    @Column(name = "source_sha256", nullable = false)
    private String sourceSha256;

    @Column(name = "imported_at", nullable = false)
    private Instant importedAt;

    @Column(name = "imported_by", nullable = false)
    private String importedBy;

    @Version
    private long version;

    protected Document() {}

    public Document(String number) {
        this.number = Objects.requireNonNull(number, "A document needs its number and symbol.");
    }

    /** Takes the registry data printed in the document's header. */
    public void describe(String type, String issuer, String place, LocalDate issuedOn, String signer, String title) {
        this.type = type;
        this.issuer = issuer;
        this.place = place;
        this.issuedOn = issuedOn;
        this.signer = signer;
        this.title = title;
    }

    /**
     * Takes what section III (tổ chức thực hiện) asks of the agencies: their own plan by a date, and
     * reports at a rhythm sent through a focal agency ({@code null} while its name is unresolved).
     * The date and the rhythms stay as the secretariat set them, if it did ({@link #setRegime}).
     */
    public void requireOfAgencies(
            LocalDate agencyPlanDueOn,
            String agencyPlanText,
            Set<ReportingFrequency> reportingFrequencies,
            String reportingText,
            Agency focalAgency,
            String focalAgencyText) {
        if (!regimeEdited) {
            this.agencyPlanDueOn = agencyPlanDueOn;
            this.reportingFrequencies = copy(reportingFrequencies);
        }
        this.agencyPlanText = agencyPlanText;
        this.reportingText = reportingText;
        this.focalAgency = focalAgency;
        this.focalAgencyText = focalAgencyText;
    }

    /**
     * Sets the document's own sending deadline (hạn gửi báo cáo): its periodic reports are due that
     * many working days after each period's cut-off, instead of the tenant's default.
     *
     * @param workingDays at least 1, or {@code null} to go back to the default
     * @throws IllegalArgumentException if less than 1
     */
    public void reportWithin(Integer workingDays) {
        if (workingDays != null && workingDays < 1) {
            throw new IllegalArgumentException(
                    "Báo cáo phải gửi sau ngày chốt số liệu ít nhất 1 ngày làm việc / a report is due at least"
                            + " 1 working day after the cut-off, not " + workingDays);
        }
        this.reportWorkingDays = workingDays;
    }

    /** Records where this version came from: the upload's format and fingerprint, when and by whom. */
    public void importedFrom(String sourceFormat, String sourceSha256, Instant at, String by) {
        this.sourceFormat = Objects.requireNonNull(sourceFormat);
        this.sourceSha256 = Objects.requireNonNull(sourceSha256);
        this.importedAt = Objects.requireNonNull(at);
        this.importedBy = Objects.requireNonNull(by);
    }

    public Long id() {
        return id;
    }

    public String type() {
        return type;
    }

    public String number() {
        return number;
    }

    public String issuer() {
        return issuer;
    }

    public String place() {
        return place;
    }

    public LocalDate issuedOn() {
        return issuedOn;
    }

    public String signer() {
        return signer;
    }

    public String title() {
        return title;
    }

    public LocalDate agencyPlanDueOn() {
        return agencyPlanDueOn;
    }

    public String agencyPlanText() {
        return agencyPlanText;
    }

    /** The rhythms agencies report at, in their natural order (monthly first). */
    public Set<ReportingFrequency> reportingFrequencies() {
        return Collections.unmodifiableSet(reportingFrequencies);
    }

    public String reportingText() {
        return reportingText;
    }

    /** The document's own sending deadline in working days, empty when it keeps the default. */
    /**
     * The secretariat sets the reporting regime: the date agencies owe their own plan by (or none),
     * the rhythms of their reports, and the working days after a period's cut-off they have to send
     * them (or {@code null}: the default). A re-import of the text keeps it.
     */
    public void setRegime(
            LocalDate agencyPlanDueOn, Set<ReportingFrequency> reportingFrequencies, Integer reportWorkingDays) {
        reportWithin(reportWorkingDays);
        this.agencyPlanDueOn = agencyPlanDueOn;
        this.reportingFrequencies = copy(reportingFrequencies);
        this.regimeEdited = true;
    }

    /** Whether the secretariat set the regime (then a re-import keeps it). */
    public boolean regimeEdited() {
        return regimeEdited;
    }

    private static Set<ReportingFrequency> copy(Set<ReportingFrequency> frequencies) {
        return frequencies.isEmpty() ? EnumSet.noneOf(ReportingFrequency.class) : EnumSet.copyOf(frequencies);
    }

    public OptionalInt reportWorkingDays() {
        return reportWorkingDays == null ? OptionalInt.empty() : OptionalInt.of(reportWorkingDays);
    }

    public Agency focalAgency() {
        return focalAgency;
    }

    public String focalAgencyText() {
        return focalAgencyText;
    }

    public String sourceSha256() {
        return sourceSha256;
    }

    public Instant importedAt() {
        return importedAt;
    }

    public String importedBy() {
        return importedBy;
    }
}
