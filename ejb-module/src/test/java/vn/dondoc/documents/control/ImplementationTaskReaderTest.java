package vn.dondoc.documents.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.dondoc.agencies.control.NameMatcher;
import vn.dondoc.agencies.control.NamedBody;
import vn.dondoc.items.control.ParsedItem;
import vn.dondoc.items.entity.ResponsibilityRole;
import vn.dondoc.items.entity.Schedule;
import vn.dondoc.testing.Directories;

/**
 * Section III (tổ chức thực hiện) gives work too: each numbered paragraph that opens with the
 * bodies it gives work to is a task they lead; "Đề nghị …" asks it of bodies outside the committee's
 * authority and is marked requested; the reporting paragraph stays the regime's. Read through the
 * whole parser, since which paragraph is the regime's is section III's own reading.
 */
class ImplementationTaskReaderTest {

    private static final NameMatcher NAMES = new NameMatcher(Directories.of("vinh-phuc"));

    /** Kế hoạch 204's reporting paragraph, section III item 1. */
    private static final String REGIME = "Các Sở, ban, ngành, UBND các huyện, thành phố căn cứ Kế hoạch này để xây dựng"
            + " kế hoạch triển khai thực hiện Chỉ thị số 46-CT/TU ở cơ quan, đơn vị, địa phương mình và gửi kế hoạch về"
            + " UBND tỉnh trước ngày 01/8/2023 (qua Sở Tư pháp tổng hợp). Trong quá trình triển khai phải thường xuyên"
            + " đôn đốc, hướng dẫn, kiểm tra việc thực hiện kế hoạch; định kỳ 06 tháng, 01 năm gửi báo cáo kết quả"
            + " thực hiện về UBND tỉnh (qua Sở Tư pháp tổng hợp). Theo phân cấp đầu tư và quản lý ngân sách, chủ động"
            + " lập, trình, duyệt dự toán kinh phí hàng năm và lập đề xuất, phê duyệt đầu tư để đảm bảo cho việc thực"
            + " hiện các nhiệm vụ.";

    @Test
    void theBroadcasterAndTheNewspaperLeadThePublicityTheParagraphOpensWith() throws Exception {
        ParsedItem item = only("Đài Phát thanh và Truyền hình tỉnh, Báo Vĩnh Phúc tăng cường tuyên truyền Chỉ thị số"
                + " 46-CT/TU và Kế hoạch này trên các phương tiện thông tin đại chúng.");

        assertThat(codes(item, ResponsibilityRole.LEAD))
                .containsExactly("dai-phat-thanh-va-truyen-hinh-tinh", "bao-vinh-phuc");
        assertThat(codes(item, ResponsibilityRole.COORDINATOR)).isEmpty();
        assertThat(item.requested()).isFalse();
        assertThat(item.noLeadNamed()).isFalse();
    }

    @Test
    void financeAndPlanningLeadTheFundingParagraph() throws Exception {
        ParsedItem item = only("Sở Tài chính, Sở Kế hoạch và Đầu tư đảm bảo nguồn kinh phí cho việc tổ chức thực hiện"
                + " Kế hoạch này.");

        assertThat(codes(item, ResponsibilityRole.LEAD)).containsExactly("so-tai-chinh", "so-ke-hoach-va-dau-tu");
        assertThat(item.requested()).isFalse();
    }

    @Test
    void aRequestToTheCourtAndTheProcuracyKeepsThemAsLeadsAndIsMarkedRequested() throws Exception {
        ParsedItem item = only(
                "Đề nghị Tòa án nhân dân tỉnh, Viện Kiểm sát nhân dân tỉnh chỉ đạo, hướng dẫn các đơn"
                        + " vị thuộc ngành triển khai thực hiện nhiệm vụ, báo cáo kết quả theo yêu cầu của Ban Thường vụ Tỉnh ủy.");

        assertThat(codes(item, ResponsibilityRole.LEAD))
                .containsExactly("toa-an-nhan-dan-tinh", "vien-kiem-sat-nhan-dan-tinh");
        assertThat(item.requested()).isTrue();
        assertThat(item.noLeadNamed()).isFalse();
    }

    @Test
    void aNameTheDirectoryLacksIsKeptUnresolvedOnTheTaskAndListed() throws Exception {
        ParsedPlan plan = plan("Sở Du lịch, Sở Tài chính bố trí kinh phí tổ chức các hoạt động hưởng ứng.");
        ParsedItem item = byCode(plan).get("III.1");

        assertThat(item.responsibilities())
                .extracting(
                        ParsedItem.Responsibility::role,
                        r -> r.body().text(),
                        r -> r.body().resolved())
                .containsExactly(
                        tuple(ResponsibilityRole.LEAD, "Sở Du lịch", false),
                        tuple(ResponsibilityRole.LEAD, "Sở Tài chính", true));
        assertThat(plan.unresolved()).containsExactly("Sở Du lịch");
        assertThat(item.noLeadNamed()).isFalse();
    }

    @Test
    void aLoneNameTheDirectoryLacksCannotBeToldFromTheWorkSoTheTaskIsFlaggedNotGuessed() throws Exception {
        ParsedPlan plan = plan(
                "Sở Du lịch bố trí kinh phí tổ chức các hoạt động hưởng ứng.",
                "Đề nghị Hội Luật gia tỉnh tham gia tư vấn pháp luật miễn phí cho người dân.");

        ParsedItem alone = byCode(plan).get("III.1");
        assertThat(alone.responsibilities()).isEmpty();
        assertThat(alone.noLeadNamed()).isTrue();
        assertThat(alone.requested()).isFalse();
        ParsedItem asked = byCode(plan).get("III.2");
        assertThat(asked.responsibilities()).isEmpty();
        assertThat(asked.noLeadNamed()).isTrue();
        assertThat(asked.requested())
                .as("still asked of someone outside the committee")
                .isTrue();
        assertThat(plan.withoutLead()).containsExactly("III.1", "III.2");
    }

    @Test
    void aParagraphThatNamesNoAgencyFirstIsNoTaskAndIsNotFlagged() throws Exception {
        ParsedItem item = only("Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị phản ánh"
                + " kịp thời về Sở Tư pháp để tổng hợp, báo cáo UBND tỉnh xem xét, giải quyết.");

        assertThat(item.responsibilities()).isEmpty();
        assertThat(item.noLeadNamed()).isFalse();
        assertThat(item.requested()).isFalse();
    }

    @Test
    void theReportingParagraphStaysTheRegimesAndTheTasksAfterItAreRead() throws Exception {
        ParsedPlan plan = plan(
                REGIME,
                "Giao Sở Tư pháp chủ trì giúp UBND tỉnh tổ chức triển khai thực hiện Chỉ thị số 46-CT/TU; tổng hợp kết"
                        + " quả triển khai thực hiện kế hoạch báo cáo UBND tỉnh.");

        ParsedItem regime = byCode(plan).get("III.1");
        assertThat(regime.responsibilities()).isEmpty();
        assertThat(regime.noLeadNamed()).isFalse();
        assertThat(plan.implementation().reportingBodies())
                .extracting(NamedBody::groupCode)
                .containsExactly("cac-so-ban-nganh-cua-tinh", "ubnd-cac-huyen-thanh-pho");
        assertThat(plan.implementation().reportingFrequencies()).hasSize(2);
        assertThat(codes(byCode(plan).get("III.2"), ResponsibilityRole.LEAD)).containsExactly("so-tu-phap");
    }

    @Test
    void aReportingParagraphThatNamesNoReportingBodyIsATaskOfWhomItGivesTheWorkTo() throws Exception {
        ParsedPlan plan = plan("Giao Sở Tư pháp chủ trì theo dõi, đôn đốc việc thực hiện Kế hoạch; định kỳ 06 tháng,"
                + " hằng năm tổng hợp báo cáo UBND tỉnh (qua Sở Tư pháp tổng hợp).");

        assertThat(plan.implementation().reportingFrequencies()).isNotEmpty();
        assertThat(plan.implementation().reportingBodies()).isEmpty();
        assertThat(codes(byCode(plan).get("III.1"), ResponsibilityRole.LEAD)).containsExactly("so-tu-phap");
    }

    @Test
    void theSubItemsOfARequestAreRequestedAndLeadItForTheirPart() throws Exception {
        ParsedPlan plan = plan(
                "Đề nghị các cơ quan sau phối hợp thực hiện Kế hoạch:",
                "a) Tòa án nhân dân tỉnh đẩy mạnh xét xử lưu động.",
                "b) Công an tỉnh tăng cường tuyên truyền phòng, chống tội phạm.");

        ParsedItem request = byCode(plan).get("III.1");
        assertThat(request.requested()).isTrue();
        assertThat(request.responsibilities()).isEmpty();
        assertThat(request.noLeadNamed()).as("its sub-items say who").isFalse();
        assertThat(byCode(plan).get("III.1.a").requested()).isTrue();
        assertThat(codes(byCode(plan).get("III.1.a"), ResponsibilityRole.LEAD)).containsExactly("toa-an-nhan-dan-tinh");
        assertThat(byCode(plan).get("III.1.b").requested()).isTrue();
        assertThat(codes(byCode(plan).get("III.1.b"), ResponsibilityRole.LEAD)).containsExactly("cong-an-tinh");
    }

    @Test
    void labelledLinesWinAndATimeFrameClauseIsRead() throws Exception {
        ParsedPlan plan = plan(
                "Sở Tư pháp tổ chức tổng kết việc thực hiện Kế hoạch.",
                "- Cơ quan chủ trì: Sở Nội vụ.",
                "Sở Tư pháp tổ chức sơ kết việc thực hiện Kế hoạch; thời gian hoàn thành: Quý III/2024.");

        assertThat(codes(byCode(plan).get("III.1"), ResponsibilityRole.LEAD)).containsExactly("so-noi-vu");
        ParsedItem review = byCode(plan).get("III.2");
        assertThat(codes(review, ResponsibilityRole.LEAD)).containsExactly("so-tu-phap");
        assertThat(review.schedule().kind()).isEqualTo(Schedule.Kind.DEADLINE);
        assertThat(review.schedule().deadline()).isEqualTo(LocalDate.of(2024, 9, 30));
    }

    @Test
    void theOrganisationSectionIsFoundByItsHeadingWhateverItsNumeral() throws Exception {
        ParsedPlan plan = new PlanParser(NAMES).parse(PlanParserGoldenTest.resource("kh-31-named-agencies.txt"));

        assertThat(byCode(plan).get("II.1").responsibilities())
                .as("the reporting paragraph")
                .isEmpty();
        assertThat(codes(byCode(plan).get("II.2"), ResponsibilityRole.LEAD)).containsExactly("so-tai-chinh");
    }

    /** A plan whose section III prints these lines, numbered 1., 2., … unless they print a label of their own. */
    private static ParsedPlan plan(String... sectionThree) throws Exception {
        StringBuilder text = new StringBuilder("""
                ỦY BAN NHÂN DÂN
                TỈNH VĨNH PHÚC
                Số: 40/KH-UBND
                CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                Độc lập - Tự do - Hạnh phúc
                Vĩnh Phúc, ngày 12 tháng 02 năm 2024

                KẾ HOẠCH
                THỰC HIỆN CÔNG TÁC TƯ PHÁP NĂM 2024

                I. MỤC ĐÍCH, YÊU CẦU
                1. Nâng cao nhận thức về công tác tư pháp.
                II. NỘI DUNG THỰC HIỆN
                1. Tổ chức hội nghị tập huấn.
                - Cơ quan chủ trì: Sở Tư pháp.
                III. TỔ CHỨC THỰC HIỆN
                """);
        int number = 0;
        for (String line : sectionThree) {
            boolean printsLabel = line.startsWith("- ") || line.matches("^[a-zđ]\\) .*");
            text.append(printsLabel ? line : ++number + ". " + line).append('\n');
        }
        text.append("\nNơi nhận:\n- Lưu: VT.\n\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nVũ Chí Giang\n");
        return new PlanParser(NAMES).parse(text.toString());
    }

    /** The one item of section III a plan with that paragraph has. */
    private static ParsedItem only(String paragraph) throws Exception {
        ParsedPlan plan = plan(paragraph);
        assertThat(byCode(plan).get("III").children()).hasSize(1);
        return byCode(plan).get("III.1");
    }

    private static Map<String, ParsedItem> byCode(ParsedPlan plan) {
        return plan.allItems().stream().collect(Collectors.toMap(ParsedItem::code, Function.identity()));
    }

    private static List<String> codes(ParsedItem item, ResponsibilityRole role) {
        return item.responsibilities().stream()
                .filter(r -> r.role() == role)
                .map(r -> r.body().agencyCode() != null
                        ? r.body().agencyCode()
                        : r.body().groupCode())
                .toList();
    }
}
