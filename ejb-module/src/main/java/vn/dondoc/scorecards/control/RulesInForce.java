package vn.dondoc.scorecards.control;

import java.math.BigDecimal;
import java.time.Instant;
import vn.dondoc.scorecards.entity.ScoringRules;

/**
 * The scoring rules that graded a scorecard, as the API, the PDF's last page and the settings show
 * them, with the formula they fill in. {@code validFrom} and {@code setBy} are {@code null} for the
 * product's defaults, which no one set.
 */
public record RulesInForce(
        int weightCompletedOfDue,
        int weightOnTimeOfDue,
        int weightReportingRate,
        int weightTimeliness,
        BigDecimal bandExcellent,
        BigDecimal bandGood,
        BigDecimal bandPass,
        Instant validFrom,
        String setBy,
        String formula) {

    /** The score's formula ({@link Scoring}), in Vietnamese and English. */
    public static final String FORMULA =
            "điểm = 100 × (w₁·hoàn thành/đến hạn + w₂·đúng hạn/đến hạn + w₃·báo cáo đã nhận/phải"
                    + " nộp + w₄·báo cáo đúng hạn/phải nộp) ÷ (w₁ + w₂ + w₃ + w₄), chỉ tính các tỷ lệ có mẫu số, làm tròn"
                    + " xuống 2 chữ số thập phân / score = 100 × (w1·completed/due + w2·on time/due + w3·received/expected"
                    + " + w4·received on time/expected) ÷ (w1 + w2 + w3 + w4), over the rates that have a denominator,"
                    + " rounded down to two decimals";

    public static RulesInForce of(ScoringRules r) {
        boolean defaults = r == ScoringRules.DEFAULT;
        return new RulesInForce(
                r.weightCompleted(),
                r.weightOnTime(),
                r.weightReporting(),
                r.weightTimeliness(),
                r.bandExcellent(),
                r.bandGood(),
                r.bandPass(),
                defaults ? null : r.validFrom(),
                defaults ? null : r.setBy(),
                FORMULA);
    }
}
