package vn.dondoc.documents.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.dondoc.agencies.control.NameMatcher;
import vn.dondoc.agencies.control.NamedBody;
import vn.dondoc.documents.entity.ReportingFrequency;
import vn.dondoc.items.control.ParsedItem;
import vn.dondoc.testing.Directories;

/** Section III (tổ chức thực hiện): the agencies' own plan, how often they report, and through whom. */
class ImplementationReaderTest {

    private final ImplementationReader reader = new ImplementationReader(new NameMatcher(Directories.of("vinh-phuc")));

    @Test
    void theAgencyPlanDateTheReportingRhythmAndTheFocalAgencyAreRead() {
        Implementation implementation = reader.read(List.of(
                section("I", "MỤC ĐÍCH, YÊU CẦU", "Mục đích"),
                section(
                        "III",
                        "TỔ CHỨC THỰC HIỆN",
                        "Các sở, ban, ngành xây dựng kế hoạch triển khai và gửi kế hoạch về UBND tỉnh trước ngày"
                                + " 01/8/2023 (qua Sở Tư pháp tổng hợp). Trong quá trình triển khai phải thường xuyên"
                                + " kiểm tra; định kỳ 06 tháng, 01 năm gửi báo cáo kết quả thực hiện về UBND tỉnh"
                                + " (qua Sở Tư pháp tổng hợp).")));

        assertThat(implementation.agencyPlanDueOn()).isEqualTo(LocalDate.of(2023, 8, 1));
        assertThat(implementation.agencyPlanText())
                .isEqualTo("Các sở, ban, ngành xây dựng kế hoạch triển khai và gửi kế hoạch về UBND tỉnh trước ngày"
                        + " 01/8/2023 (qua Sở Tư pháp tổng hợp).");
        assertThat(implementation.reportingFrequencies())
                .containsExactlyInAnyOrder(ReportingFrequency.SEMIANNUAL, ReportingFrequency.ANNUAL);
        assertThat(implementation.reportingText())
                .isEqualTo("định kỳ 06 tháng, 01 năm gửi báo cáo kết quả thực hiện về UBND tỉnh"
                        + " (qua Sở Tư pháp tổng hợp).");
        assertThat(implementation.focalAgencyText()).isEqualTo("Sở Tư pháp");
        assertThat(implementation.focalAgencyCode()).isEqualTo("so-tu-phap");
    }

    @Test
    void onlyTheReportingSentenceSetsTheRhythm() {
        Implementation implementation = reader.read(List.of(section(
                "III",
                "Tổ chức thực hiện",
                "Báo cáo định kỳ hằng quý, hằng tháng về UBND tỉnh. Kinh phí được bố trí hàng năm.")));

        assertThat(implementation.reportingFrequencies())
                .containsExactlyInAnyOrder(ReportingFrequency.QUARTERLY, ReportingFrequency.MONTHLY);
        assertThat(implementation.reportingText()).isEqualTo("Báo cáo định kỳ hằng quý, hằng tháng về UBND tỉnh.");
        assertThat(implementation.agencyPlanDueOn()).isNull();
    }

    @Test
    void theFocalAgencyIsTheOneReportsGoThrough() {
        Implementation implementation = reader.read(List.of(section(
                "III",
                "TỔ CHỨC THỰC HIỆN",
                "Gửi kế hoạch trước ngày 15/9/2024 (qua Sở Nội vụ tổng hợp).",
                "Định kỳ 06 tháng gửi báo cáo (qua Sở Tư pháp tổng hợp).")));

        assertThat(implementation.focalAgencyCode()).isEqualTo("so-tu-phap");
        assertThat(implementation.agencyPlanDueOn()).isEqualTo(LocalDate.of(2024, 9, 15));
    }

    @Test
    void aFocalAgencyOutsideTheDirectoryIsKeptWithoutACode() {
        Implementation implementation = reader.read(
                List.of(section("III", "TỔ CHỨC THỰC HIỆN", "Định kỳ hàng năm báo cáo (qua Sở Du lịch tổng hợp).")));

        assertThat(implementation.focalAgencyText()).isEqualTo("Sở Du lịch");
        assertThat(implementation.focalAgencyCode()).isNull();
        assertThat(implementation.reportingFrequencies()).containsExactly(ReportingFrequency.ANNUAL);
    }

    @Test
    void aDueDateTheCalendarLacksGivesNoDateButKeepsItsSentence() {
        Implementation implementation =
                reader.read(List.of(section("III", "TỔ CHỨC THỰC HIỆN", "Các sở gửi kế hoạch trước ngày 31/6/2024.")));

        assertThat(implementation.agencyPlanDueOn()).isNull();
        assertThat(implementation.agencyPlanText()).isEqualTo("Các sở gửi kế hoạch trước ngày 31/6/2024.");
    }

    @Test
    void aPlanWithoutAnImplementationSectionAsksNothing() {
        Implementation implementation = reader.read(List.of(
                section("I", "MỤC ĐÍCH, YÊU CẦU", "Định kỳ 06 tháng báo cáo (qua Sở Tư pháp tổng hợp)."),
                section("II", "NỘI DUNG", "Các sở gửi kế hoạch trước ngày 01/8/2023.")));

        assertThat(implementation).isEqualTo(Implementation.none());
    }

    @Test
    void theSubjectsOfTheAgencyPlanAndOfTheReportingParagraphsAreTheReportingBodiesEachOnce() {
        Implementation implementation = reader.read(List.of(section(
                "III",
                "TỔ CHỨC THỰC HIỆN",
                "Các sở, ban, ngành, Công an tỉnh gửi kế hoạch về UBND tỉnh trước ngày 01/8/2023.",
                "Kinh phí được bố trí hàng năm.",
                "Công an tỉnh, UBND các huyện, thành phố định kỳ 06 tháng báo cáo về UBND tỉnh.")));

        assertThat(implementation.reportingBodies())
                .extracting(b -> b.agencyCode() != null ? b.agencyCode() : b.groupCode())
                .containsExactly("cac-so-ban-nganh-cua-tinh", "cong-an-tinh", "ubnd-cac-huyen-thanh-pho");
    }

    @Test
    void theFocalAgencyIsNoReportingBodyEvenAsTheSubjectOfTheReportingParagraph() {
        Implementation implementation = reader.read(List.of(section(
                "III",
                "TỔ CHỨC THỰC HIỆN",
                "Sở Tư pháp, Sở Y tế định kỳ hằng năm tổng hợp báo cáo UBND tỉnh (qua Sở Tư pháp tổng hợp).")));

        assertThat(implementation.reportingBodies()).containsExactly(new NamedBody("Sở Y tế", null, "so-y-te", null));
    }

    @Test
    void aParagraphThatOpensWithoutANameAddressesNobody() {
        Implementation implementation = reader.read(List.of(section(
                "III",
                "TỔ CHỨC THỰC HIỆN",
                "Giao Sở Tư pháp theo dõi; định kỳ 06 tháng, hằng năm tổng hợp báo cáo UBND tỉnh.")));

        assertThat(implementation.reportingFrequencies()).isNotEmpty();
        assertThat(implementation.reportingBodies()).isEmpty();
    }

    /** A top-level section with one numbered item per paragraph. */
    private static ParsedItem section(String numeral, String heading, String... paragraphs) {
        ParsedItem section = new ParsedItem(numeral, numeral + ".", heading);
        for (int i = 0; i < paragraphs.length; i++) {
            section.addChild(new ParsedItem(numeral + "." + (i + 1), (i + 1) + ".", paragraphs[i]));
        }
        return section;
    }
}
