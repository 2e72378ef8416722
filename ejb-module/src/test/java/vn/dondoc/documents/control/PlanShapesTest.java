package vn.dondoc.documents.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import vn.dondoc.agencies.control.NameMatcher;
import vn.dondoc.items.control.ParsedItem;
import vn.dondoc.items.entity.ResponsibilityRole;
import vn.dondoc.items.entity.Schedule;
import vn.dondoc.testing.Directories;

/** The other shapes real plans take: decimal numbering, other labels, no diacritics, an appendix table. */
class PlanShapesTest {

    private static final String HEADER = """
            ỦY BAN NHÂN DÂN
            TỈNH VĨNH PHÚC
            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
            Số: 15/KH-UBND
            Vĩnh Phúc, ngày 10 tháng 01 năm 2024
            KẾ HOẠCH
            CẢI CÁCH HÀNH CHÍNH NĂM 2024
            Căn cứ Nghị quyết số 13/2020/NQ-HĐND của HĐND tỉnh; UBND tỉnh ban hành kế hoạch như sau:
            """;

    private final NameMatcher names = new NameMatcher(Directories.of("vinh-phuc"));

    @Test
    void decimalNumberingOtherLabelsAndLinesWithoutDiacriticsAreRead() throws NoPlanFound {
        ParsedPlan plan = new PlanParser(names).parse(HEADER + """
                I. NHIỆM VỤ TRỌNG TÂM
                1. Cải cách thể chế
                1.1. Rà soát văn bản quy phạm pháp luật của tỉnh.
                - Đơn vị chủ trì: Sở Tư pháp.
                - Đơn vị phối hợp: Các sở, ban, ngành; Sở Du lịch.
                - Thời hạn hoàn thành: Quý III/2024.
                1.2. Kiem tra viec thuc hien thu tuc hanh chinh.
                - Co quan chu tri: So Tu phap; UBND cac huyen, thanh pho.
                - Thoi gian hoan thanh: truoc ngay 30/6/2024.
                2. Cải cách tổ chức bộ máy
                - Cơ quan chủ trì: Sở Nội vụ.
                - Thời gian thực hiện: Sớm.
                """);
        Map<String, ParsedItem> items = byCode(plan);
        assertThat(items.keySet()).contains("I", "I.1", "I.1.1", "I.1.2", "I.2");
        assertThat(items.get("I.1").children().stream().map(ParsedItem::code)).containsExactly("I.1.1", "I.1.2");

        ParsedItem review = items.get("I.1.1");
        assertThat(codes(review, ResponsibilityRole.LEAD)).containsExactly("so-tu-phap");
        assertThat(codes(review, ResponsibilityRole.COORDINATOR)).containsExactly("cac-so-ban-nganh-cua-tinh", null);
        assertThat(review.schedule().deadline()).isEqualTo(LocalDate.of(2024, 9, 30));

        ParsedItem check = items.get("I.1.2");
        assertThat(codes(check, ResponsibilityRole.LEAD)).containsExactly("so-tu-phap", "ubnd-cac-huyen-thanh-pho");
        assertThat(check.schedule().deadline()).isEqualTo(LocalDate.of(2024, 6, 30));

        assertThat(items.get("I.2").schedule().kind()).isEqualTo(Schedule.Kind.UNPARSED);
        assertThat(items.get("I.2").schedule().text()).isEqualTo("Sớm");
        assertThat(plan.unresolved()).containsExactly("Sở Du lịch");
        assertThat(plan.number().toString()).isEqualTo("15/KH-UBND");
    }

    @Test
    void anAppendixTableInADocxBecomesItems() throws Exception {
        byte[] docx = docx(
                HEADER,
                List.of(
                        List.of(
                                "STT",
                                "Nội dung nhiệm vụ",
                                "Cơ quan chủ trì",
                                "Cơ quan phối hợp",
                                "Thời gian hoàn thành",
                                "Sản phẩm"),
                        List.of("I", "CẢI CÁCH THỂ CHẾ", "", "", "", ""),
                        List.of(
                                "1",
                                "Xây dựng kế hoạch rà soát thủ tục hành chính",
                                "Văn phòng UBND tỉnh",
                                "Các sở, ban, ngành của tỉnh",
                                "Tháng 3/2024",
                                "Kế hoạch"),
                        List.of(
                                "2",
                                "Số hóa hồ sơ hộ tịch",
                                "Sở Tư pháp",
                                "UBND các huyện, thành phố; Sở Du lịch",
                                "Năm 2024",
                                "Cơ sở dữ liệu"),
                        List.of("II", "CẢI CÁCH TÀI CHÍNH CÔNG", "", "", "", ""),
                        List.of("1", "Công khai ngân sách", "Sở Tài chính", "", "Thường xuyên", "")));
        ParsedPlan plan = new PlanReader(names).docx(docx);
        Map<String, ParsedItem> items = byCode(plan);
        assertThat(items.keySet()).contains("I", "I.1", "I.2", "II", "II.1");
        ParsedItem first = items.get("I.1");
        assertThat(first.text())
                .contains("Xây dựng kế hoạch rà soát thủ tục hành chính")
                .contains("Sản phẩm: Kế hoạch");
        assertThat(codes(first, ResponsibilityRole.LEAD)).containsExactly("van-phong-ubnd-tinh");
        assertThat(codes(first, ResponsibilityRole.COORDINATOR)).containsExactly("cac-so-ban-nganh-cua-tinh");
        assertThat(first.schedule().deadline()).isEqualTo(LocalDate.of(2024, 3, 31));
        assertThat(items.get("I.2").schedule().deadline()).isEqualTo(LocalDate.of(2024, 12, 31));
        assertThat(items.get("II.1").schedule().kind()).isEqualTo(Schedule.Kind.RECURRING);
        assertThat(plan.unresolved()).containsExactly("Sở Du lịch");
        assertThat(plan.issuedOn()).isEqualTo(LocalDate.of(2024, 1, 10));
    }

    @Test
    void aLayoutTableIsReadAsTextAndAppendixItemsAreCodedApartFromTheTexts() throws Exception {
        byte[] docx;
        try (XWPFDocument document = new XWPFDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            table(
                    document,
                    List.of(
                            List.of(
                                    "ỦY BAN NHÂN DÂN\nTỈNH VĨNH PHÚC",
                                    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc"),
                            List.of("Số: 16/KH-UBND", "Vĩnh Phúc, ngày 12 tháng 01 năm 2024")));
            for (String line : List.of(
                    "KẾ HOẠCH",
                    "PHỔ BIẾN PHÁP LUẬT NĂM 2024",
                    "I. NHIỆM VỤ",
                    "1. Tuyên truyền pháp luật.",
                    "- Cơ quan chủ trì: Sở Tư pháp.",
                    "- Thời gian thực hiện: Năm 2024.",
                    "Phụ lục")) {
                document.createParagraph().createRun().setText(line);
            }
            table(
                    document,
                    List.of(
                            List.of("STT", "Nội dung", "Cơ quan chủ trì", "Thời gian hoàn thành"),
                            List.of("I", "NHIỆM VỤ CỤ THỂ", "", ""),
                            List.of("1", "Tổ chức hội nghị", "Sở Nội vụ", "Quý II/2024")));
            document.write(out);
            docx = out.toByteArray();
        }
        ParsedPlan plan = new PlanReader(names).docx(docx);
        assertThat(plan.number().toString()).isEqualTo("16/KH-UBND");
        assertThat(plan.issuer()).isEqualTo("ỦY BAN NHÂN DÂN TỈNH VĨNH PHÚC");
        assertThat(plan.issuedOn()).isEqualTo(LocalDate.of(2024, 1, 12));
        Map<String, ParsedItem> items = byCode(plan);
        assertThat(items.keySet()).contains("I", "I.1", "PL.I", "PL.I.1");
        assertThat(codes(items.get("I.1"), ResponsibilityRole.LEAD)).containsExactly("so-tu-phap");
        assertThat(codes(items.get("PL.I.1"), ResponsibilityRole.LEAD)).containsExactly("so-noi-vu");
        assertThat(plan.allItems().stream().map(ParsedItem::code)).doesNotHaveDuplicates();
    }

    private static void table(XWPFDocument document, List<List<String>> rows) {
        XWPFTable table = document.createTable(rows.size(), rows.get(0).size());
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < rows.get(r).size(); c++) {
                var cell = table.getRow(r).getCell(c);
                String[] lines = rows.get(r).get(c).split("\n");
                cell.setText(lines[0]);
                for (int l = 1; l < lines.length; l++) {
                    cell.addParagraph().createRun().setText(lines[l]);
                }
            }
        }
    }

    @Test
    void headersAreMatchedLooselyAndATableWithoutThemIsNoPlan() throws Exception {
        byte[] loose = docx(
                HEADER,
                List.of(
                        List.of("TT", "Nhiem vu", "Don vi thuc hien", "Thoi han"),
                        List.of("1", "Tổng kết công tác năm", "Sở Nội vụ", "Quý IV/2024")));
        ParsedItem only = byCode(new PlanReader(names).docx(loose)).get("1");
        assertThat(codes(only, ResponsibilityRole.LEAD)).containsExactly("so-noi-vu");
        assertThat(only.schedule().deadline()).isEqualTo(LocalDate.of(2024, 12, 31));

        byte[] prices = docx("Bảng giá dịch vụ", List.of(List.of("Tên", "Giá"), List.of("Công chứng", "50.000")));
        assertThatThrownBy(() -> new PlanReader(names).docx(prices)).isInstanceOf(NoPlanFound.class);
    }

    @Test
    void textThatHoldsNoPlanIsRefusedWithTheReason() {
        assertThatThrownBy(() -> new PlanParser(names).parse("Tin tức: Sở Tư pháp tổng kết công tác năm 2023."))
                .isInstanceOf(NoPlanFound.class)
                .hasMessageContaining("No numbered content");
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

    private static byte[] docx(String paragraphs, List<List<String>> rows) throws IOException {
        try (XWPFDocument document = new XWPFDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            paragraphs
                    .lines()
                    .forEach(line -> document.createParagraph().createRun().setText(line));
            XWPFTable table = document.createTable(rows.size(), rows.get(0).size());
            for (int r = 0; r < rows.size(); r++) {
                XWPFTableRow row = table.getRow(r);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    row.getCell(c).setText(rows.get(r).get(c));
                }
            }
            document.write(out);
            return out.toByteArray();
        }
    }
}
