package vn.dondoc.consolidation.control;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import vn.dondoc.consolidation.control.ConsolidatedReport.Contribution;
import vn.dondoc.consolidation.control.ConsolidatedReport.Extension;
import vn.dondoc.consolidation.control.ConsolidatedReport.FigureTotal;
import vn.dondoc.consolidation.control.ConsolidatedReport.ItemPart;
import vn.dondoc.consolidation.control.ConsolidatedReport.Missing;
import vn.dondoc.platform.control.VietnameseFormat;

/**
 * Writes the consolidated report as a Word document in the layout of an administrative document
 * (Nghị định 30/2020/NĐ-CP, Phụ lục I): the issuing body and the national motto side by side at the
 * top, the number and the date left as dotted placeholders for the office to fill in when it
 * registers the report, the body, and "Nơi nhận" with the signature block at the foot. A draft to
 * edit and sign: nothing in it is final. Numbers are written the Vietnamese way (1.250; 83,25 %),
 * dates as dd/MM/yyyy; Times New Roman 13 on A4.
 */
public final class ConsolidatedDocx {

    private static final String FONT = "Times New Roman";
    private static final int SIZE = 13;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private ConsolidatedDocx() {}

    /** The report's bytes, a DOCX file. */
    public static byte[] write(ConsolidatedReport report) {
        try (XWPFDocument doc = new XWPFDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            a4(doc);
            letterhead(doc, report.header());
            title(doc, report.header());
            results(doc, report);
            missing(doc, report);
            extensions(doc, report.extensions());
            foot(doc);
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** 1.250; 12,5; as many decimals as the figure has (a stored figure has at most six). */
    public static String number(BigDecimal value) {
        return VietnameseFormat.number(value);
    }

    /** 83,25 % */
    public static String percent(BigDecimal value) {
        return VietnameseFormat.percent(value);
    }

    private static void a4(XWPFDocument doc) {
        CTSectPr section = doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.addNewPgSz();
        size.setW(BigInteger.valueOf(11906));
        size.setH(BigInteger.valueOf(16838));
        CTPageMar margins = section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(1134)); // 2 cm
        margins.setBottom(BigInteger.valueOf(1134));
        margins.setLeft(BigInteger.valueOf(1701)); // 3 cm
        margins.setRight(BigInteger.valueOf(1134));
    }

    private static void letterhead(XWPFDocument doc, ConsolidatedReport.Header header) {
        XWPFTable table = borderless(doc, 1, 2);
        XWPFTableCell left = table.getRow(0).getCell(0);
        XWPFTableCell right = table.getRow(0).getCell(1);
        line(left.getParagraphs().get(0), header.issuingBody(), true, false, ParagraphAlignment.CENTER);
        line(left.addParagraph(), "Số:        /BC-………", false, false, ParagraphAlignment.CENTER);
        line(
                right.getParagraphs().get(0),
                "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                true,
                false,
                ParagraphAlignment.CENTER);
        line(right.addParagraph(), "Độc lập - Tự do - Hạnh phúc", true, false, ParagraphAlignment.CENTER);
        String place = header.place() == null || header.place().isBlank() ? "………" : header.place();
        line(right.addParagraph(), place + ", ngày …… tháng …… năm ……", false, true, ParagraphAlignment.CENTER);
    }

    private static void title(XWPFDocument doc, ConsolidatedReport.Header header) {
        doc.createParagraph();
        line(doc.createParagraph(), "BÁO CÁO", true, false, ParagraphAlignment.CENTER);
        String what = (header.documentType() == null
                        ? "văn bản"
                        : header.documentType().toLowerCase(Locale.ROOT)) + " số " + header.documentNumber();
        line(doc.createParagraph(), "Kết quả thực hiện " + what, true, false, ParagraphAlignment.CENTER);
        if (header.documentTitle() != null && !header.documentTitle().isBlank()) {
            line(doc.createParagraph(), header.documentTitle(), true, false, ParagraphAlignment.CENTER);
        }
        line(
                doc.createParagraph(),
                "Kỳ báo cáo " + header.periodLabel() + " (số liệu từ " + date(header.periodFrom()) + " đến "
                        + date(header.periodTo()) + ")",
                false,
                true,
                ParagraphAlignment.CENTER);
        body(
                doc,
                "Tổng hợp từ báo cáo đã được tiếp nhận của " + header.agenciesReported() + "/" + header.agenciesOwing()
                        + " cơ quan, đơn vị có trách nhiệm báo cáo.");
    }

    private static void results(XWPFDocument doc, ConsolidatedReport report) {
        heading(doc, "I. KẾT QUẢ THỰC HIỆN");
        if (!report.summaries().isEmpty()) {
            heading(doc, "Tóm tắt của các cơ quan, đơn vị");
            report.summaries().forEach(s -> agencyText(doc, s.agencyName(), s.summary()));
        }
        Set<Long> shown = shownItems(report.items());
        for (ItemPart item : report.items()) {
            if (!shown.contains(item.itemId())) {
                continue;
            }
            heading(doc, (item.code() == null ? "" : item.code() + ". ") + (item.text() == null ? "" : item.text()));
            for (Contribution c : item.contributions()) {
                String narrative =
                        c.narrative() == null || c.narrative().isBlank() ? "(không ghi nội dung)" : c.narrative();
                if (c.completed()) {
                    narrative +=
                            " Đã hoàn thành" + (c.completedOn() == null ? "" : " ngày " + date(c.completedOn())) + ".";
                }
                agencyText(doc, c.agencyName(), narrative);
            }
            if (!item.figures().isEmpty()) {
                figures(doc, item.figures());
            }
        }
    }

    /** The items someone wrote on, and the headings above them, so that each stands in its place. */
    private static Set<Long> shownItems(List<ItemPart> items) {
        Map<Long, Long> parents = new HashMap<>();
        items.forEach(i -> parents.put(i.itemId(), i.parentId()));
        Set<Long> shown = new HashSet<>();
        for (ItemPart item : items) {
            if (!item.contributions().isEmpty()) {
                for (Long id = item.itemId(); id != null && shown.add(id); id = parents.get(id)) {
                    // up to the root, or to an ancestor already shown
                }
            }
        }
        return shown;
    }

    private static void figures(XWPFDocument doc, List<FigureTotal> figures) {
        XWPFTable table = doc.createTable(figures.size() + 1, 5);
        table.setWidth("100%");
        String[] heads = {"Chỉ tiêu", "Đơn vị tính", "Kết quả", "Tỷ lệ", "Cơ quan báo cáo"};
        for (int c = 0; c < heads.length; c++) {
            line(table.getRow(0).getCell(c).getParagraphs().get(0), heads[c], true, false, ParagraphAlignment.CENTER);
        }
        for (int r = 0; r < figures.size(); r++) {
            FigureTotal f = figures.get(r);
            XWPFTableRow row = table.getRow(r + 1);
            cell(row, 0, f.name(), ParagraphAlignment.LEFT);
            cell(row, 1, f.unit() == null ? "" : f.unit(), ParagraphAlignment.CENTER);
            cell(
                    row,
                    2,
                    number(f.numerator())
                            + (f.share() ? "/" + number(f.denominator()) : "")
                            + (f.target() == null ? "" : " (chỉ tiêu " + number(f.target()) + ")"),
                    ParagraphAlignment.RIGHT);
            cell(row, 3, f.rate() == null ? "" : percent(f.rate()), ParagraphAlignment.RIGHT);
            cell(
                    row,
                    4,
                    String.join(
                            "; ",
                            f.parts().stream()
                                    .map(p -> p.agencyName() + ": " + number(p.numerator())
                                            + (p.denominator() == null ? "" : "/" + number(p.denominator())))
                                    .toList()),
                    ParagraphAlignment.LEFT);
        }
    }

    private static void missing(XWPFDocument doc, ConsolidatedReport report) {
        heading(doc, "II. CƠ QUAN, ĐƠN VỊ CHƯA BÁO CÁO HOẶC BỊ TRẢ LẠI");
        if (report.notReported().isEmpty()
                && report.returned().isEmpty()
                && report.inReview().isEmpty()) {
            body(doc, "Tất cả cơ quan, đơn vị có trách nhiệm đã báo cáo.");
            return;
        }
        listMissing(doc, "Chưa gửi báo cáo", report.notReported());
        listMissing(doc, "Báo cáo bị trả lại để hoàn thiện", report.returned());
        listMissing(doc, "Đã gửi, đang xem xét (chưa tổng hợp)", report.inReview());
    }

    private static void listMissing(XWPFDocument doc, String label, List<Missing> agencies) {
        if (agencies.isEmpty()) {
            return;
        }
        body(doc, label + " (" + agencies.size() + "):");
        for (Missing m : agencies) {
            String due = m.dueOn() == null ? "" : " (hạn " + date(m.dueOn()) + ")";
            body(doc, "- " + m.agencyName() + due + ";");
        }
    }

    private static void extensions(XWPFDocument doc, List<Extension> extensions) {
        heading(doc, "III. GIA HẠN BÁO CÁO");
        if (extensions.isEmpty()) {
            body(doc, "Không có cơ quan, đơn vị nào được gia hạn.");
            return;
        }
        for (Extension e : extensions) {
            body(
                    doc,
                    "- " + e.agencyName() + ": gia hạn từ " + date(e.originalDueOn()) + " đến " + date(e.dueOn())
                            + ";");
        }
    }

    private static void foot(XWPFDocument doc) {
        doc.createParagraph();
        XWPFTable table = borderless(doc, 1, 2);
        XWPFTableCell left = table.getRow(0).getCell(0);
        XWPFTableCell right = table.getRow(0).getCell(1);
        XWPFParagraph to = left.getParagraphs().get(0);
        XWPFRun run = line(to, "Nơi nhận:", true, true, ParagraphAlignment.LEFT);
        run.setFontSize(12);
        for (String recipient : List.of("- ………………;", "- ………………;", "- Lưu: VT.")) {
            line(left.addParagraph(), recipient, false, false, ParagraphAlignment.LEFT)
                    .setFontSize(11);
        }
        line(right.getParagraphs().get(0), "NGƯỜI KÝ", true, false, ParagraphAlignment.CENTER);
        line(right.addParagraph(), "(Chức vụ, chữ ký, họ và tên)", false, true, ParagraphAlignment.CENTER);
    }

    private static XWPFTable borderless(XWPFDocument doc, int rows, int columns) {
        XWPFTable table = doc.createTable(rows, columns);
        table.setWidth("100%");
        table.setTopBorder(XWPFTable.XWPFBorderType.NONE, 0, 0, "auto");
        table.setBottomBorder(XWPFTable.XWPFBorderType.NONE, 0, 0, "auto");
        table.setLeftBorder(XWPFTable.XWPFBorderType.NONE, 0, 0, "auto");
        table.setRightBorder(XWPFTable.XWPFBorderType.NONE, 0, 0, "auto");
        table.setInsideHBorder(XWPFTable.XWPFBorderType.NONE, 0, 0, "auto");
        table.setInsideVBorder(XWPFTable.XWPFBorderType.NONE, 0, 0, "auto");
        return table;
    }

    private static void heading(XWPFDocument doc, String text) {
        line(doc.createParagraph(), text, true, false, ParagraphAlignment.BOTH);
    }

    private static void body(XWPFDocument doc, String text) {
        line(doc.createParagraph(), text, false, false, ParagraphAlignment.BOTH);
    }

    /** The agency's name in bold, then what it wrote: "Sở Tư pháp: …". */
    private static void agencyText(XWPFDocument doc, String agency, String text) {
        XWPFParagraph paragraph = doc.createParagraph();
        paragraph.setAlignment(ParagraphAlignment.BOTH);
        paragraph.setIndentationFirstLine(567);
        XWPFRun name = run(paragraph, agency + ": ");
        name.setBold(true);
        String[] lines = text.split("\\R", -1);
        XWPFRun said = run(paragraph, lines[0]);
        for (int i = 1; i < lines.length; i++) {
            said.addBreak();
            said.setText(lines[i], i);
        }
    }

    private static void cell(XWPFTableRow row, int column, String text, ParagraphAlignment alignment) {
        line(row.getCell(column).getParagraphs().get(0), text, false, false, alignment);
    }

    private static XWPFRun line(
            XWPFParagraph paragraph, String text, boolean bold, boolean italic, ParagraphAlignment alignment) {
        paragraph.setAlignment(alignment);
        XWPFRun run = run(paragraph, text == null ? "" : text);
        run.setBold(bold);
        run.setItalic(italic);
        return run;
    }

    private static XWPFRun run(XWPFParagraph paragraph, String text) {
        XWPFRun run = paragraph.createRun();
        run.setFontFamily(FONT);
        run.setFontSize(SIZE);
        run.setText(text);
        return run;
    }

    private static String date(LocalDate day) {
        return day == null ? "…/…/……" : DATE.format(day);
    }
}
