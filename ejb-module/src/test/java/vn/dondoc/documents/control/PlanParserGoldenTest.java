package vn.dondoc.documents.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.dondoc.agencies.control.NameMatcher;
import vn.dondoc.agencies.control.NamedBody;
import vn.dondoc.documents.entity.ReferenceRelation;
import vn.dondoc.documents.entity.ReportingFrequency;
import vn.dondoc.items.control.ParsedItem;
import vn.dondoc.items.entity.ResponsibilityRole;
import vn.dondoc.items.entity.Schedule;
import vn.dondoc.testing.Directories;

/**
 * Kế hoạch 204/KH-UBND (seed 003) must import exactly: the whole tree is spelled out in {@code
 * plans/kh-204-vinh-phuc.expected.txt} and compared line by line, then the header, references and
 * section III are checked one by one.
 */
class PlanParserGoldenTest {

    private static ParsedPlan plan;

    @BeforeAll
    static void parse() throws Exception {
        plan = new PlanParser(new NameMatcher(Directories.of("vinh-phuc"))).parse(resource("kh-204-vinh-phuc.txt"));
    }

    @Test
    void theWholeItemTreeIsReadAsPrinted() throws IOException {
        List<String> expected = resource("kh-204-vinh-phuc.expected.txt")
                .lines()
                .filter(l -> !l.startsWith("#") && !l.isBlank())
                .toList();
        List<String> actual = plan.allItems().stream().map(ExpectedTree::line).toList();
        assertThat(actual).containsExactlyElementsOf(expected);
    }

    @Test
    void sectionTwoHasTenItemsWithTheirSubItems() {
        ParsedItem two = byCode().get("II");
        assertThat(two.children()).hasSize(10);
        assertThat(two.children().stream().map(i -> i.children().size())).containsExactly(0, 5, 4, 3, 5, 4, 5, 4, 0, 0);
    }

    @Test
    void theRepeatedLetterOfItemFiveKeepsBothSubItemsWithDistinctCodes() {
        ParsedItem five = byCode().get("II.5");
        assertThat(five.children().stream().map(ParsedItem::label)).containsExactly("a)", "b)", "c)", "d)", "d)");
        assertThat(five.children().stream().map(ParsedItem::code))
                .containsExactly("II.5.a", "II.5.b", "II.5.c", "II.5.d", "II.5.d-2")
                .doesNotHaveDuplicates();
        assertThat(byCode().get("II.5.d-2").text())
                .startsWith("Tăng cường chỉ đạo, hướng dẫn, kiểm tra hoạt động quốc tịch");
    }

    @Test
    void schedulesKeepTheirPrintedText() {
        Schedule due = byCode().get("II.5.b").schedule();
        assertThat(due.kind()).isEqualTo(Schedule.Kind.DEADLINE);
        assertThat(due.deadline()).isEqualTo(LocalDate.of(2024, 6, 30));
        assertThat(due.text()).contains("Năm 2023, hoàn thành trong Quý II/2024");
        assertThat(byCode().get("II.2.đ").schedule().text()).contains("Theo Chương trình của Trung ương");
        assertThat(byCode().get("II.1").schedule().text()).contains("Thường xuyên hàng năm");
    }

    @Test
    void itemTenReadsLeadAndCoordinationFromOneLineAndKeepsItsContent() {
        ParsedItem ten = byCode().get("II.10");
        assertThat(ten.text()).contains("Ban cán sự Đảng Tòa án nhân dân");
        assertThat(ten.responsibilities().stream()
                        .filter(r -> r.role() == ResponsibilityRole.LEAD)
                        .map(r -> r.body().agencyCode()))
                .containsExactly("so-tu-phap");
    }

    @Test
    void theHeaderIsRegistered() {
        assertThat(plan.type()).isEqualTo("KH");
        assertThat(plan.number().toString()).isEqualTo("204/KH-UBND");
        assertThat(plan.issuer()).isEqualTo("ỦY BAN NHÂN DÂN TỈNH VĨNH PHÚC");
        assertThat(plan.place()).isEqualTo("Vĩnh Phúc");
        assertThat(plan.issuedOn()).isEqualTo(LocalDate.of(2023, 7, 21));
        assertThat(plan.signer()).isEqualTo("Vũ Chí Giang");
        assertThat(plan.title())
                .startsWith("THỰC HIỆN CHỈ THỊ SỐ 46-CT/TU NGÀY 18/5/2023 CỦA BAN THƯỜNG VỤ TỈNH ỦY")
                .endsWith("TRONG GIAI ĐOẠN HIỆN NAY");
    }

    @Test
    void itImplementsTheDirectiveIsBasedOnTheInstructionAndCitesTheRest() {
        Map<String, ReferenceRelation> relations = plan.references().stream()
                .collect(Collectors.toMap(r -> r.number().toString(), FoundReference::relation));
        assertThat(relations)
                .containsEntry("46-CT/TU", ReferenceRelation.IMPLEMENTS)
                .containsEntry("484-CV/BCS", ReferenceRelation.BASED_ON)
                .containsEntry("27-NQ/TW", ReferenceRelation.CITES)
                .containsEntry("305/KH-UBND", ReferenceRelation.CITES)
                .containsEntry("43/CT-TTg", ReferenceRelation.CITES)
                .containsEntry("13/2020/NQ-HĐND", ReferenceRelation.CITES)
                .containsEntry("749/QĐ-TTg", ReferenceRelation.CITES)
                .doesNotContainKey("204/KH-UBND");
    }

    @Test
    void sectionThreeGivesTheAgencyPlanDeadlineAndTheReportingRegime() {
        Implementation implementation = plan.implementation();
        assertThat(implementation.agencyPlanDueOn()).isEqualTo(LocalDate.of(2023, 8, 1));
        assertThat(implementation.agencyPlanText()).contains("trước ngày 01/8/2023");
        assertThat(implementation.reportingFrequencies())
                .containsExactlyInAnyOrder(ReportingFrequency.SEMIANNUAL, ReportingFrequency.ANNUAL);
        assertThat(implementation.reportingText()).contains("định kỳ 06 tháng, 01 năm");
        assertThat(implementation.focalAgencyCode()).isEqualTo("so-tu-phap");
        assertThat(implementation.reportingBodies())
                .extracting(NamedBody::groupCode)
                .containsExactly("cac-so-ban-nganh-cua-tinh", "ubnd-cac-huyen-thanh-pho");
    }

    @Test
    void unresolvedNamesAreListedNotDropped() {
        assertThat(plan.unresolved()).contains("Giám đốc sở Tư pháp", "Trưởng phòng Tư pháp");
        assertThat(byCode().get("II.2.c").responsibilities()).hasSize(6);
    }

    private static Map<String, ParsedItem> byCode() {
        return plan.allItems().stream().collect(Collectors.toMap(ParsedItem::code, Function.identity()));
    }

    static String resource(String name) throws IOException {
        try (InputStream in = PlanParserGoldenTest.class.getResourceAsStream("/plans/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
