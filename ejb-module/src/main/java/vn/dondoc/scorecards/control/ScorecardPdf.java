package vn.dondoc.scorecards.control;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPCellEvent;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import vn.dondoc.platform.control.VietnameseFormat;
import vn.dondoc.scorecards.entity.Grade;

/**
 * The scorecard as a PDF to print and file (bảng đánh giá), on A4 turned sideways for its wide
 * table: the issuing body and the national motto side by side at the top as Nghị định
 * 30/2020/NĐ-CP lays them out, the title with the document and the day, the moment the data was
 * taken (in the tenant's time, Vietnam's), the per-agency table with its two denominators each
 * named, the open overdue tasks with their days overdue, a bar chart of the on-time rate per
 * agency, and on the last page the formula and the bands that graded it; "Trang x/y" at the foot
 * of every page. Numbers the Vietnamese way (1.250; 83,25 %). One font, Liberation Serif
 * (Times-compatible, every Vietnamese letter), embedded as a subset: the file reads the same on a
 * machine without it (D-033).
 */
public final class ScorecardPdf {

    public static final String CONTENT_TYPE = "application/pdf";

    public static final String TITLE = "BẢNG ĐÁNH GIÁ MỨC ĐỘ HOÀN THÀNH NHIỆM VỤ";

    private static final String FONTS = "/com/mpobjects/jasperreports/fonts/liberation/";
    private static final BaseFont REGULAR = font("LiberationSerif-Regular.ttf");
    private static final BaseFont BOLD = font("LiberationSerif-Bold.ttf");
    private static final BaseFont ITALIC = font("LiberationSerif-Italic.ttf");

    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("HH:mm 'ngày' dd/MM/yyyy");
    private static final Color BAR = new Color(0x2F, 0x5D, 0x8A);
    private static final Color GRID = new Color(0xBB, 0xBB, 0xBB);
    private static final Color SHADE = new Color(0xEE, 0xEE, 0xEE);
    private static final float MARGIN = 36;

    /** The agencies one chart page shows. */
    static final int BARS_PER_CHART = 32;

    private ScorecardPdf() {}

    /**
     * What the PDF shows.
     *
     * @param issuingBody the tenant's issuing body (ỦY BAN NHÂN DÂN TỈNH …), or {@code null}
     * @param documentNumber the one document the scorecard is limited to, or {@code null}
     * @param zone the zone the moment is shown in
     * @param agencies the per-agency table, with its totals
     * @param overdue the open overdue tasks
     * @param onTime the on-time rate over the due tasks, one bar per agency, in the table's order
     * @param targets the targets track per agency, with its totals, or {@code null} for none
     * @param missedTargets the missed targets, or {@code null} for none
     */
    public record Content(
            String issuingBody,
            String documentNumber,
            LocalDate asOf,
            Instant takenAt,
            ZoneId zone,
            Table agencies,
            Table overdue,
            List<Bar> onTime,
            RulesInForce rules,
            Table targets,
            Table missedTargets) {

        /** Without the targets track. */
        public Content(
                String issuingBody,
                String documentNumber,
                LocalDate asOf,
                Instant takenAt,
                ZoneId zone,
                Table agencies,
                Table overdue,
                List<Bar> onTime,
                RulesInForce rules) {
            this(issuingBody, documentNumber, asOf, takenAt, zone, agencies, overdue, onTime, rules, null, null);
        }

        public Content {
            Objects.requireNonNull(asOf, "asOf");
            Objects.requireNonNull(takenAt, "takenAt");
            Objects.requireNonNull(zone, "zone");
            Objects.requireNonNull(agencies, "agencies");
            Objects.requireNonNull(overdue, "overdue");
            onTime = List.copyOf(onTime);
            Objects.requireNonNull(rules, "rules");
        }
    }

    /** One agency's bar: its rate in percent, or {@code null} when nothing has fallen due. */
    public record Bar(String label, BigDecimal percent) {}

    public static byte[] write(Content content) {
        Document document = new Document(PageSize.A4.rotate(), MARGIN, MARGIN, MARGIN, MARGIN + 14);
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            writer.setPageEvent(new PageNumbers());
            document.addTitle(TITLE);
            document.addCreator("Đôn Đốc");
            document.open();
            letterhead(document, content);
            title(document, content);
            table(document, content.agencies(), 6.5f);
            overdue(document, content.overdue());
            targets(document, content.targets(), content.missedTargets());
            chart(document, writer.getDirectContent(), content.onTime());
            rules(document, content.rules());
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("The scorecard's PDF could not be laid out", e);
        }
        return out.toByteArray();
    }

    private static void letterhead(Document document, Content content) throws DocumentException {
        PdfPTable head = new PdfPTable(new float[] {1, 1.3f});
        head.setWidthPercentage(100);
        String body = content.issuingBody() == null || content.issuingBody().isBlank()
                ? "………………"
                : content.issuingBody().strip();
        PdfPCell left = borderless();
        left.addElement(centred(body, BOLD, 12.5f));
        left.setCellEvent(new Underline(BOLD.getWidthPoint(text(body), 12.5f) / 3));
        PdfPCell right = borderless();
        right.addElement(centred("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", BOLD, 12.5f));
        String motto = "Độc lập - Tự do - Hạnh phúc";
        right.addElement(centred(motto, BOLD, 13.5f));
        right.setCellEvent(new Underline(BOLD.getWidthPoint(motto, 13.5f)));
        head.addCell(left);
        head.addCell(right);
        document.add(head);
    }

    private static void title(Document document, Content content) throws DocumentException {
        Paragraph title = centred(TITLE, BOLD, 14);
        title.setSpacingBefore(18);
        document.add(title);
        if (content.documentNumber() != null) {
            document.add(centred("Thực hiện văn bản số " + content.documentNumber(), BOLD, 12.5f));
        }
        document.add(centred("Tính đến ngày " + VietnameseFormat.date(content.asOf()), ITALIC, 12.5f));
        ZonedDateTime taken = content.takenAt().atZone(content.zone());
        Paragraph when = centred(
                "Số liệu lấy lúc " + MOMENT.format(taken) + " (giờ Việt Nam, UTC"
                        + taken.getOffset().getId().replace("Z", "+00:00") + ")",
                ITALIC,
                10.5f);
        when.setSpacingAfter(10);
        document.add(when);
    }

    private static void table(Document document, Table table, float size) throws DocumentException {
        Paragraph heading = paragraph(table.title(), BOLD, 12);
        heading.setSpacingAfter(6);
        document.add(heading);
        if (table.rows().isEmpty() && table.totals().isEmpty()) {
            document.add(paragraph("Không có số liệu.", ITALIC, 11));
            return;
        }
        float[] widths = new float[table.columns().size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = table.columns().get(i).width();
        }
        PdfPTable pdf = new PdfPTable(widths);
        pdf.setWidthPercentage(100);
        pdf.setHeaderRows(1);
        Font headingFont = new Font(BOLD, size - 0.5f);
        for (Column column : table.columns()) {
            PdfPCell cell = new PdfPCell(new Phrase(text(column.vietnamese()) + "\n", headingFont));
            cell.getPhrase().add(new Chunk(text(column.english()), new Font(ITALIC, size - 1)));
            cell.setHorizontalAlignment(Element.ALIGN_CENTER);
            cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
            cell.setBackgroundColor(SHADE);
            cell.setPadding(2.5f);
            pdf.addCell(cell);
        }
        Font plain = new Font(REGULAR, size);
        Font bold = new Font(BOLD, size);
        for (List<Cell> row : table.rows()) {
            row(pdf, row, plain);
        }
        for (List<Cell> row : table.totals()) {
            row(pdf, row, bold);
        }
        document.add(pdf);
    }

    private static void row(PdfPTable pdf, List<Cell> row, Font font) {
        for (Cell value : row) {
            PdfPCell cell = new PdfPCell(new Phrase(shown(value), font));
            cell.setHorizontalAlignment(value.kind() == Cell.Kind.TEXT ? Element.ALIGN_LEFT : Element.ALIGN_RIGHT);
            cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
            cell.setPadding(2.5f);
            pdf.addCell(cell);
        }
    }

    /** The Vietnamese way: 1.250; 83,25 %; 20/06/2024; a dash for a rate without a denominator. */
    static String shown(Cell cell) {
        if (cell.isEmpty()) {
            return cell.kind() == Cell.Kind.TEXT ? "" : "–";
        }
        return switch (cell.kind()) {
            case TEXT -> text((String) cell.value());
            case COUNT -> VietnameseFormat.number((Long) cell.value());
            case PERCENT -> VietnameseFormat.twoDecimals((BigDecimal) cell.value()) + " %";
            case DECIMAL -> VietnameseFormat.twoDecimals((BigDecimal) cell.value());
            case DATE -> VietnameseFormat.date((LocalDate) cell.value());
        };
    }

    private static void overdue(Document document, Table overdue) throws DocumentException {
        Paragraph gap = paragraph(" ", REGULAR, 6);
        gap.setSpacingBefore(6);
        document.add(gap);
        if (overdue.rows().isEmpty()) {
            document.add(paragraph(overdue.title(), BOLD, 12));
            document.add(paragraph("Không có nhiệm vụ chưa hoàn thành quá hạn.", ITALIC, 11));
            return;
        }
        table(document, overdue, 8);
    }

    /** The targets track on a page of its own: per agency, then the missed targets with value against target. */
    private static void targets(Document document, Table targets, Table missed) throws DocumentException {
        if (targets == null) {
            return;
        }
        document.newPage();
        table(document, targets, 8);
        Paragraph gap = paragraph(" ", REGULAR, 6);
        gap.setSpacingBefore(6);
        document.add(gap);
        if (missed == null || missed.rows().isEmpty()) {
            document.add(
                    paragraph(missed == null ? "4. Chỉ tiêu không đạt / Missed targets" : missed.title(), BOLD, 12));
            document.add(paragraph("Không có chỉ tiêu không đạt.", ITALIC, 11));
            return;
        }
        table(document, missed, 8);
    }

    /**
     * Horizontal bars, {@link #BARS_PER_CHART} agencies a page, drawn on a template that flows in
     * the text as an image: the scale 0–100 % with a line every 20 %, the agency's name at the left,
     * its rate at the bar's end.
     */
    private static void chart(Document document, PdfContentByte canvas, List<Bar> bars) throws DocumentException {
        if (bars.isEmpty()) {
            return;
        }
        float width = document.right() - document.left();
        for (int from = 0; from < bars.size(); from += BARS_PER_CHART) {
            document.newPage();
            Paragraph heading = paragraph(
                    "Biểu đồ: tỷ lệ hoàn thành đúng hạn trên số nhiệm vụ đến hạn, theo cơ quan"
                            + (from == 0 ? "" : " (tiếp theo)"),
                    BOLD,
                    12);
            heading.setSpacingAfter(2);
            document.add(heading);
            document.add(paragraph("On-time rate of the tasks that have fallen due, per agency", ITALIC, 10));
            List<Bar> page = bars.subList(from, Math.min(bars.size(), from + BARS_PER_CHART));
            document.add(chartImage(canvas, page, width));
        }
    }

    private static Image chartImage(PdfContentByte canvas, List<Bar> bars, float width) throws DocumentException {
        float rowHeight = 13;
        float labelWidth = 230;
        float valueWidth = 46;
        float axis = 14;
        float height = bars.size() * rowHeight + axis + 4;
        float plotLeft = labelWidth + 6;
        float plotWidth = width - plotLeft - valueWidth;
        PdfTemplate chart = canvas.createTemplate(width, height);
        chart.setLineWidth(0.4f);
        chart.setColorStroke(GRID);
        for (int tick = 0; tick <= 100; tick += 20) {
            float x = plotLeft + plotWidth * tick / 100;
            chart.moveTo(x, axis);
            chart.lineTo(x, height);
        }
        chart.stroke();
        chart.setColorFill(BAR);
        for (int i = 0; i < bars.size(); i++) {
            BigDecimal percent = bars.get(i).percent();
            if (percent != null && percent.signum() > 0) {
                float top = height - i * rowHeight;
                float length = plotWidth * Math.min(100f, percent.floatValue()) / 100;
                chart.rectangle(plotLeft, top - rowHeight + 3, length, rowHeight - 5);
            }
        }
        chart.fill();
        chart.beginText();
        chart.setColorFill(Color.BLACK);
        for (int tick = 0; tick <= 100; tick += 20) {
            float x = plotLeft + plotWidth * tick / 100;
            chart.setFontAndSize(REGULAR, 7.5f);
            chart.showTextAligned(Element.ALIGN_CENTER, tick + " %", x, 3, 0);
        }
        for (int i = 0; i < bars.size(); i++) {
            Bar bar = bars.get(i);
            float baseline = height - i * rowHeight - rowHeight + 5;
            chart.setFontAndSize(REGULAR, 8.5f);
            chart.showTextAligned(
                    Element.ALIGN_RIGHT, fit(text(bar.label()), 8.5f, labelWidth), labelWidth, baseline, 0);
            float end = bar.percent() == null
                    ? plotLeft
                    : plotLeft + plotWidth * Math.min(100f, bar.percent().floatValue()) / 100;
            String value = bar.percent() == null
                    ? "– (chưa có nhiệm vụ đến hạn)"
                    : VietnameseFormat.twoDecimals(bar.percent()) + " %";
            chart.setFontAndSize(bar.percent() == null ? ITALIC : BOLD, 8);
            chart.showTextAligned(Element.ALIGN_LEFT, value, end + 3, baseline, 0);
        }
        chart.endText();
        Image image = Image.getInstance(chart);
        image.setAlignment(Image.MIDDLE);
        return image;
    }

    /** The text cut with an ellipsis to fit the width. */
    private static String fit(String text, float size, float width) {
        if (REGULAR.getWidthPoint(text, size) <= width) {
            return text;
        }
        String cut = text;
        while (!cut.isEmpty() && REGULAR.getWidthPoint(cut + "…", size) > width) {
            cut = cut.substring(0, cut.length() - 1);
        }
        return cut.strip() + "…";
    }

    private static void rules(Document document, RulesInForce rules) throws DocumentException {
        document.newPage();
        document.add(paragraph("CÁCH TÍNH ĐIỂM VÀ XẾP LOẠI / Scoring and grades", BOLD, 13));
        Paragraph formula = paragraph(rules.formula(), REGULAR, 11.5f);
        formula.setSpacingBefore(6);
        document.add(formula);
        document.add(paragraph(
                "Trọng số / Weights: w₁ (hoàn thành trên số đến hạn) = " + rules.weightCompletedOfDue()
                        + "; w₂ (đúng hạn trên số đến hạn) = " + rules.weightOnTimeOfDue()
                        + "; w₃ (báo cáo đã nhận trên số phải nộp) = " + rules.weightReportingRate()
                        + "; w₄ (báo cáo đúng hạn trên số phải nộp) = " + rules.weightTimeliness() + ".",
                REGULAR,
                11.5f));
        Paragraph bands = paragraph("Xếp loại theo điểm / Grades by score:", BOLD, 11.5f);
        bands.setSpacingBefore(6);
        document.add(bands);
        String excellent = VietnameseFormat.twoDecimals(rules.bandExcellent());
        String good = VietnameseFormat.twoDecimals(rules.bandGood());
        String pass = VietnameseFormat.twoDecimals(rules.bandPass());
        document.add(band(Grade.XUAT_SAC, "từ " + excellent + " điểm trở lên"));
        document.add(band(Grade.TOT, "từ " + good + " đến dưới " + excellent + " điểm"));
        document.add(band(Grade.HOAN_THANH, "từ " + pass + " đến dưới " + good + " điểm"));
        document.add(band(Grade.KHONG_HOAN_THANH, "dưới " + pass + " điểm"));
        Paragraph source = paragraph(
                rules.validFrom() == null
                        ? "Quy tắc mặc định của hệ thống / The product's default rules."
                        : "Quy tắc áp dụng từ "
                                + VietnameseFormat.date(
                                        LocalDate.ofInstant(rules.validFrom(), ZoneId.of("Asia/Ho_Chi_Minh")))
                                + ", do " + rules.setBy() + " đặt / Rules in force from "
                                + rules.validFrom() + ", set by " + rules.setBy() + ".",
                ITALIC,
                10.5f);
        source.setSpacingBefore(6);
        document.add(source);
        Paragraph targets = paragraph(
                "Chỉ tiêu / Targets: " + RulesInForce.TARGETS_RULE + ". Quy tắc loại khỏi xét thi đua"
                        + " / The emulation rule: "
                        + (rules.excludeMissedTargets() ? "đang áp dụng / on" : "không áp dụng / off")
                        + ".",
                REGULAR,
                10.5f);
        targets.setSpacingBefore(6);
        document.add(targets);
        document.add(paragraph(
                "Tỷ lệ làm tròn hai chữ số thập phân theo hướng không có lợi cho cơ quan: tỷ lệ hoàn thành, đúng hạn,"
                        + " báo cáo làm tròn xuống; tỷ lệ quá hạn làm tròn lên. Dấu \"–\": chưa có mẫu số.",
                ITALIC,
                10.5f));
    }

    private static Paragraph band(Grade grade, String range) {
        Paragraph line = new Paragraph(14.5f, "", new Font(REGULAR, 11.5f));
        line.add(new Chunk("– " + grade.vietnamese() + " (" + grade.english() + "): ", new Font(BOLD, 11.5f)));
        line.add(new Chunk(range + ".", new Font(REGULAR, 11.5f)));
        line.setIndentationLeft(14);
        return line;
    }

    private static Paragraph centred(String text, BaseFont font, float size) {
        Paragraph paragraph = paragraph(text, font, size);
        paragraph.setAlignment(Element.ALIGN_CENTER);
        return paragraph;
    }

    private static Paragraph paragraph(String text, BaseFont font, float size) {
        // the paragraph's own font writes its line ends: without one it would be Helvetica, unembedded
        Paragraph paragraph = new Paragraph(size * 1.25f, "", new Font(font, size));
        paragraph.addAll(chunks(text, font, size));
        return paragraph;
    }

    /**
     * The text in chunks the font can print. Liberation Serif has no subscript digits (the
     * formula's w₁): they are written as digits set lower and smaller, so that nothing is lost.
     */
    static List<Chunk> chunks(String text, BaseFont font, float size) {
        String composed = text(text);
        List<Chunk> chunks = new ArrayList<>();
        StringBuilder plain = new StringBuilder();
        for (int i = 0; i < composed.length(); i++) {
            char c = composed.charAt(i);
            if (c >= '\u2080' && c <= '\u2089') {
                if (!plain.isEmpty()) {
                    chunks.add(new Chunk(plain.toString(), new Font(font, size)));
                    plain.setLength(0);
                }
                Chunk digit = new Chunk(String.valueOf((char) ('0' + (c - '\u2080'))), new Font(font, size * 0.7f));
                digit.setTextRise(-size * 0.2f);
                chunks.add(digit);
            } else {
                plain.append(c);
            }
        }
        if (!plain.isEmpty() || chunks.isEmpty()) {
            chunks.add(new Chunk(plain.toString(), new Font(font, size)));
        }
        return chunks;
    }

    /** Whether every character of the text has a glyph in the regular, bold and italic faces. */
    public static boolean prints(String text) {
        return text(text)
                .chars()
                .allMatch(c -> Character.isWhitespace(c)
                        || (REGULAR.charExists(c) && BOLD.charExists(c) && ITALIC.charExists(c)));
    }

    private static PdfPCell borderless() {
        PdfPCell cell = new PdfPCell();
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setPaddingBottom(8);
        return cell;
    }

    /** Text in the composed form the font's table maps: a name typed with combining marks prints too. */
    static String text(String text) {
        return text == null ? "" : Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    private static BaseFont font(String file) {
        try (InputStream in = ScorecardPdf.class.getResourceAsStream(FONTS + file)) {
            if (in == null) {
                throw new IllegalStateException("The font " + file
                        + " is missing: com.mpobjects.jasperreports.font:jasperreports-fonts-liberation");
            }
            return BaseFont.createFont(file, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, in.readAllBytes(), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A short rule centred under the cell's text, as Nghị định 30 draws under the body and the motto. */
    private record Underline(float length) implements PdfPCellEvent {

        @Override
        public void cellLayout(PdfPCell cell, Rectangle position, PdfContentByte[] canvases) {
            PdfContentByte canvas = canvases[PdfPTable.LINECANVAS];
            float middle = (position.getLeft() + position.getRight()) / 2;
            float y = position.getBottom() + 1.5f;
            canvas.saveState();
            canvas.setLineWidth(0.6f);
            canvas.moveTo(middle - length / 2, y);
            canvas.lineTo(middle + length / 2, y);
            canvas.stroke();
            canvas.restoreState();
        }
    }

    /** "Trang x/y" at the foot of every page: y is written into a template when the document closes. */
    private static final class PageNumbers extends PdfPageEventHelper {

        private PdfTemplate total;

        @Override
        public void onOpenDocument(PdfWriter writer, Document document) {
            total = writer.getDirectContent().createTemplate(30, 14);
        }

        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            PdfContentByte canvas = writer.getDirectContent();
            String page = "Trang " + writer.getPageNumber() + "/";
            float size = 9.5f;
            float width = REGULAR.getWidthPoint(page, size);
            float x = (document.left() + document.right()) / 2 - width / 2;
            float y = document.bottom() - 22;
            canvas.beginText();
            canvas.setFontAndSize(REGULAR, size);
            canvas.setTextMatrix(x, y);
            canvas.showText(page);
            canvas.endText();
            canvas.addTemplate(total, x + width, y);
        }

        @Override
        public void onCloseDocument(PdfWriter writer, Document document) {
            total.beginText();
            total.setFontAndSize(REGULAR, 9.5f);
            total.setTextMatrix(0, 0);
            total.showText(String.valueOf(writer.getPageNumber() - 1));
            total.endText();
        }
    }
}
