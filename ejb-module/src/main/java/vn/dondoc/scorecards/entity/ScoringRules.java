package vn.dondoc.scorecards.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import vn.dondoc.platform.boundary.InvalidInput;
import vn.dondoc.tenancy.entity.TenantOwned;

/**
 * A tenant's scoring rules (cách chấm điểm) from one moment on: the weights of the four rates in the
 * score and the lowest score of each grade. Never changed in place: a change is a new version, so a
 * scorecard as of a past date is graded by the rules of that date. A tenant without any uses {@link
 * #DEFAULT}. Guards its own values and says which is wrong.
 */
@Entity
@Table(name = "scoring_rules")
@NamedQuery(
        name = ScoringRules.IN_FORCE,
        query = "SELECT r FROM ScoringRules r WHERE r.validFrom < :cut ORDER BY r.validFrom DESC, r.id DESC")
public class ScoringRules extends TenantOwned {

    public static final String IN_FORCE = "ScoringRules.inForce";

    /**
     * The product's rules: completion and punctuality of the tasks weigh as much as the reporting
     * track, and the bands are the common ones (xuất sắc 90–100, tốt 75–89, hoàn thành 50–74).
     */
    public static final ScoringRules DEFAULT = new ScoringRules(
            30, 30, 20, 20, new BigDecimal("90"), new BigDecimal("75"), new BigDecimal("50"), "system", Instant.EPOCH);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "weight_completed", nullable = false, updatable = false)
    private int weightCompleted;

    @Column(name = "weight_on_time", nullable = false, updatable = false)
    private int weightOnTime;

    @Column(name = "weight_reporting", nullable = false, updatable = false)
    private int weightReporting;

    @Column(name = "weight_timeliness", nullable = false, updatable = false)
    private int weightTimeliness;

    @Column(name = "band_excellent", nullable = false, updatable = false, precision = 5, scale = 2)
    private BigDecimal bandExcellent;

    @Column(name = "band_good", nullable = false, updatable = false, precision = 5, scale = 2)
    private BigDecimal bandGood;

    @Column(name = "band_pass", nullable = false, updatable = false, precision = 5, scale = 2)
    private BigDecimal bandPass;

    /**
     * Whether an agency that missed a target due in the year is left out of the year's emulation
     * (thi đua). Off by default: leaving a unit out of the awards is the emulation council's choice
     * (D-047), so no tenant loses an award to a rule it did not set.
     */
    @Column(name = "exclude_missed_targets", nullable = false, updatable = false)
    private boolean excludeMissedTargets;

    @Column(name = "valid_from", nullable = false, updatable = false)
    private Instant validFrom;

    @Column(name = "set_by", nullable = false, updatable = false, length = 190)
    private String setBy;

    protected ScoringRules() {}

    /**
     * Rules in force from {@code at}.
     *
     * @param weightCompleted the weight of the completed rate over due tasks; likewise on time over
     *     due tasks, the reporting rate and timeliness; each 0–100, at least one above 0
     * @param bandExcellent the lowest score graded xuất sắc; likewise tốt and hoàn thành, each above
     *     the next, all within (0, 100]
     * @throws InvalidInput naming the value that is wrong (400)
     */
    public ScoringRules(
            int weightCompleted,
            int weightOnTime,
            int weightReporting,
            int weightTimeliness,
            BigDecimal bandExcellent,
            BigDecimal bandGood,
            BigDecimal bandPass,
            String by,
            Instant at) {
        this(
                weightCompleted,
                weightOnTime,
                weightReporting,
                weightTimeliness,
                bandExcellent,
                bandGood,
                bandPass,
                false,
                by,
                at);
    }

    /**
     * Rules in force from {@code at}, with the emulation rule on targets.
     *
     * @param excludeMissedTargets whether an agency that missed a target due in the year is excluded
     *     from the year's emulation
     */
    public ScoringRules(
            int weightCompleted,
            int weightOnTime,
            int weightReporting,
            int weightTimeliness,
            BigDecimal bandExcellent,
            BigDecimal bandGood,
            BigDecimal bandPass,
            boolean excludeMissedTargets,
            String by,
            Instant at) {
        weight("weights.completedOfDue", weightCompleted);
        weight("weights.onTimeOfDue", weightOnTime);
        weight("weights.reportingRate", weightReporting);
        weight("weights.timeliness", weightTimeliness);
        if (weightCompleted + weightOnTime + weightReporting + weightTimeliness == 0) {
            throw new InvalidInput("weights: cần ít nhất một trọng số lớn hơn 0 / at least one weight must be above 0");
        }
        band("bands.excellent", bandExcellent);
        band("bands.good", bandGood);
        band("bands.pass", bandPass);
        if (bandPass.compareTo(bandGood) >= 0 || bandGood.compareTo(bandExcellent) >= 0) {
            throw new InvalidInput("bands: cần hoàn thành < tốt < xuất sắc / pass < good < excellent is required");
        }
        this.weightCompleted = weightCompleted;
        this.weightOnTime = weightOnTime;
        this.weightReporting = weightReporting;
        this.weightTimeliness = weightTimeliness;
        this.bandExcellent = bandExcellent;
        this.bandGood = bandGood;
        this.bandPass = bandPass;
        this.excludeMissedTargets = excludeMissedTargets;
        this.setBy = Objects.requireNonNull(by, "by");
        this.validFrom = Objects.requireNonNull(at, "at");
    }

    /** The grade of a score (already rounded as shown): the best band whose lowest score it reaches. */
    public Grade gradeOf(BigDecimal score) {
        Objects.requireNonNull(score, "score");
        if (score.compareTo(bandExcellent) >= 0) {
            return Grade.XUAT_SAC;
        }
        if (score.compareTo(bandGood) >= 0) {
            return Grade.TOT;
        }
        if (score.compareTo(bandPass) >= 0) {
            return Grade.HOAN_THANH;
        }
        return Grade.KHONG_HOAN_THANH;
    }

    private static void weight(String field, int value) {
        if (value < 0 || value > 100) {
            throw new InvalidInput(field + ": cần từ 0 đến 100 / must be 0 to 100 (" + value + ")");
        }
    }

    private static void band(String field, BigDecimal value) {
        if (value == null) {
            throw new InvalidInput(field + ": cần một số / a number is required");
        }
        if (value.signum() <= 0
                || value.compareTo(BigDecimal.valueOf(100)) > 0
                || value.stripTrailingZeros().scale() > 2) {
            throw new InvalidInput(
                    field + ": cần lớn hơn 0, tối đa 100, hai chữ số thập phân / must be above 0, at most"
                            + " 100, two decimals at most (" + value.toPlainString() + ")");
        }
    }

    public int weightCompleted() {
        return weightCompleted;
    }

    public int weightOnTime() {
        return weightOnTime;
    }

    public int weightReporting() {
        return weightReporting;
    }

    public int weightTimeliness() {
        return weightTimeliness;
    }

    public BigDecimal bandExcellent() {
        return bandExcellent;
    }

    public BigDecimal bandGood() {
        return bandGood;
    }

    public BigDecimal bandPass() {
        return bandPass;
    }

    public boolean excludeMissedTargets() {
        return excludeMissedTargets;
    }

    public Instant validFrom() {
        return validFrom;
    }

    public String setBy() {
        return setBy;
    }
}
