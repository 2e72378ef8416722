package vn.dondoc.scorecards.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import vn.dondoc.scorecards.boundary.ScorecardView.AgencyScore;
import vn.dondoc.scorecards.boundary.ScorecardView.DocumentScore;
import vn.dondoc.scorecards.boundary.ScorecardView.GroupScore;
import vn.dondoc.scorecards.boundary.ScorecardView.OverdueAging;
import vn.dondoc.scorecards.boundary.ScorecardView.Rates;
import vn.dondoc.scorecards.boundary.ScorecardView.Reports;
import vn.dondoc.scorecards.boundary.ScorecardView.Requests;
import vn.dondoc.scorecards.boundary.ScorecardView.Tasks;
import vn.dondoc.scorecards.control.Percent;
import vn.dondoc.scorecards.control.RulesInForce;
import vn.dondoc.scorecards.control.ScorecardCsv;
import vn.dondoc.scorecards.control.ScorecardPdf;
import vn.dondoc.scorecards.control.ScorecardXlsx;

/**
 * The three files of one scorecard, written from the same tables and read back as a person's
 * program would: the CSV as text, the workbook with POI, the PDF with PDFBox (text, fonts, page 1
 * rendered to {@code target/scorecard-page-1.png} to look at).
 */
class ScorecardFilesWritingTest {

    private static final LocalDate AS_OF = LocalDate.of(2024, 6, 20);
    private static final Instant TAKEN = Instant.parse("2024-06-20T03:00:00Z");

    @Test
    void theCsvIsUtf8WithABomHeadingsInBothLanguagesPlainNumbersAndTheTotalsLast() {
        byte[] csv = ScorecardCsv.write(ScorecardTables.agencies(view(3)));

        assertThat(Arrays.copyOf(csv, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        String text = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8);
        assertThat(text).endsWith("\r\n").doesNotContain("\n\n");
        List<String> lines = List.of(text.split("\r\n"));
        assertThat(lines).hasSize(1 + 3 + 1);
        assertThat(lines.get(0))
                .startsWith("Mã cơ quan / Agency code,\"Cơ quan, đơn vị / Agency\",Nhiệm vụ được giao / Assigned,"
                        + "Nhiệm vụ đến hạn / Due,Đã hoàn thành đúng hạn / Completed on time,")
                .contains(",\"Chưa hoàn thành, quá hạn / Open, overdue\",")
                .contains("Tỷ lệ hoàn thành trên số đến hạn (%) / Completed of due (%)")
                .contains("Tỷ lệ hoàn thành trên số được giao (%) / Completed of assigned (%)")
                .endsWith(",Điểm / Score,Xếp loại / Grade");
        // Sở Tư pháp: 10 assigned, 8 due (5 on time, 1 late, 2 overdue), 2 within; 4 of 5 reports
        assertThat(lines.get(1))
                .isEqualTo("so-tu-phap,Sở Tư pháp,10,8,5,1,2,2,75.00,62.50,25.00,60.00,5,4,3,80.00,"
                        + "60.00,66.25,Hoàn thành");
        // nothing due and nothing expected: no rate, no score, empty fields
        assertThat(lines.get(2)).isEqualTo("so-noi-vu,Sở Nội vụ,3,0,0,0,3,0,,,,0.00,0,0,0,,,,");
        assertThat(lines.get(4)).startsWith(",Tổng cộng / Total,");
        assertThat(lines).allSatisfy(l -> assertThat(fields(l)).isEqualTo(19));
    }

    @Test
    void aNameThatLooksLikeAFormulaIsWrittenInertInTheCsvAndAsTextInTheWorkbook() throws IOException {
        ScorecardView view = view(3);
        List<AgencyScore> agencies = new ArrayList<>(view.agencies());
        AgencyScore first = agencies.get(0);
        agencies.set(
                0,
                new AgencyScore(
                        first.agencyCode(),
                        "=HYPERLINK(\"http://x\")",
                        first.tasks(),
                        first.rates(),
                        first.reports(),
                        first.periods(),
                        first.overdueAging(),
                        first.requests(),
                        null,
                        first.score(),
                        first.grade(),
                        first.gradeName(),
                        ""));
        ScorecardView changed = new ScorecardView(
                view.asOf(),
                view.takenAt(),
                view.documentId(),
                view.documentNumber(),
                agencies,
                view.totals(),
                view.groups(),
                view.documents(),
                view.trend(),
                view.rules());

        String csv = new String(ScorecardCsv.write(ScorecardTables.agencies(changed)), StandardCharsets.UTF_8);
        assertThat(csv.lines().toList().get(1)).startsWith("so-tu-phap,\"'=HYPERLINK(\"\"http://x\"\")\",10,");
        try (XSSFWorkbook book = new XSSFWorkbook(
                new ByteArrayInputStream(ScorecardXlsx.write(List.of(ScorecardTables.agencies(changed)))))) {
            XSSFCell name = book.getSheetAt(0).getRow(1).getCell(1);
            assertThat(name.getCellType()).isEqualTo(CellType.STRING);
            assertThat(name.getStringCellValue()).isEqualTo("=HYPERLINK(\"http://x\")");
        }
    }

    @Test
    void sqlAndHtmlInANameAndATaskArePrintedAsTheirLettersInThePdfAndKeptAsTextInTheWorkbook() throws IOException {
        String agency = "Sở Tư pháp <script>alert(1)</script> ' OR 1=1 --";
        String task = "Tuyên truyền <img src=x onerror=alert(2)> '; DROP TABLE report; --";
        ScorecardView view = view(3);
        List<AgencyScore> agencies = new ArrayList<>(view.agencies());
        AgencyScore first = agencies.get(0);
        agencies.set(
                0,
                new AgencyScore(
                        first.agencyCode(),
                        agency,
                        first.tasks(),
                        first.rates(),
                        first.reports(),
                        first.periods(),
                        first.overdueAging(),
                        first.requests(),
                        null,
                        first.score(),
                        first.grade(),
                        first.gradeName(),
                        ""));
        ScorecardView hostile = new ScorecardView(
                view.asOf(),
                view.takenAt(),
                view.documentId(),
                view.documentNumber(),
                agencies,
                view.totals(),
                view.groups(),
                view.documents(),
                view.trend(),
                view.rules());
        List<ScorecardLine> lines = new ArrayList<>(overdue());
        ScorecardLine line = lines.get(0);
        lines.set(
                0,
                new ScorecardLine(
                        line.kind(),
                        line.itemId(),
                        line.obligationId(),
                        line.documentId(),
                        line.documentNumber(),
                        line.agencyCode(),
                        agency,
                        line.subject(),
                        task,
                        line.dueOn(),
                        line.originalDueOn(),
                        line.doneOn(),
                        line.status(),
                        line.statusName(),
                        line.daysOverdue(),
                        line.aging(),
                        line.link()));

        byte[] pdf = ScorecardPdf.write(new ScorecardPdf.Content(
                "ỦY BAN NHÂN DÂN TỈNH VĨNH PHÚC",
                "204/KH-UBND",
                hostile.asOf(),
                hostile.takenAt(),
                ZoneId.of("Asia/Ho_Chi_Minh"),
                ScorecardTables.agencies(hostile),
                ScorecardTables.overdue(lines),
                ScorecardTables.onTimeBars(hostile),
                hostile.rules()));
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", "");
            assertThat(text).contains(agency.replaceAll("\\s+", "")).contains(task.replaceAll("\\s+", ""));
        }
        try (XSSFWorkbook book =
                new XSSFWorkbook(new ByteArrayInputStream(ScorecardXlsx.write(ScorecardTables.all(hostile, lines))))) {
            XSSFCell name = book.getSheet("Cơ quan").getRow(1).getCell(1);
            assertThat(name.getCellType()).isEqualTo(CellType.STRING);
            assertThat(name.getStringCellValue()).isEqualTo(agency);
            XSSFCell what = book.getSheet("Nhiệm vụ quá hạn").getRow(1).getCell(3);
            assertThat(what.getCellType()).isEqualTo(CellType.STRING);
            assertThat(what.getStringCellValue()).isEqualTo(task);
        }
    }

    @Test
    void theOverdueCsvHasIsoDatesAndDaysOverdue() {
        String text = new String(ScorecardCsv.write(ScorecardTables.overdue(overdue())), StandardCharsets.UTF_8);

        assertThat(text.lines().toList().get(2))
                .as("the agency's own plan: no item code, its name is the task")
                .isEqualTo("Sở Nội vụ,204/KH-UBND,,Kế hoạch thực hiện của cơ quan / The agency's own plan,2024-06-01,"
                        + "2024-06-01,19,≤ 30 ngày");
        assertThat(text.lines().toList().get(1))
                .isEqualTo(
                        "Sở Tư pháp,204/KH-UBND,1.2,\"Tuyên truyền, phổ biến \"\"Luật\"\"\",2024-03-31,2024-02-29,81,"
                                + "31–90 ngày");
    }

    @Test
    void theWorkbookHasASheetPerTableNumericCellsDateCellsAndABoldFrozenHeading() throws IOException {
        ScorecardView view = view(3);
        byte[] xlsx = ScorecardXlsx.write(ScorecardTables.all(view, overdue()));

        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(List.of(book.getSheetName(0), book.getSheetName(1), book.getSheetName(2), book.getSheetName(3)))
                    .containsExactly("Cơ quan", "Nhóm cơ quan", "Văn bản", "Nhiệm vụ quá hạn");
            XSSFSheet agencies = book.getSheet("Cơ quan");
            Row heading = agencies.getRow(0);
            assertThat(heading.getCell(1).getStringCellValue()).isEqualTo("Cơ quan, đơn vị / Agency");
            assertThat(book.getFontAt(heading.getCell(1).getCellStyle().getFontIndex())
                            .getBold())
                    .isTrue();
            assertThat(agencies.getPaneInformation().isFreezePane()).isTrue();
            assertThat(agencies.getPaneInformation().getHorizontalSplitPosition())
                    .isEqualTo((short) 1);
            assertThat(agencies.getColumnWidth(1)).isGreaterThan(agencies.getColumnWidth(2));

            Row justice = agencies.getRow(1);
            assertThat(justice.getCell(1).getStringCellValue()).isEqualTo("Sở Tư pháp");
            XSSFCell assigned = (XSSFCell) justice.getCell(2);
            assertThat(assigned.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(assigned.getNumericCellValue()).isEqualTo(10);
            XSSFCell onTime = (XSSFCell) justice.getCell(9);
            assertThat(onTime.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(onTime.getNumericCellValue()).isEqualTo(62.5);
            assertThat(onTime.getCellStyle().getDataFormatString()).isEqualTo("0.00");
            assertThat(agencies.getRow(2).getCell(8).getCellType()).isEqualTo(CellType.BLANK);
            Row totals = agencies.getRow(4);
            assertThat(totals.getCell(1).getStringCellValue()).isEqualTo("Tổng cộng / Total");
            assertThat(totals.getCell(2).getNumericCellValue())
                    .isEqualTo(view.totals().tasks().assigned());
            assertThat(book.getFontAt(totals.getCell(2).getCellStyle().getFontIndex())
                            .getBold())
                    .isTrue();

            XSSFSheet overdue = book.getSheet("Nhiệm vụ quá hạn");
            XSSFCell due = overdue.getRow(1).getCell(4);
            assertThat(due.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(DateUtil.isCellDateFormatted(due)).isTrue();
            assertThat(due.getCellStyle().getDataFormatString()).isEqualTo("dd/mm/yyyy");
            assertThat(due.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2024, 3, 31));
            assertThat(overdue.getRow(1).getCell(3).getStringCellValue()).isEqualTo("Tuyên truyền, phổ biến \"Luật\"");
            assertThat(book.getSheet("Nhóm cơ quan").getRow(1).getCell(1).getStringCellValue())
                    .isEqualTo("Khối sở, ban, ngành");
        }
    }

    @Test
    void thePdfHasTheLetterheadTheTitleTheTablesInVietnameseNumbersAndTheRulesWithEveryFontEmbedded()
            throws IOException {
        byte[] pdf = ScorecardPdf.write(content(view(3)));

        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDPage first = doc.getPage(0);
            // A4, turned sideways for the wide table
            float width = first.getMediaBox().getWidth();
            float height = first.getMediaBox().getHeight();
            assertThat(Math.min(width, height)).isCloseTo(595, Offset.offset(1f));
            assertThat(Math.max(width, height)).isCloseTo(842, Offset.offset(1f));
            assertThat(first.getRotation() % 180 == 0 ? width > height : height > width)
                    .as("landscape")
                    .isTrue();
            int pages = doc.getNumberOfPages();
            String text = oneLine(new PDFTextStripper().getText(doc));
            assertThat(text)
                    .contains("ỦY BAN NHÂN DÂN TỈNH VĨNH PHÚC")
                    .contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
                    .contains("Độc lập - Tự do - Hạnh phúc")
                    .contains("BẢNG ĐÁNH GIÁ MỨC ĐỘ HOÀN THÀNH NHIỆM VỤ")
                    .contains("Thực hiện văn bản số 204/KH-UBND")
                    .contains("Tính đến ngày 20/06/2024")
                    .contains("Số liệu lấy lúc 10:00 ngày 20/06/2024 (giờ Việt Nam, UTC+07:00)")
                    .contains("Sở Tư pháp", "Sở Nội vụ")
                    .contains("Tỷ lệ đúng hạn trên số đến hạn (%)", "Tỷ lệ hoàn thành trên số được giao (%)")
                    .contains("62,50 %", "1.250", "86,95 %")
                    .contains("Tuyên truyền, phổ biến \"Luật\"", "31/03/2024", "31–90 ngày", "≤ 30 ngày", "19")
                    .contains("tỷ lệ hoàn thành đúng hạn trên số nhiệm vụ đến hạn")
                    .contains("Trang 1/" + pages);
            String last = oneLine(pageText(doc, pages));
            assertThat(last)
                    .contains("CÁCH TÍNH ĐIỂM VÀ XẾP LOẠI")
                    // w₁ is printed as w and a lowered 1: the font has no subscript digits
                    .contains(oneLine(RulesInForce.FORMULA
                            .replace('₁', '1')
                            .replace('₂', '2')
                            .replace('₃', '3')
                            .replace('₄', '4')))
                    .contains("w1 (hoàn thành trên số đến hạn) = 30")
                    .contains("Xuất sắc (Excellent): từ 90,00 điểm trở lên")
                    .contains("Không hoàn thành (Fail): dưới 50,00 điểm")
                    .contains("Trang " + pages + "/" + pages);
            assertThat(fontsOf(doc))
                    .isNotEmpty()
                    .allSatisfy(f -> assertThat(embedded(f))
                            .as(f.getName() + " embedded")
                            .isTrue());
            assertThat(fontsOf(doc).stream().map(PDFont::getName)).allMatch(n -> n.contains("LiberationSerif"));

            BufferedImage page1 = new PDFRenderer(doc).renderImageWithDPI(0, 110);
            Path png = Path.of("target", "scorecard-page-1.png");
            Files.createDirectories(png.getParent());
            ImageIO.write(page1, "png", png.toFile());
            assertThat(Files.size(png)).isGreaterThan(10_000);
            assertThat(darkShare(page1)).isBetween(0.005, 0.5);
            BufferedImage chart = new PDFRenderer(doc).renderImageWithDPI(1, 110);
            ImageIO.write(
                    chart, "png", Path.of("target", "scorecard-page-2.png").toFile());
        }
    }

    @Test
    void twoHundredFiftyAgenciesRunOverPagesEachNumberedOfTheTotal() throws IOException {
        byte[] pdf = ScorecardPdf.write(content(view(250)));

        try (PDDocument doc = Loader.loadPDF(pdf)) {
            int pages = doc.getNumberOfPages();
            assertThat(pages).isGreaterThan(10);
            for (int p = 1; p <= pages; p++) {
                assertThat(pageText(doc, p)).contains("Trang " + p + "/" + pages);
            }
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("Sở số 249").contains("(tiếp theo)");
        }
    }

    @Test
    void theFontPrintsEveryVietnameseLetterInItsThreeFaces() {
        String letters = "aàáảãạăằắẳẵặâầấẩẫậbcdđeèéẻẽẹêềếểễệghiìíỉĩịklmnoòóỏõọôồốổỗộơờớởỡợpqrstuùúủũụưừứửữựvxyỳýỷỹỵ";
        assertThat(ScorecardPdf.prints(letters)).isTrue();
        assertThat(ScorecardPdf.prints(letters.toUpperCase(java.util.Locale.ROOT)))
                .isTrue();
        assertThat(ScorecardPdf.prints("–…×÷·≤>%")).isTrue();
        // decomposed input (a combining mark after the letter) is composed before printing
        assertThat(ScorecardPdf.prints("Tu\u031B pha\u0301p")).isTrue();
        assertThat(ScorecardPdf.prints("w₁"))
                .as("no subscript digits: written as lowered digits")
                .isFalse();
    }

    private static ScorecardPdf.Content content(ScorecardView view) {
        return new ScorecardPdf.Content(
                "ỦY BAN NHÂN DÂN TỈNH VĨNH PHÚC",
                "204/KH-UBND",
                view.asOf(),
                view.takenAt(),
                ZoneId.of("Asia/Ho_Chi_Minh"),
                ScorecardTables.agencies(view),
                ScorecardTables.overdue(overdue()),
                ScorecardTables.onTimeBars(view),
                view.rules());
    }

    /** Sở Tư pháp, Sở Nội vụ (nothing due), a big agency (1,250 tasks), and more numbered agencies. */
    static ScorecardView view(int agencies) {
        List<AgencyScore> lines = new ArrayList<>();
        lines.add(agency("so-tu-phap", "Sở Tư pháp", 5, 1, 2, 2, 5, 4, 3, new BigDecimal("66.25")));
        lines.add(agency("so-noi-vu", "Sở Nội vụ", 0, 0, 3, 0, 0, 0, 0, null));
        lines.add(agency("so-lon", "Sở Kế hoạch và Đầu tư", 1000, 100, 100, 50, 4, 4, 4, new BigDecimal("87.31")));
        for (int i = 3; i < agencies; i++) {
            lines.add(agency("so-" + i, "Sở số " + i, i % 7, i % 3, 1, i % 5, 2, 1, 1, new BigDecimal("61.20")));
        }
        long[] sum = new long[7];
        for (AgencyScore a : lines) {
            sum[0] += a.tasks().completedOnTime();
            sum[1] += a.tasks().completedLate();
            sum[2] += a.tasks().openWithinDeadline();
            sum[3] += a.tasks().openOverdue();
            sum[4] += a.reports().expected();
            sum[5] += a.reports().received();
            sum[6] += a.reports().receivedOnTime();
        }
        AgencyScore totals = agency(
                null,
                "Tổng cộng / Total",
                sum[0],
                sum[1],
                sum[2],
                sum[3],
                sum[4],
                sum[5],
                sum[6],
                new BigDecimal("80.00"));
        AgencyScore justice = lines.get(0);
        return new ScorecardView(
                AS_OF,
                TAKEN,
                7L,
                "204/KH-UBND",
                lines,
                totals,
                List.of(new GroupScore(
                        "khoi-so",
                        "Khối sở, ban, ngành",
                        2,
                        justice.tasks(),
                        justice.rates(),
                        justice.reports(),
                        justice.overdueAging(),
                        justice.score(),
                        justice.grade(),
                        justice.gradeName(),
                        "")),
                List.of(new DocumentScore(
                        7,
                        "204/KH-UBND",
                        "Kế hoạch thực hiện Đề án",
                        totals.tasks(),
                        totals.rates(),
                        totals.reports(),
                        totals.overdueAging(),
                        totals.score(),
                        totals.grade(),
                        totals.gradeName(),
                        "")),
                List.of(),
                new RulesInForce(
                        30,
                        30,
                        20,
                        20,
                        new BigDecimal("90"),
                        new BigDecimal("75"),
                        new BigDecimal("50"),
                        false,
                        Instant.EPOCH,
                        "system",
                        RulesInForce.FORMULA));
    }

    private static AgencyScore agency(
            String code,
            String name,
            long onTime,
            long late,
            long within,
            long overdue,
            long expected,
            long received,
            long receivedOnTime,
            BigDecimal score) {
        long due = onTime + late + overdue;
        long assigned = due + within;
        Tasks tasks = new Tasks(assigned, due, onTime, late, within, overdue);
        Rates rates = new Rates(
                Percent.favourable(onTime + late, due),
                Percent.favourable(onTime, due),
                Percent.unfavourable(overdue, due),
                Percent.favourable(onTime + late, assigned),
                Percent.favourable(onTime, assigned),
                Percent.unfavourable(overdue, assigned));
        Reports reports = new Reports(
                expected,
                received,
                receivedOnTime,
                Percent.favourable(received, expected),
                Percent.favourable(receivedOnTime, expected));
        String grade = score == null ? null : gradeOf(score);
        return new AgencyScore(
                code,
                name,
                tasks,
                rates,
                reports,
                List.of(),
                new OverdueAging(overdue, 0, 0, 0),
                Requests.NONE,
                null,
                score,
                grade,
                grade,
                "");
    }

    private static String gradeOf(BigDecimal score) {
        if (score.compareTo(new BigDecimal("90")) >= 0) {
            return "XUAT_SAC";
        }
        if (score.compareTo(new BigDecimal("75")) >= 0) {
            return "TOT";
        }
        return score.compareTo(new BigDecimal("50")) >= 0 ? "HOAN_THANH" : "KHONG_HOAN_THANH";
    }

    static List<ScorecardLine> overdue() {
        return List.of(
                new ScorecardLine(
                        "ITEM",
                        11L,
                        null,
                        7,
                        "204/KH-UBND",
                        "so-tu-phap",
                        "Sở Tư pháp",
                        "1.2",
                        "Tuyên truyền, phổ biến \"Luật\"",
                        LocalDate.of(2024, 3, 31),
                        LocalDate.of(2024, 2, 29),
                        null,
                        "OPEN_OVERDUE",
                        "",
                        81,
                        "FROM_31_TO_90",
                        ""),
                new ScorecardLine(
                        "DELIVERABLE",
                        null,
                        12L,
                        7,
                        "204/KH-UBND",
                        "so-noi-vu",
                        "Sở Nội vụ",
                        "Kế hoạch thực hiện của cơ quan / The agency's own plan",
                        null,
                        LocalDate.of(2024, 6, 1),
                        LocalDate.of(2024, 6, 1),
                        null,
                        "OPEN_OVERDUE",
                        "",
                        19,
                        "UP_TO_30",
                        ""));
    }

    private static int fields(String csvLine) {
        int fields = 1;
        boolean quoted = false;
        for (char c : csvLine.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                fields++;
            }
        }
        return fields;
    }

    private static String pageText(PDDocument doc, int page) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return stripper.getText(doc);
    }

    private static String oneLine(String text) {
        return text.replaceAll("\\s+", " ");
    }

    /** Every font of every page, and of the forms (the chart, the page count) drawn on them. */
    private static Set<PDFont> fontsOf(PDDocument doc) throws IOException {
        Set<PDFont> fonts = new HashSet<>();
        for (PDPage page : doc.getPages()) {
            collect(page.getResources(), fonts, new HashSet<>());
        }
        return fonts;
    }

    private static void collect(PDResources resources, Set<PDFont> fonts, Set<COSName> seen) throws IOException {
        if (resources == null) {
            return;
        }
        for (COSName name : resources.getFontNames()) {
            fonts.add(resources.getFont(name));
        }
        for (COSName name : resources.getXObjectNames()) {
            PDXObject object = resources.getXObject(name);
            if (object instanceof PDFormXObject form && seen.add(name)) {
                collect(form.getResources(), fonts, seen);
            }
        }
    }

    /** A FontFile2 (TrueType) or FontFile3 in the descriptor: the font's program is in the file. */
    private static boolean embedded(PDFont font) {
        PDFontDescriptor descriptor = font instanceof PDType0Font type0
                ? type0.getDescendantFont().getFontDescriptor()
                : font.getFontDescriptor();
        return descriptor != null && (descriptor.getFontFile2() != null || descriptor.getFontFile3() != null);
    }

    private static double darkShare(BufferedImage image) {
        long dark = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                int grey = ((rgb >> 16 & 0xFF) + (rgb >> 8 & 0xFF) + (rgb & 0xFF)) / 3;
                if (grey < 128) {
                    dark++;
                }
            }
        }
        return (double) dark / ((long) image.getWidth() * image.getHeight());
    }
}
