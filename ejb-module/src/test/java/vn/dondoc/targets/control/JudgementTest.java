package vn.dondoc.targets.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.dondoc.agencies.entity.Agency;
import vn.dondoc.agencies.entity.AgencyKind;
import vn.dondoc.reporting.control.ReportingPeriod;
import vn.dondoc.targets.control.AcceptedFigures.Figure;
import vn.dondoc.targets.control.Change.Kind;
import vn.dondoc.targets.entity.Basis;
import vn.dondoc.targets.entity.Direction;
import vn.dondoc.targets.entity.Target;
import vn.dondoc.targets.entity.TargetSource;
import vn.dondoc.targets.entity.TargetTerms;

/**
 * Targets judged against figures as accepted reports give them, with the seeds' numbers: online
 * public services used at 75,2 % in 2024 against 41,0 % in 2023 (a rate: +34,2 points), 143
 * mediation clubs against 106 (a count: +34,91 %).
 */
class JudgementTest {

    private static final long AGENCY = 7;
    private static final LocalDate AFTER_2024 = LocalDate.of(2025, 1, 10);

    private final List<Figure> figures = new ArrayList<>();

    private void figure(String label, String name, String unit, String numerator, String denominator) {
        ReportingPeriod p = ReportingPeriod.parse(label);
        figures.add(new Figure(
                AGENCY,
                figures.size() + 1,
                p.firstDay(),
                p.cutOff(),
                label,
                1,
                name,
                unit,
                new BigDecimal(numerator),
                denominator == null ? null : new BigDecimal(denominator)));
    }

    private AcceptedFigures accepted() {
        return new AcceptedFigures(Map.of(AGENCY, List.copyOf(figures)));
    }

    private static Target target(String name, String unit, Direction d, String value, Basis basis, Integer baseYear) {
        Agency agency = new Agency("Sở Tư pháp", null, AgencyKind.DEPARTMENT, List.of());
        try {
            var id = Agency.class.getDeclaredField("id");
            id.setAccessible(true);
            id.set(agency, AGENCY);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
        return new Target(
                1,
                null,
                agency,
                TargetSource.MANUAL,
                null,
                null,
                new TargetTerms(2024, null, name, unit, d, false, new BigDecimal(value), basis, baseYear, null, null),
                "thu-ky",
                Instant.EPOCH);
    }

    @Test
    void aRateIsJudgedAndComparedWithLastYearInPercentagePoints() {
        figure("2023-Y", "Tỷ lệ sử dụng dịch vụ công trực tuyến", "%", "41.0", null);
        figure("2024-Y", "tỷ lệ sử dụng dịch vụ công trực tuyến", "%", "75.2", null);
        Judgement j = Judgement.of(
                target("Tỷ lệ sử dụng dịch vụ công trực tuyến", "%", Direction.AT_LEAST, "70", Basis.LEVEL, null),
                accepted(),
                AFTER_2024);
        assertThat(j.attainment()).isEqualTo(Attainment.EXCEEDED);
        assertThat(j.result().value()).isEqualByComparingTo("75.2");
        assertThat(j.yearOnYear().kind()).isEqualTo(Kind.PERCENTAGE_POINTS);
        assertThat(j.yearOnYear().value()).isEqualByComparingTo("34.2");
        assertThat(j.yearOnYear().label()).startsWith("tăng 34,2 điểm phần trăm");
        assertThat(j.yearOnYear().basePeriod()).isEqualTo("2023-Y");
    }

    @Test
    void aCountIsComparedWithLastYearRelatively() {
        figure("2023-Y", "Câu lạc bộ hòa giải", "câu lạc bộ", "106", null);
        figure("2024-Y", "Câu lạc bộ hòa giải", "câu lạc bộ", "143", null);
        Judgement j = Judgement.of(
                target("Câu lạc bộ hòa giải", "câu lạc bộ", Direction.AT_LEAST, "143", Basis.LEVEL, null),
                accepted(),
                AFTER_2024);
        assertThat(j.attainment()).isEqualTo(Attainment.MET);
        assertThat(j.yearOnYear().kind()).isEqualTo(Kind.RELATIVE_PERCENT);
        assertThat(j.yearOnYear().value()).isEqualByComparingTo("34.91");
    }

    @Test
    void aCountInAnotherUnitOrAShareIsNotACountsResult() {
        figure("2024-Y", "Câu lạc bộ hòa giải", "xã", "143", null);
        figure("2024-Y", "Câu lạc bộ hòa giải", "câu lạc bộ", "143", "150");
        Judgement j = Judgement.of(
                target("Câu lạc bộ hòa giải", "câu lạc bộ", Direction.AT_LEAST, "100", Basis.LEVEL, null),
                accepted(),
                AFTER_2024);
        assertThat(j.attainment()).isEqualTo(Attainment.NO_RESULT);
        assertThat(j.result()).isNull();
    }

    @Test
    void theLatestPeriodInTheYearAnswersAndSharesAddUpAsSumsOverSums() {
        figure("2024-H1", "Hòa giải thành", "vụ việc", "1400", "1500");
        figure("2024-H2", "Hòa giải thành", "vụ việc", "2000", "2100");
        figure("2024-H2", "Hòa giải thành", "vụ việc", "897", "973");
        Judgement j = Judgement.of(
                target("Hòa giải thành", "%", Direction.AT_LEAST, "95", Basis.LEVEL, null), accepted(), AFTER_2024);
        assertThat(j.result().numerator()).isEqualByComparingTo("2897");
        assertThat(j.result().denominator()).isEqualByComparingTo("3073");
        assertThat(j.result().periodLabel()).isEqualTo("2024-H2");
        assertThat(j.attainment()).isEqualTo(Attainment.MISSED);
        assertThat(j.judged()).isEqualByComparingTo("94.27");
    }

    @Test
    void aDecreaseTargetIsJudgedOnTheChangeAgainstItsBase() {
        figure("2023-Y", "Số vụ việc tồn đọng", "vụ", "200", null);
        figure("2024-Y", "Số vụ việc tồn đọng", "vụ", "150", null);
        Target fewer = target("Số vụ việc tồn đọng", "vụ", Direction.AT_MOST, "-20", Basis.CHANGE, 2023);
        Judgement j = Judgement.of(fewer, accepted(), AFTER_2024);
        assertThat(j.againstBase().value()).isEqualByComparingTo("-25");
        assertThat(j.attainment()).as("−25 % is at most −20 %, beyond it").isEqualTo(Attainment.EXCEEDED);
        figures.set(
                1,
                new Figure(
                        AGENCY,
                        2,
                        LocalDate.of(2023, 12, 15),
                        LocalDate.of(2024, 12, 14),
                        "2024-Y",
                        1,
                        "Số vụ việc tồn đọng",
                        "vụ",
                        new BigDecimal("170"),
                        null));
        assertThat(Judgement.of(fewer, accepted(), AFTER_2024).attainment()).isEqualTo(Attainment.MISSED);
    }

    @Test
    void aTargetWhoseYearRunsIsNotYetDueWhateverItsPartialResult() {
        figure("2024-H1", "Hòa giải thành", "vụ việc", "1400", "1500");
        Judgement j = Judgement.of(
                target("Hòa giải thành", "%", Direction.AT_LEAST, "95", Basis.LEVEL, null),
                accepted(),
                LocalDate.of(2024, 12, 14));
        assertThat(j.due()).isFalse();
        assertThat(j.attainment()).isEqualTo(Attainment.NOT_DUE);
        assertThat(j.result()).isNotNull();
        assertThat(Judgement.of(
                                target("Hòa giải thành", "%", Direction.AT_LEAST, "95", Basis.LEVEL, null),
                                accepted(),
                                LocalDate.of(2024, 12, 15))
                        .due())
                .isTrue();
    }
}
