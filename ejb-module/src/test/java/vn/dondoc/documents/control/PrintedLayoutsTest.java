package vn.dondoc.documents.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.dondoc.agencies.control.NameMatcher;
import vn.dondoc.testing.Directories;

/**
 * The letterhead and the foot in every layout plans are printed in: issuer and motto side by side
 * or one after the other, "Số: …" before or after them, rules between; the signer under the title
 * with or without "Nơi nhận:". Each layout must give the same registry data.
 */
class PrintedLayoutsTest {

    private static final String BODY = """
            KẾ HOẠCH
            CẢI CÁCH HÀNH CHÍNH NĂM 2024
            I. NHIỆM VỤ
            1. Rà soát, đơn giản hóa thủ tục hành chính.
            - Cơ quan chủ trì: Sở Tư pháp.
            - Thời gian thực hiện: Quý II/2024.
            Nơi nhận:
            - Như trên;
            - Lưu: VT.
            KT. CHỦ TỊCH
            PHÓ CHỦ TỊCH
            Vũ Chí Giang
            """;

    private final NameMatcher names = new NameMatcher(Directories.of("vinh-phuc"));

    @Test
    void aLetterheadCopiedFromAPdfWithItsTwoColumnsOnEachLineIsRead() throws Exception {
        ParsedPlan plan = new PlanParser(names).parse(PlanParserGoldenTest.resource("kh-15-two-column-letterhead.txt"));

        assertRegistered(plan);
        assertThat(plan.signer()).isEqualTo("Vũ Chí Giang");
        assertThat(plan.allItems()).hasSize(2);
        assertThat(plan.allItems().get(1).text()).isEqualTo("Rà soát, đơn giản hóa thủ tục hành chính.");
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(
            strings = {
                // side by side, columns set apart by tabs
                "ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
                        + "TỈNH VĨNH PHÚC\tĐộc lập - Tự do - Hạnh phúc\n"
                        + "Số: 15/KH-UBND\tVĩnh Phúc, ngày 10 tháng 01 năm 2024",
                // side by side, the gap collapsed to one space as DOCX paragraphs and web pages give it
                "ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
                        + "TỈNH VĨNH PHÚC Độc lập - Tự do - Hạnh phúc\n"
                        + "------- ---------------\n"
                        + "Số: 15/KH-UBND Vĩnh Phúc, ngày 10 tháng 01 năm 2024",
                // one after the other, "Số" after the motto, "___" rules
                "ỦY BAN NHÂN DÂN\nTỈNH VĨNH PHÚC\n___\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
                        + "Độc lập - Tự do - Hạnh phúc\n___\nSố: 15/KH-UBND\nVĩnh Phúc, ngày 10 tháng 01 năm 2024",
                // one after the other, "Số" under the issuer before the motto (the left column first), "—" rules
                "ỦY BAN NHÂN DÂN\nTỈNH VĨNH PHÚC\n—\nSố: 15/KH-UBND\n\nCỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
                        + "Độc lập – Tự do – Hạnh phúc\n—\nVĩnh Phúc, ngày 10 tháng 01 năm 2024",
                // "Số" printed above everything, under web-page text
                "Hệ thống pháp luật\nSố: 15/KH-UBND\nỦY BAN NHÂN DÂN\nTỈNH VĨNH PHÚC\n-------\n"
                        + "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
                        + "Vĩnh Phúc, ngày 10 tháng 01 năm 2024",
                // the motto first, the issuing body under it
                "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n---------------\n"
                        + "ỦY BAN NHÂN DÂN\nTỈNH VĨNH PHÚC\n-------\nSố: 15/KH-UBND\n"
                        + "Vĩnh Phúc, ngày 10 tháng 01 năm 2024"
            })
    void everyLetterheadLayoutGivesTheSameNumberIssuerPlaceAndDate(String letterhead) throws NoPlanFound {
        ParsedPlan plan = new PlanParser(names).parse(letterhead + "\n" + BODY);

        assertRegistered(plan);
        assertThat(plan.signer()).isEqualTo("Vũ Chí Giang");
    }

    @Test
    void aDocxLayoutTableOfOneRowWithTheNumberUnderTheIssuerIsRead() throws Exception {
        byte[] docx = docx(List.of(List.of(
                "ỦY BAN NHÂN DÂN\nTỈNH VĨNH PHÚC\n-------\nSố: 15/KH-UBND",
                "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n---------------\n"
                        + "Vĩnh Phúc, ngày 10 tháng 01 năm 2024")));

        assertRegistered(new PlanReader(names).docx(docx));
    }

    @Test
    void aDocxLayoutTableWithTheRulesInARowOfTheirOwnIsRead() throws Exception {
        byte[] docx = docx(List.of(
                List.of(
                        "ỦY BAN NHÂN DÂN\nTỈNH VĨNH PHÚC",
                        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc"),
                List.of("_______", "_______________"),
                List.of("Số: 15/KH-UBND", "Vĩnh Phúc, ngày 10 tháng 01 năm 2024")));

        assertRegistered(new PlanReader(names).docx(docx));
    }

    @Test
    void withoutNoiNhanTheSignatureBlockEndsTheBodyAndItsNameIsTheSigner() throws NoPlanFound {
        ParsedPlan plan = new PlanParser(names).parse("""
                        ỦY BAN NHÂN DÂN
                        TỈNH VĨNH PHÚC
                        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                        Số: 15/KH-UBND
                        Vĩnh Phúc, ngày 10 tháng 01 năm 2024
                        KẾ HOẠCH
                        CẢI CÁCH HÀNH CHÍNH NĂM 2024
                        1. Rà soát, đơn giản hóa thủ tục hành chính.
                        2. Công khai thủ tục hành chính.
                        TM. ỦY BAN NHÂN DÂN
                        KT. CHỦ TỊCH
                        PHÓ CHỦ TỊCH
                        (đã ký)

                        Vũ Chí Giang
                        """);

        assertThat(plan.signer()).isEqualTo("Vũ Chí Giang");
        assertThat(plan.allItems().get(1).text()).isEqualTo("Công khai thủ tục hành chính.");
    }

    @Test
    void aHeadingThatEndsInATitleWordDoesNotEndTheBody() throws NoPlanFound {
        ParsedPlan plan = new PlanParser(names).parse("""
                        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                        Số: 15/KH-UBND
                        I. MỤC TIÊU TĂNG TRƯỞNG
                        1. Tăng trưởng kinh tế đạt 7%.
                        II. GIẢI PHÁP
                        1. Cải thiện môi trường đầu tư.
                        """);

        assertThat(plan.allItems().stream().map(i -> i.code())).containsExactly("I", "I.1", "II", "II.1");
        assertThat(plan.signer()).isNull();
    }

    private static void assertRegistered(ParsedPlan plan) {
        assertThat(plan.number()).hasToString("15/KH-UBND");
        assertThat(plan.issuer()).isEqualTo("ỦY BAN NHÂN DÂN TỈNH VĨNH PHÚC");
        assertThat(plan.place()).isEqualTo("Vĩnh Phúc");
        assertThat(plan.issuedOn()).isEqualTo(LocalDate.of(2024, 1, 10));
        assertThat(plan.type()).isEqualTo("KH");
        assertThat(plan.title()).isEqualTo("CẢI CÁCH HÀNH CHÍNH NĂM 2024");
    }

    /** A DOCX with a borderless layout table (cells' lines split on "\n") followed by the plan's body. */
    private static byte[] docx(List<List<String>> layout) throws IOException {
        try (XWPFDocument document = new XWPFDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XWPFTable table = document.createTable(layout.size(), layout.get(0).size());
            for (int r = 0; r < layout.size(); r++) {
                for (int c = 0; c < layout.get(r).size(); c++) {
                    var cell = table.getRow(r).getCell(c);
                    String[] lines = layout.get(r).get(c).split("\n");
                    cell.setText(lines[0]);
                    for (int l = 1; l < lines.length; l++) {
                        cell.addParagraph().createRun().setText(lines[l]);
                    }
                }
            }
            BODY.lines().forEach(line -> document.createParagraph().createRun().setText(line));
            document.write(out);
            return out.toByteArray();
        }
    }
}
