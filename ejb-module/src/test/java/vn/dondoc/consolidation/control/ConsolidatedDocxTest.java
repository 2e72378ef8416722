package vn.dondoc.consolidation.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import vn.dondoc.consolidation.control.Consolidator.Accepted;
import vn.dondoc.consolidation.control.Consolidator.Source;
import vn.dondoc.reporting.entity.EntryContent;
import vn.dondoc.reporting.entity.FigureContent;
import vn.dondoc.reporting.entity.ObligationStatus;

/** The consolidated report as Word: opened again with POI and read as an official would. */
class ConsolidatedDocxTest {

    @Test
    void theDocumentHasTheOfficialHeadTheMergedNarrativesTheSumsTheMissingAndTheFoot() throws IOException {
        ConsolidatedReport report = Consolidator.consolidate(
                ConsolidatorTest.HEADING,
                ConsolidatorTest.ITEMS,
                List.of(
                        accepted(
                                "so-tu-phap",
                                "Sở Tư pháp",
                                "Tổ chức 12 hội nghị tuyên truyền\nPhát hành 3.000 tờ gấp",
                                figure("Số người tham dự", "1000", null, "người"),
                                figure("Tỷ lệ hồ sơ đúng hạn", "90", "100", "hồ sơ")),
                        accepted(
                                "cong-an",
                                "Công an tỉnh",
                                "Đăng 40 tin bài trên cổng thông tin",
                                figure("số người  tham dự", "250", null, "Người"),
                                figure("Tỷ lệ hồ sơ đúng hạn", "243", "300", "hồ sơ")),
                        new Source(
                                "so-noi-vu",
                                "Sở Nội vụ",
                                ObligationStatus.PENDING,
                                ConsolidatorTest.DUE,
                                ConsolidatorTest.DUE,
                                false,
                                null),
                        new Source(
                                "so-y-te",
                                "Sở Y tế",
                                ObligationStatus.RETURNED,
                                ConsolidatorTest.DUE.plusDays(5),
                                ConsolidatorTest.DUE,
                                false,
                                null)));

        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(ConsolidatedDocx.write(report)));
                XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
            XWPFTable head = doc.getTables().get(0);
            assertThat(head.getRow(0).getCell(0).getText())
                    .contains("ỦY BAN NHÂN DÂN TỈNH VĨNH PHÚC")
                    .contains("Số:        /BC-");
            assertThat(head.getRow(0).getCell(1).getText())
                    .contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
                    .contains("Độc lập - Tự do - Hạnh phúc")
                    .contains("Vĩnh Phúc, ngày …… tháng …… năm ……");
            String text = extractor.getText();
            assertThat(text)
                    .contains("BÁO CÁO")
                    .contains("Kết quả thực hiện kế hoạch số 204/KH-UBND")
                    .contains("Kỳ báo cáo 2024-H1 (số liệu từ 15/12/2023 đến 14/06/2024)")
                    .contains("II.1. Tuyên truyền, phổ biến")
                    .contains("Công an tỉnh: Đăng 40 tin bài trên cổng thông tin")
                    .contains("Sở Tư pháp: Tổ chức 12 hội nghị tuyên truyền\nPhát hành 3.000 tờ gấp")
                    .contains("Sở Nội vụ (hạn 19/06/2024)")
                    .contains("Báo cáo bị trả lại để hoàn thiện (1):")
                    .contains("Sở Y tế: gia hạn từ 19/06/2024 đến 24/06/2024")
                    .contains("Nơi nhận:")
                    .doesNotContain("Trợ giúp pháp lý"); // an item nobody wrote on is left out
            assertThat(text.indexOf("Công an tỉnh: Đăng")).isLessThan(text.indexOf("Sở Tư pháp: Tổ chức"));

            XWPFTable figures = doc.getTables().get(1);
            assertThat(figures.getRow(0).getCell(0).getText()).isEqualTo("Chỉ tiêu");
            assertThat(figures.getRow(1).getCell(0).getText())
                    .as("as the first agency, Công an tỉnh, wrote it")
                    .isEqualTo("số người tham dự");
            assertThat(figures.getRow(1).getCell(2).getText()).isEqualTo("1.250");
            assertThat(figures.getRow(1).getCell(4).getText()).isEqualTo("Công an tỉnh: 250; Sở Tư pháp: 1.000");
            assertThat(figures.getRow(2).getCell(2).getText()).isEqualTo("333/400");
            assertThat(figures.getRow(2).getCell(3).getText()).isEqualTo("83,25 %");
            assertThat(doc.getTables().get(doc.getTables().size() - 1).getText())
                    .contains("Nơi nhận:", "Lưu: VT.");
        }
    }

    @Test
    void numbersAreWrittenTheVietnameseWay() {
        assertThat(ConsolidatedDocx.number(new BigDecimal("1250"))).isEqualTo("1.250");
        assertThat(ConsolidatedDocx.number(new BigDecimal("1234567.5"))).isEqualTo("1.234.567,5");
        assertThat(ConsolidatedDocx.number(new BigDecimal("0.125"))).isEqualTo("0,125");
        assertThat(ConsolidatedDocx.percent(new BigDecimal("83.25"))).isEqualTo("83,25 %");
        assertThat(ConsolidatedDocx.percent(new BigDecimal("100"))).isEqualTo("100 %");
    }

    private static Source accepted(String code, String name, String narrative, FigureContent... figures) {
        return new Source(
                code,
                name,
                ObligationStatus.ACCEPTED,
                ConsolidatorTest.DUE,
                ConsolidatorTest.DUE,
                false,
                new Accepted(1, null, List.of(new EntryContent(2, narrative, false, null, List.of(figures)))));
    }

    private static FigureContent figure(String name, String numerator, String denominator, String unit) {
        return new FigureContent(
                name,
                new BigDecimal(numerator),
                denominator == null ? null : new BigDecimal(denominator),
                null,
                unit,
                null);
    }
}
