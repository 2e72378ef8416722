package vn.dondoc.consolidation.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.dondoc.consolidation.control.ConsolidatedReport.Contribution;
import vn.dondoc.consolidation.control.ConsolidatedReport.FigureTotal;
import vn.dondoc.consolidation.control.ConsolidatedReport.ItemPart;
import vn.dondoc.consolidation.control.ConsolidatedReport.Missing;
import vn.dondoc.consolidation.control.Consolidator.Accepted;
import vn.dondoc.consolidation.control.Consolidator.ItemLine;
import vn.dondoc.consolidation.control.Consolidator.Source;
import vn.dondoc.reporting.entity.EntryContent;
import vn.dondoc.reporting.entity.FigureContent;
import vn.dondoc.reporting.entity.ObligationStatus;

/** Merging the accepted reports of a period and summing their figures, without a database. */
class ConsolidatorTest {

    static final LocalDate DUE = LocalDate.of(2024, 6, 19);
    static final Consolidator.Heading HEADING = new Consolidator.Heading(
            "ỦY BAN NHÂN DÂN TỈNH VĨNH PHÚC",
            "Vĩnh Phúc",
            7,
            "Kế hoạch",
            "204/KH-UBND",
            "Thực hiện Chỉ thị số 46-CT/TU",
            "2024-H1",
            LocalDate.of(2023, 12, 15),
            LocalDate.of(2024, 6, 14));
    static final List<ItemLine> ITEMS = List.of(
            new ItemLine(1, null, "II", "NỘI DUNG THỰC HIỆN"),
            new ItemLine(2, 1L, "II.1", "Tuyên truyền, phổ biến"),
            new ItemLine(3, 1L, "II.2", "Trợ giúp pháp lý"));

    @Test
    void figuresOfOneNameAndUnitAreSummedWhateverTheCaseAndSpaces() {
        List<FigureTotal> totals = FigureSum.sum(List.of(
                part("so-tu-phap", "Số vụ việc", "1200", null, "vụ"),
                part("so-noi-vu", "số  vụ việc ", "50", null, "Vụ"),
                part("cong-an", "SỐ VỤ VIỆC", "0.5", null, " vụ")));

        assertThat(totals).hasSize(1);
        FigureTotal total = totals.get(0);
        assertThat(total.name()).isEqualTo("Số vụ việc");
        assertThat(total.unit()).isEqualTo("vụ");
        assertThat(total.share()).isFalse();
        assertThat(total.numerator()).isEqualByComparingTo("1250.5");
        assertThat(total.denominator()).isNull();
        assertThat(total.rate()).isNull();
        assertThat(total.parts())
                .extracting(ConsolidatedReport.FigurePart::agencyCode)
                .containsExactly("so-tu-phap", "so-noi-vu", "cong-an");
    }

    @Test
    void figuresInDifferentUnitsOrOfDifferentNamesAreListedApart() {
        List<FigureTotal> totals = FigureSum.sum(List.of(
                part("so-tu-phap", "Kinh phí", "1000000", null, "đồng"),
                part("so-tai-chinh", "Kinh phí", "2", null, "triệu đồng"),
                part("so-noi-vu", "Kinh phí", "500000", null, "đồng"),
                part("cong-an", "Số hội nghị", "3", null, "hội nghị")));

        assertThat(totals)
                .extracting(
                        FigureTotal::name, FigureTotal::unit, t -> t.numerator().toPlainString())
                .containsExactly(
                        tuple("Kinh phí", "đồng", "1500000"),
                        tuple("Kinh phí", "triệu đồng", "2"),
                        tuple("Số hội nghị", "hội nghị", "3"));
    }

    @Test
    void sharesSumTheirNumeratorsAndDenominatorsAndShowTheResultingRate() {
        List<FigureTotal> totals = FigureSum.sum(List.of(
                part("so-tu-phap", "Tỷ lệ hồ sơ đúng hạn", "90", "100", "hồ sơ"),
                part("ubnd-vinh-yen", "Tỷ lệ hồ sơ đúng hạn", "243", "300", "hồ sơ"),
                part("so-noi-vu", "Tỷ lệ hồ sơ đúng hạn", "7", null, "hồ sơ")));

        assertThat(totals).hasSize(2);
        FigureTotal share = totals.get(0);
        assertThat(share.share()).isTrue();
        assertThat(share.numerator()).isEqualByComparingTo("333");
        assertThat(share.denominator()).isEqualByComparingTo("400");
        // 333/400, not the mean of 90 % and 81 %
        assertThat(share.rate()).isEqualByComparingTo("83.25");
        FigureTotal count = totals.get(1);
        assertThat(count.share())
                .as("a count of the same name is not mixed into the share")
                .isFalse();
        assertThat(count.numerator()).isEqualByComparingTo("7");
    }

    @Test
    void aTargetIsSummedOnlyWhenEveryAgencyGaveOne() {
        List<FigureTotal> both = FigureSum.sum(List.of(
                target(part("a", "Số lớp", "3", null, "lớp"), "5"),
                target(part("b", "Số lớp", "4", null, "lớp"), "6")));
        List<FigureTotal> one = FigureSum.sum(
                List.of(target(part("a", "Số lớp", "3", null, "lớp"), "5"), part("b", "Số lớp", "4", null, "lớp")));

        assertThat(both.get(0).target()).isEqualByComparingTo("11");
        assertThat(one.get(0).target()).isNull();
    }

    @Test
    void acceptedNarrativesAreMergedUnderTheAgencyNamesItemByItem() {
        ConsolidatedReport report = Consolidator.consolidate(
                HEADING,
                ITEMS,
                List.of(
                        accepted("so-tu-phap", "Sở Tư pháp", 1, entry(2, "Tổ chức 12 hội nghị", "Số hội nghị", "12")),
                        accepted(
                                "cong-an",
                                "Công an tỉnh",
                                2,
                                entry(2, "Tuyên truyền trên cổng thông tin", "Số hội nghị", "3"),
                                entry(3, "Trợ giúp 40 vụ", "Số vụ việc", "40"))));

        ItemPart propaganda = report.items().get(1);
        assertThat(propaganda.contributions())
                .extracting(Contribution::agencyName, Contribution::narrative, Contribution::reportNumber)
                .as("in Vietnamese alphabetical order: C before S")
                .containsExactly(
                        tuple("Công an tỉnh", "Tuyên truyền trên cổng thông tin", 2),
                        tuple("Sở Tư pháp", "Tổ chức 12 hội nghị", 1));
        assertThat(propaganda.figures())
                .singleElement()
                .satisfies(f -> assertThat(f.numerator()).isEqualByComparingTo("15"));
        assertThat(report.items().get(2).contributions())
                .extracting(Contribution::agencyCode)
                .containsExactly("cong-an");
        assertThat(report.items().get(0).contributions()).isEmpty();
        assertThat(report.header().agenciesOwing()).isEqualTo(2);
        assertThat(report.header().agenciesReported()).isEqualTo(2);
    }

    @Test
    void theOthersAreListedByWhereTheirReportStandsAndExtensionsByTheirDates() {
        ConsolidatedReport report = Consolidator.consolidate(
                HEADING,
                ITEMS,
                List.of(
                        accepted("so-tu-phap", "Sở Tư pháp", 1, entry(2, "x", "Số hội nghị", "1")),
                        open("so-noi-vu", "Sở Nội vụ", ObligationStatus.PENDING, DUE, DUE),
                        open("so-y-te", "Sở Y tế", ObligationStatus.DRAFT, DUE.plusDays(7), DUE),
                        open("cong-an", "Công an tỉnh", ObligationStatus.RETURNED, DUE, DUE),
                        open("so-tai-chinh", "Sở Tài chính", ObligationStatus.APPROVED, DUE, DUE),
                        new Source("bo-cu", "Ban cũ", ObligationStatus.DRAFT, DUE, DUE, true, null)));

        assertThat(report.notReported())
                .extracting(Missing::agencyName, Missing::status)
                .containsExactly(tuple("Sở Nội vụ", "PENDING"), tuple("Sở Y tế", "DRAFT"));
        assertThat(report.returned()).extracting(Missing::agencyCode).containsExactly("cong-an");
        assertThat(report.inReview()).extracting(Missing::agencyCode).containsExactly("so-tai-chinh");
        assertThat(report.extensions())
                .extracting(e -> e.agencyCode() + " " + e.originalDueOn() + "→" + e.dueOn())
                .containsExactly("so-y-te 2024-06-19→2024-06-26");
        assertThat(report.header().agenciesOwing())
                .as("the orphaned obligation is asked no more")
                .isEqualTo(5);
        assertThat(report.header().agenciesReported()).isEqualTo(1);
    }

    @Test
    void anAgencyWithAnAcceptedVersionCountsAsReportedWhileItsCorrectionIsADraft() {
        ConsolidatedReport report = Consolidator.consolidate(
                HEADING,
                ITEMS,
                List.of(new Source(
                        "so-tu-phap",
                        "Sở Tư pháp",
                        ObligationStatus.DRAFT,
                        DUE,
                        DUE,
                        false,
                        new Accepted(1, "Tóm tắt", List.of(entry(3, "Đã trợ giúp", "Số vụ việc", "4"))))));

        assertThat(report.notReported()).isEmpty();
        assertThat(report.items().get(2).contributions()).hasSize(1);
        assertThat(report.summaries())
                .extracting(ConsolidatedReport.AgencySummary::summary)
                .containsExactly("Tóm tắt");
    }

    // --- fixture ---

    static ConsolidatedReport.FigurePart part(
            String agency, String name, String numerator, String denominator, String unit) {
        return new ConsolidatedReport.FigurePart(
                agency,
                agency,
                name,
                new BigDecimal(numerator),
                denominator == null ? null : new BigDecimal(denominator),
                null,
                unit,
                null);
    }

    static ConsolidatedReport.FigurePart target(ConsolidatedReport.FigurePart p, String target) {
        return new ConsolidatedReport.FigurePart(
                p.agencyCode(),
                p.agencyName(),
                p.name(),
                p.numerator(),
                p.denominator(),
                new BigDecimal(target),
                p.unit(),
                null);
    }

    static EntryContent entry(long item, String narrative, String figure, String count) {
        return new EntryContent(
                item,
                narrative,
                false,
                null,
                List.of(new FigureContent(figure, new BigDecimal(count), null, null, "vụ", null)));
    }

    static Source accepted(String code, String name, int number, EntryContent... entries) {
        return new Source(
                code, name, ObligationStatus.ACCEPTED, DUE, DUE, false, new Accepted(number, null, List.of(entries)));
    }

    static Source open(String code, String name, ObligationStatus status, LocalDate due, LocalDate original) {
        return new Source(code, name, status, due, original, false, null);
    }
}
