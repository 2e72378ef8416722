package vn.dondoc.documents.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.dondoc.agencies.control.NameMatcher;
import vn.dondoc.items.control.ParsedItem;
import vn.dondoc.items.entity.ResponsibilityRole;
import vn.dondoc.items.entity.Schedule;
import vn.dondoc.testing.Directories;

/** Responsibilities and time frames printed in an item's own sentence, one shape at a time. */
class ItemSentenceReaderTest {

    private final ItemTreeReader reader = new ItemTreeReader(new NameMatcher(Directories.of("vinh-phuc")));

    @Test
    void theLeadBeforeChuTriAndTheCoordinatorsAfterPhoiHopVoiAreReadUpToTheWork() {
        ParsedItem item =
                only("1. Sở Tư pháp chủ trì, phối hợp với Sở Nội vụ, UBND các huyện, thành phố rà soát văn bản"
                        + " quy phạm pháp luật; thời gian hoàn thành: Quý III/2024.");

        assertThat(codes(item, ResponsibilityRole.LEAD)).containsExactly("so-tu-phap");
        assertThat(codes(item, ResponsibilityRole.COORDINATOR))
                .containsExactly("so-noi-vu", "ubnd-cac-huyen-thanh-pho");
        assertThat(item.schedule().deadline()).isEqualTo(LocalDate.of(2024, 9, 30));
        assertThat(item.schedule().text()).isEqualTo("Quý III/2024");
        assertThat(item.noLeadNamed()).isFalse();
    }

    @Test
    void aCompletionClauseHoanThanhTruocNgayIsTheDeadline() {
        ParsedItem item =
                only("1. Sở Tư pháp chủ trì tổng kết công tác hòa giải ở cơ sở; hoàn thành trước ngày 30/6/2024.");

        assertThat(codes(item, ResponsibilityRole.LEAD)).containsExactly("so-tu-phap");
        assertThat(item.schedule().kind()).isEqualTo(Schedule.Kind.DEADLINE);
        assertThat(item.schedule().deadline()).isEqualTo(LocalDate.of(2024, 6, 30));
    }

    @Test
    void giaoOneBodyChuTriAndOthersPhoiHopNamesTheLeadAndTheCoordinatorsInTwoClauses() {
        ParsedItem item = only("2. Giao Sở Nội vụ chủ trì tổ chức bồi dưỡng cho cán bộ, công chức cấp xã, Sở Tư pháp,"
                + " Sở Tài chính phối hợp thực hiện.");

        assertThat(codes(item, ResponsibilityRole.LEAD)).containsExactly("so-noi-vu");
        assertThat(codes(item, ResponsibilityRole.COORDINATOR)).containsExactly("so-tu-phap", "so-tai-chinh");
    }

    @Test
    void theCoordinatorsOfASecondClauseAfterASemicolonAreRead() {
        ParsedItem item = only("2. Giao Sở Tư pháp chủ trì thực hiện; Công an tỉnh, Tòa án nhân dân tỉnh phối hợp.");

        assertThat(codes(item, ResponsibilityRole.LEAD)).containsExactly("so-tu-phap");
        assertThat(codes(item, ResponsibilityRole.COORDINATOR)).containsExactly("cong-an-tinh", "toa-an-nhan-dan-tinh");
    }

    @Test
    void aGivingInsideTheSentenceNamesWhomTheWorkIsGivenToNotWhoGivesIt() {
        ParsedItem item =
                only("3. UBND tỉnh giao Sở Tư pháp chủ trì, với sự phối hợp của Sở Nội vụ, tổ chức hội nghị.");

        assertThat(codes(item, ResponsibilityRole.LEAD)).containsExactly("so-tu-phap");
        assertThat(codes(item, ResponsibilityRole.COORDINATOR)).containsExactly("so-noi-vu");
    }

    @Test
    void giaoWithAnyOtherVerbStillNamesTheLead() {
        ParsedItem item = only("3. Giao Sở Tư pháp tham mưu UBND tỉnh ban hành quy chế phối hợp.");

        assertThat(codes(item, ResponsibilityRole.LEAD)).containsExactly("so-tu-phap");
        assertThat(codes(item, ResponsibilityRole.COORDINATOR)).isEmpty();
    }

    @Test
    void everyBodyThatThucHienLeadsItsOwnPart() {
        ParsedItem item = only("4. Công an tỉnh, UBND các huyện, thành phố tổ chức thực hiện tuyên truyền pháp luật.");

        assertThat(codes(item, ResponsibilityRole.LEAD)).containsExactly("cong-an-tinh", "ubnd-cac-huyen-thanh-pho");
        assertThat(codes(item, ResponsibilityRole.COORDINATOR)).isEmpty();
    }

    @Test
    void aBodyThatPhoiHopVoiAnotherLeadsAsOnTheCombinedLabelledLine() {
        ParsedItem item =
                only("5. Sở Tư pháp phối hợp chặt chẽ với Viện Kiểm sát nhân dân tỉnh tổ chức phiên tòa giả định.");

        assertThat(codes(item, ResponsibilityRole.LEAD)).containsExactly("so-tu-phap");
        assertThat(codes(item, ResponsibilityRole.COORDINATOR)).containsExactly("vien-kiem-sat-nhan-dan-tinh");
    }

    @Test
    void thoiHanAtTheEndOfTheSentenceIsTheTimeFrameAndALinkToAnotherBodyIsLinked() {
        ParsedItem dated =
                only("6. Sở Y tế chủ trì tuyên truyền pháp luật về an toàn thực phẩm. Thời hạn: Tháng 11/2024.");
        ParsedItem linked = only("6. Sở Y tế thực hiện tuyên truyền. Thời hạn: theo hướng dẫn của Bộ Tư pháp.");

        assertThat(dated.schedule().deadline()).isEqualTo(LocalDate.of(2024, 11, 30));
        assertThat(linked.schedule().kind()).isEqualTo(Schedule.Kind.LINKED);
        assertThat(linked.schedule().text()).isEqualTo("theo hướng dẫn của Bộ Tư pháp");
        assertThat(codes(linked, ResponsibilityRole.LEAD)).containsExactly("so-y-te");
    }

    @Test
    void aLeadTheDirectoryDoesNotKnowIsKeptUnresolvedNotDropped() {
        ParsedItem item = only("7. Sở Du lịch chủ trì biên soạn tài liệu pháp luật cho doanh nghiệp du lịch.");

        assertThat(item.responsibilities()).hasSize(1);
        assertThat(item.responsibilities().get(0).role()).isEqualTo(ResponsibilityRole.LEAD);
        assertThat(item.responsibilities().get(0).body().text()).isEqualTo("Sở Du lịch");
        assertThat(item.responsibilities().get(0).body().resolved()).isFalse();
        assertThat(item.noLeadNamed()).isFalse();
    }

    @Test
    void aCoordinatorWhoseNameNothingEndsIsNotReadButTheLeadIs() {
        ParsedItem item =
                only("8. Sở Nội vụ chủ trì, phối hợp với các cơ quan liên quan xây dựng đề án vị trí việc làm.");

        assertThat(codes(item, ResponsibilityRole.LEAD)).containsExactly("so-noi-vu");
        // Neither "các cơ quan liên quan xây dựng đề án…" as a name nor "Xây dựng" (the department).
        assertThat(codes(item, ResponsibilityRole.COORDINATOR)).isEmpty();
    }

    @Test
    void anItemWhoseSentenceNamesNoLeadGetsNoResponsibilitiesAndIsFlagged() {
        List<ParsedItem> top = reader.read(List.of(
                "II. NHIỆM VỤ",
                "1. Tổ chức Ngày Pháp luật Việt Nam trên địa bàn tỉnh. Thời hạn: Tháng 11/2024.",
                "2. Phối hợp với Sở Nội vụ tổ chức hội nghị tập huấn.",
                "3. Tiếp tục triển khai thực hiện có hiệu quả Luật Hòa giải ở cơ sở."));
        Map<String, ParsedItem> items = all(top);

        assertThat(List.of("II.1", "II.2", "II.3")).allSatisfy(code -> {
            assertThat(items.get(code).responsibilities()).isEmpty();
            assertThat(items.get(code).noLeadNamed()).isTrue();
        });
        assertThat(items.get("II.1").schedule().deadline()).isEqualTo(LocalDate.of(2024, 11, 30));
        assertThat(items.get("II").noLeadNamed()).isFalse();
    }

    @Test
    void labelledLinesWinAndTheSentenceGivesOnlyWhatTheyDidNot() {
        ParsedItem item = only(
                "1. Sở Tư pháp chủ trì rà soát văn bản; hoàn thành trước ngày 30/6/2024.",
                "- Cơ quan chủ trì: Sở Nội vụ.");
        ParsedItem timed =
                only("1. Sở Tư pháp chủ trì rà soát văn bản quy phạm pháp luật.", "- Thời hạn: Quý II/2024.");

        assertThat(codes(item, ResponsibilityRole.LEAD)).containsExactly("so-noi-vu");
        assertThat(item.schedule().deadline()).isEqualTo(LocalDate.of(2024, 6, 30));
        assertThat(codes(timed, ResponsibilityRole.LEAD)).containsExactly("so-tu-phap");
        assertThat(timed.schedule().deadline()).isEqualTo(LocalDate.of(2024, 6, 30));
    }

    @Test
    void aLeadNamedAboveCoversItsSubItemsAndSubItemsWithLeadsCoverTheirParent() {
        List<ParsedItem> top = reader.read(List.of(
                "1. Sở Tư pháp chủ trì thực hiện các nhiệm vụ sau:",
                "a) Rà soát văn bản.",
                "b) Hệ thống hóa văn bản.",
                "2. Tăng cường phổ biến pháp luật cho doanh nghiệp.",
                "a) Sở Công Thương chủ trì tổ chức đối thoại.",
                "b) Biên soạn tài liệu pháp luật."));
        Map<String, ParsedItem> items = all(top);

        assertThat(items.values().stream().filter(ParsedItem::noLeadNamed).map(ParsedItem::code))
                .containsExactly("2.b");
        assertThat(codes(items.get("1"), ResponsibilityRole.LEAD)).containsExactly("so-tu-phap");
        assertThat(items.get("1.a").responsibilities()).isEmpty();
    }

    @Test
    void sectionsOfAimsAndOfOrganisationAreNeitherReadNorFlagged() {
        List<ParsedItem> top = reader.read(List.of(
                "I. MỤC ĐÍCH, YÊU CẦU",
                "1. Sở Tư pháp chủ trì theo dõi việc thực hiện.",
                "II. TỔ CHỨC THỰC HIỆN",
                "1. Giao Sở Tư pháp chủ trì giúp UBND tỉnh tổ chức triển khai thực hiện Kế hoạch.",
                "2. Các sở, ban, ngành căn cứ Kế hoạch này xây dựng kế hoạch của mình."));

        assertThat(top.stream().flatMap(i -> i.flatten().stream())).allSatisfy(item -> {
            assertThat(item.responsibilities()).isEmpty();
            assertThat(item.noLeadNamed()).isFalse();
        });
    }

    @Test
    void twoDifferentTimeFramesInOneSentenceAreLeftForAPerson() {
        ParsedItem item =
                only("1. Sở Tư pháp chủ trì tổ chức tập huấn, hoàn thành trong Quý II/2024; thời hạn: Năm 2025.");

        assertThat(item.schedule().kind()).isEqualTo(Schedule.Kind.UNPARSED);
        assertThat(item.schedule().text()).isEqualTo("hoàn thành trong Quý II/2024; Năm 2025");
    }

    @Test
    void aDateThatIsAStepOfTheWorkIsNotTakenForTheDeadline() {
        ParsedItem item = only("1. Sở Tư pháp chủ trì tổng hợp, gửi báo cáo UBND tỉnh trước ngày 15/12/2024.");

        assertThat(item.schedule()).isNull();
    }

    private ParsedItem only(String... lines) {
        List<ParsedItem> top = reader.read(List.of(lines));
        assertThat(top).hasSize(1);
        return top.get(0);
    }

    private static Map<String, ParsedItem> all(List<ParsedItem> top) {
        return top.stream()
                .flatMap(i -> i.flatten().stream())
                .collect(Collectors.toMap(ParsedItem::code, Function.identity()));
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
