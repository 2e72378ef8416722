package vn.dondoc.scorecards.control;

import java.math.BigDecimal;
import java.time.Instant;
import vn.dondoc.scorecards.entity.ScoringRules;

/**
 * The scoring rules that graded a scorecard, as the API, the PDF's last page and the settings show
 * them, with the formula they fill in, and whether an agency that missed a target due in the year is
 * excluded from the year's emulation (thi đua, D-047; {@link #TARGETS_RULE}). {@code validFrom} and {@code setBy} are {@code null} for the
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
        boolean excludeMissedTargets,
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

    /** How a target is judged and when the emulation rule applies, in Vietnamese and English (D-047). */
    public static final String TARGETS_RULE =
            "chỉ tiêu đến hạn khi kỳ của nó kết thúc trước ngày xem; kết quả lấy từ số"
                    + " liệu cùng tên và đơn vị trong báo cáo đã được tiếp nhận đến ngày xem; vượt / đạt / không đạt so với"
                    + " giá trị chỉ tiêu; nếu bật quy tắc, đơn vị có chỉ tiêu không đạt bị loại khỏi xét thi đua năm / a target"
                    + " is due when its period ended before the day; its result is the figure of the same name and unit in"
                    + " reports accepted by that day; exceeded / met / missed against the value; with the rule on, an"
                    + " agency that missed a target is excluded from the year's emulation";

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
                r.excludeMissedTargets(),
                defaults ? null : r.validFrom(),
                defaults ? null : r.setBy(),
                FORMULA);
    }
}
