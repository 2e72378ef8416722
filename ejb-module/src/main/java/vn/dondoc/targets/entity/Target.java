package vn.dondoc.targets.entity;

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
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import vn.dondoc.agencies.entity.Agency;
import vn.dondoc.platform.boundary.InvalidInput;
import vn.dondoc.tenancy.entity.TenantOwned;

/**
 * A target (chỉ tiêu): what one agency must reach under a document, or one of its items, in a year
 * or one period of it ("giải quyết … đạt tỷ lệ ít nhất 95%"). Knows its document and item by id only
 * (items sit below documents, D-015); a group named by the plan has been expanded to its members
 * before a target is made, one per agency. Guards its own values and judges a result against itself.
 */
@Entity
@Table(name = "target")
@NamedQuery(
        name = Target.OF_DOCUMENT_FROM_PLAN,
        query = "SELECT t FROM Target t WHERE t.documentId = :document"
                + " AND t.source = vn.dondoc.targets.entity.TargetSource.PLAN")
public class Target extends TenantOwned {

    public static final String OF_DOCUMENT_FROM_PLAN = "Target.ofDocumentFromPlan";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "document_id", nullable = false, updatable = false)
    private long documentId;

    @Column(name = "item_id", updatable = false)
    private Long itemId;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "agency_id", updatable = false)
    private Agency agency;

    @Column(name = "target_year", nullable = false)
    private int year;

    /** A period of the year ({@code 2024-H1}), or {@code null} for the whole year. */
    @Column(name = "period_label", length = 16)
    private String periodLabel;

    @Column(nullable = false, length = 300)
    private String name;

    @Column(length = 50)
    private String unit;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private Measure measure;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private Direction direction;

    @Column(name = "strict_bound", nullable = false)
    private boolean strict;

    @Column(name = "target_value", nullable = false, precision = 24, scale = 6)
    private BigDecimal value;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private Basis basis;

    @Column(name = "base_year")
    private Integer baseYear;

    @Column(name = "base_period", length = 16)
    private String basePeriod;

    @Column(name = "base_value", precision = 24, scale = 6)
    private BigDecimal baseValue;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 8)
    private TargetSource source;

    @Column(name = "source_text", length = 2000)
    private String sourceText;

    /** A PLAN target's place among the targets its item's text states, by which an import knows it again. */
    @Column(name = "source_place", updatable = false)
    private Integer sourcePlace;

    @Column(name = "created_by", nullable = false, updatable = false, length = 190)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_by", nullable = false, length = 190)
    private String updatedBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected Target() {}

    public Target(
            long documentId,
            Long itemId,
            Agency agency,
            TargetSource source,
            String sourceText,
            Integer sourcePlace,
            TargetTerms terms,
            String by,
            Instant at) {
        this.documentId = documentId;
        this.itemId = itemId;
        this.agency = Objects.requireNonNull(agency, "agency");
        this.source = Objects.requireNonNull(source, "source");
        this.sourceText = clip(sourceText, 2000);
        this.sourcePlace = sourcePlace;
        this.createdBy = Objects.requireNonNull(by, "by");
        this.createdAt = Objects.requireNonNull(at, "at");
        write(terms, by, at);
    }

    /** New terms, checked; who and when are kept. */
    public void write(TargetTerms terms, String by, Instant at) {
        TargetTerms t = Objects.requireNonNull(terms, "terms").checked();
        this.year = t.year();
        this.periodLabel = t.periodLabel();
        this.name = t.name();
        this.unit = t.unit();
        this.measure = Measure.ofUnit(t.unit());
        this.direction = t.direction();
        this.strict = t.strict() && t.direction() != Direction.EXACTLY;
        this.value = t.value();
        this.basis = t.basis();
        this.baseYear = t.baseYear();
        this.basePeriod = t.basePeriod();
        this.baseValue = t.baseValue();
        this.updatedBy = Objects.requireNonNull(by, "by");
        this.updatedAt = Objects.requireNonNull(at, "at");
    }

    /** The terms as they stand, to be edited and written back. */
    public TargetTerms terms() {
        return new TargetTerms(
                year, periodLabel, name, unit, direction, strict, value, basis, baseYear, basePeriod, baseValue);
    }

    /**
     * Whether a value (the result, or its change for a {@link Basis#CHANGE} target) satisfies the
     * bound: at least, at most (more than, less than when strict), or exactly.
     */
    public boolean satisfiedBy(BigDecimal result) {
        int c = Objects.requireNonNull(result, "result").compareTo(value);
        return switch (direction) {
            case AT_LEAST -> strict ? c > 0 : c >= 0;
            case AT_MOST -> strict ? c < 0 : c <= 0;
            case EXACTLY -> c == 0;
        };
    }

    /**
     * Whether a satisfying value goes beyond the bound (vượt chỉ tiêu): above "ít nhất", below "không
     * quá". A strict bound ("trên 80%") is met, not exceeded, by any value above it; "exactly" is
     * never exceeded.
     */
    public boolean exceededBy(BigDecimal result) {
        if (strict || direction == Direction.EXACTLY || !satisfiedBy(result)) {
            return false;
        }
        return result.compareTo(value) != 0;
    }

    static String clip(String text, int max) {
        if (text == null) {
            return null;
        }
        String s = text.strip();
        return s.length() <= max ? s : s.substring(0, max);
    }

    public static void require(boolean condition, String message) {
        if (!condition) {
            throw new InvalidInput(message);
        }
    }

    public Long id() {
        return id;
    }

    public long documentId() {
        return documentId;
    }

    public Long itemId() {
        return itemId;
    }

    public Agency agency() {
        return agency;
    }

    public int year() {
        return year;
    }

    public String periodLabel() {
        return periodLabel;
    }

    public String name() {
        return name;
    }

    public String unit() {
        return unit;
    }

    public Measure measure() {
        return measure;
    }

    public Direction direction() {
        return direction;
    }

    public boolean strict() {
        return strict;
    }

    public BigDecimal value() {
        return value;
    }

    public Basis basis() {
        return basis;
    }

    public Integer baseYear() {
        return baseYear;
    }

    public String basePeriod() {
        return basePeriod;
    }

    public BigDecimal baseValue() {
        return baseValue;
    }

    public TargetSource source() {
        return source;
    }

    public String sourceText() {
        return sourceText;
    }

    public Integer sourcePlace() {
        return sourcePlace;
    }

    /** Whether someone changed its terms after it was made (an import then leaves them alone). */
    public boolean edited() {
        return updatedAt.isAfter(createdAt);
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String updatedBy() {
        return updatedBy;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public long lockVersion() {
        return version;
    }
}
