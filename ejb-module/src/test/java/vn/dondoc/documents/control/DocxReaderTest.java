package vn.dondoc.documents.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.text.Normalizer;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;
import vn.dondoc.documents.control.PlanBlock.Paragraph;
import vn.dondoc.documents.control.PlanBlock.Table;

class DocxReaderTest {

    private static final long LIMIT = 5L * 1024 * 1024;

    private final DocxReader reader = new DocxReader();

    @Test
    void paragraphsAndAppendixTableComeBackInDocumentOrderWithExactText() throws IOException {
        try (XWPFDocument doc = new XWPFDocument()) {
            paragraph(doc, "KẾ HOẠCH");
            paragraph(doc, "Thực hiện Chỉ thị số 46-CT/TU ngày 12/6/2023 của Ban Thường vụ Tỉnh ủy");
            paragraph(doc, "I. MỤC ĐÍCH, YÊU CẦU");
            paragraph(doc, "Nâng cao hiệu quả công tác trợ giúp pháp lý; bảo đảm quyền được trợ giúp.");
            XWPFTable table = doc.createTable(4, 5);
            fillRow(table.getRow(0), "STT", "Nội dung", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành");
            fillRow(
                    table.getRow(1),
                    "1",
                    "Tuyên truyền, phổ biến Chỉ thị",
                    "Sở Tư pháp",
                    "Sở Thông tin và Truyền thông",
                    "Năm 2023");
            fillRow(
                    table.getRow(2),
                    "2",
                    "Rà soát đội ngũ trợ giúp viên",
                    "Sở Nội vụ",
                    "Sở Tư pháp; UBND các huyện, thành phố",
                    "Quý III/2024");
            fillRow(
                    table.getRow(3),
                    "3",
                    "Kiểm tra, đôn đốc việc thực hiện",
                    "Sở Tư pháp (Trung tâm TGPL nhà nước tỉnh)",
                    "Các sở, ban, ngành của tỉnh",
                    "Thường xuyên hàng năm");
            paragraph(doc, "III. TỔ CHỨC THỰC HIỆN");

            List<PlanBlock> blocks = reader.read(new ByteArrayInputStream(bytes(doc)), LIMIT);

            assertThat(blocks)
                    .containsExactly(
                            new Paragraph("KẾ HOẠCH"),
                            new Paragraph("Thực hiện Chỉ thị số 46-CT/TU ngày 12/6/2023 của Ban Thường vụ Tỉnh ủy"),
                            new Paragraph("I. MỤC ĐÍCH, YÊU CẦU"),
                            new Paragraph("Nâng cao hiệu quả công tác trợ giúp pháp lý; bảo đảm quyền được trợ giúp."),
                            new Table(List.of(
                                    List.of(
                                            "STT",
                                            "Nội dung",
                                            "Cơ quan chủ trì",
                                            "Cơ quan phối hợp",
                                            "Thời gian hoàn thành"),
                                    List.of(
                                            "1",
                                            "Tuyên truyền, phổ biến Chỉ thị",
                                            "Sở Tư pháp",
                                            "Sở Thông tin và Truyền thông",
                                            "Năm 2023"),
                                    List.of(
                                            "2",
                                            "Rà soát đội ngũ trợ giúp viên",
                                            "Sở Nội vụ",
                                            "Sở Tư pháp; UBND các huyện, thành phố",
                                            "Quý III/2024"),
                                    List.of(
                                            "3",
                                            "Kiểm tra, đôn đốc việc thực hiện",
                                            "Sở Tư pháp (Trung tâm TGPL nhà nước tỉnh)",
                                            "Các sở, ban, ngành của tỉnh",
                                            "Thường xuyên hàng năm"))),
                            new Paragraph("III. TỔ CHỨC THỰC HIỆN"));
        }
    }

    @Test
    void aCellsParagraphsAreJoinedWithNewlines() throws IOException {
        try (XWPFDocument doc = new XWPFDocument()) {
            XWPFTableCell cell = doc.createTable(1, 1).getRow(0).getCell(0);
            cell.getParagraphs().get(0).createRun().setText("Sở Tư pháp;");
            cell.addParagraph().createRun().setText("");
            cell.addParagraph().createRun().setText("UBND các huyện, thành phố");

            List<PlanBlock> blocks = reader.read(new ByteArrayInputStream(bytes(doc)), LIMIT);

            assertThat(blocks).containsExactly(new Table(List.of(List.of("Sở Tư pháp;\nUBND các huyện, thành phố"))));
        }
    }

    @Test
    void textIsNfcWithWhitespaceCollapsed() throws IOException {
        String decomposed = Normalizer.normalize("Ủy ban nhân dân tỉnh Vĩnh Phúc", Normalizer.Form.NFD);
        assertThat(decomposed).isNotEqualTo("Ủy ban nhân dân tỉnh Vĩnh Phúc");
        try (XWPFDocument doc = new XWPFDocument()) {
            paragraph(doc, "  " + decomposed.replace(" ", " \u00A0\t ") + "\u200B  ");
            paragraph(doc, "   ");

            List<PlanBlock> blocks = reader.read(new ByteArrayInputStream(bytes(doc)), LIMIT);

            assertThat(blocks).containsExactly(new Paragraph("Ủy ban nhân dân tỉnh Vĩnh Phúc"));
        }
    }

    @Test
    void aManualLineBreakInsideAParagraphStaysAsNewline() throws IOException {
        try (XWPFDocument doc = new XWPFDocument()) {
            var run = doc.createParagraph().createRun();
            run.setText("Cơ quan chủ trì: Sở Tư pháp");
            run.addBreak();
            run.setText("Thời gian thực hiện: Năm 2025");

            assertThat(reader.read(new ByteArrayInputStream(bytes(doc)), LIMIT))
                    .containsExactly(new Paragraph("Cơ quan chủ trì: Sở Tư pháp\nThời gian thực hiện: Năm 2025"));
        }
    }

    @Test
    void wordListLabelsArePrependedUnlessTheTextAlreadyStartsWithThem() throws IOException {
        try (XWPFDocument doc = new XWPFDocument()) {
            BigInteger list = decimalThenLetterList(doc);
            numbered(doc, list, 0, "Tuyên truyền, phổ biến");
            numbered(doc, list, 1, "Đối với các sở, ban, ngành");
            numbered(doc, list, 1, "Đối với UBND các huyện");
            numbered(doc, list, 0, "Kiện toàn tổ chức");
            numbered(doc, list, 1, "c) Nhãn đã gõ tay");
            numbered(doc, list, 1, "Mục thứ hai");
            paragraph(doc, "Đoạn không đánh số");

            List<PlanBlock> blocks = reader.read(new ByteArrayInputStream(bytes(doc)), LIMIT);

            assertThat(blocks)
                    .containsExactly(
                            new Paragraph("1. Tuyên truyền, phổ biến"),
                            new Paragraph("a) Đối với các sở, ban, ngành"),
                            new Paragraph("b) Đối với UBND các huyện"),
                            new Paragraph("2. Kiện toàn tổ chức"),
                            new Paragraph("a) c) Nhãn đã gõ tay"),
                            new Paragraph("b) Mục thứ hai"),
                            new Paragraph("Đoạn không đánh số"));
        }
    }

    @Test
    void listTextThatAlreadyCarriesItsLabelIsKeptAsIs() throws IOException {
        try (XWPFDocument doc = new XWPFDocument()) {
            BigInteger list = decimalThenLetterList(doc);
            numbered(doc, list, 0, "1. Mục đích");
            numbered(doc, list, 1, "a) Yêu cầu");

            assertThat(reader.read(new ByteArrayInputStream(bytes(doc)), LIMIT))
                    .containsExactly(new Paragraph("1. Mục đích"), new Paragraph("a) Yêu cầu"));
        }
    }

    @Test
    void wordNumbersBeyondZAndRomanLikeWordDoes() {
        assertThat(DocxListLabels.number(5, "lowerLetter")).isEqualTo("e");
        assertThat(DocxListLabels.number(27, "lowerLetter")).isEqualTo("aa");
        assertThat(DocxListLabels.number(4, "upperRoman")).isEqualTo("IV");
        assertThat(DocxListLabels.number(3, "decimalZero")).isEqualTo("03");
        assertThat(DocxListLabels.number(3, "vietnameseCounting")).isEqualTo("3");
    }

    @Test
    void anEmptyButValidDocxGivesNoBlocks() throws IOException {
        try (XWPFDocument doc = new XWPFDocument()) {
            assertThat(reader.read(new ByteArrayInputStream(bytes(doc)), LIMIT)).isEmpty();
        }
    }

    private static void paragraph(XWPFDocument doc, String text) {
        doc.createParagraph().createRun().setText(text);
    }

    private static void numbered(XWPFDocument doc, BigInteger numId, int level, String text) {
        XWPFParagraph p = doc.createParagraph();
        p.setNumID(numId);
        p.setNumILvl(BigInteger.valueOf(level));
        p.createRun().setText(text);
    }

    /** The usual plan outline: "1." items with "a)" sub-items. */
    private static BigInteger decimalThenLetterList(XWPFDocument doc) {
        CTAbstractNum outline = CTAbstractNum.Factory.newInstance();
        outline.setAbstractNumId(BigInteger.ONE);
        level(outline, 0, STNumberFormat.DECIMAL, "%1.");
        level(outline, 1, STNumberFormat.LOWER_LETTER, "%2)");
        XWPFNumbering numbering = doc.createNumbering();
        BigInteger abstractId = numbering.addAbstractNum(new XWPFAbstractNum(outline));
        return numbering.addNum(abstractId);
    }

    private static void level(CTAbstractNum outline, int level, STNumberFormat.Enum format, String text) {
        CTLvl lvl = outline.addNewLvl();
        lvl.setIlvl(BigInteger.valueOf(level));
        lvl.addNewStart().setVal(BigInteger.ONE);
        lvl.addNewNumFmt().setVal(format);
        lvl.addNewLvlText().setVal(text);
    }

    private static void fillRow(XWPFTableRow row, String... cells) {
        for (int i = 0; i < cells.length; i++) {
            row.getCell(i).setText(cells[i]);
        }
    }

    private static byte[] bytes(XWPFDocument doc) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        doc.write(out);
        return out.toByteArray();
    }
}
