package vn.dondoc.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The scorecard as files over HTTP, Kế hoạch 204 imported, the server's clock fixed at 20/06/2024
 * 10:00 in Vĩnh Phúc: the PDF, the CSV and the workbook as the secretariat and as one agency get
 * them; the same numbers in the CSV and the workbook; another tenant finds nothing. Its own
 * deployment, for its own clock.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ScorecardFilesIT {

    private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @ArquillianResource
    URL base;

    private Api api;
    private long document;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.productWarWith("dondoc.clock=2024-06-20T03:00:00Z\n");
    }

    @BeforeEach
    void kehoach204() throws SQLException {
        api = new Api(base, TOKENS);
        TenantDocuments.clear("vinh-phuc", "dong-thap");
        document = api.importKeHoach204(secretariat());
    }

    @Test
    void theSecretariatGetsThePdfTheCsvAndTheWorkbookWithTheSameNumbers() throws Exception {
        String query = "?asOf=2024-06-20&document=" + document;

        HttpResponse<byte[]> csv = download("api/v1/scorecard.csv" + query, secretariat());
        assertThat(csv.statusCode())
                .as(new String(csv.body(), StandardCharsets.UTF_8))
                .isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type"))
                .hasValueSatisfying(
                        t -> assertThat(t.toLowerCase()).startsWith("text/csv").contains("charset=utf-8"));
        assertThat(csv.headers().firstValue("Content-Disposition"))
                .hasValueSatisfying(d -> assertThat(d)
                        .startsWith("attachment; filename=\"Bang danh gia 204-KH-UBND Co quan 2024-06-20.csv\"")
                        .contains("filename*=UTF-8''B%E1%BA%A3ng%20%C4%91%C3%A1nh%20gi%C3%A1"));
        assertThat(Arrays.copyOf(csv.body(), 3)).containsExactly(0xEF, 0xBB, 0xBF);
        List<String> lines = lines(csv.body());
        assertThat(lines.get(0)).startsWith("Mã cơ quan / Agency code,\"Cơ quan, đơn vị / Agency\",");
        assertThat(lines).hasSizeGreaterThan(3).anySatisfy(l -> assertThat(l).startsWith("so-tu-phap,Sở Tư pháp,"));
        String[] totals = fields(lines.get(lines.size() - 1));
        assertThat(totals[1]).isEqualTo("Tổng cộng / Total");
        long assigned = Long.parseLong(totals[2]);
        long openOverdue = Long.parseLong(totals[7]);
        assertThat(assigned).as("Kế hoạch 204 gives its agencies dated tasks").isPositive();
        assertThat(openOverdue).as("some are overdue by 20/06/2024").isPositive();

        HttpResponse<byte[]> overdue = download("api/v1/scorecard.csv" + query + "&table=overdue", secretariat());
        assertThat(overdue.statusCode()).isEqualTo(200);
        assertThat(lines(overdue.body())).as("one line per open overdue task").hasSize(1 + (int) openOverdue);

        HttpResponse<byte[]> xlsx = download("api/v1/scorecard.xlsx" + query, secretariat());
        assertThat(xlsx.statusCode()).isEqualTo(200);
        assertThat(xlsx.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith(XLSX));
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            assertThat(book.getNumberOfSheets()).isEqualTo(6);
            assertThat(book.getSheet("Chỉ tiêu"))
                    .as("the targets track (D-047)")
                    .isNotNull();
            assertThat(book.getSheet("Chỉ tiêu không đạt")).isNotNull();
            XSSFSheet agencies = book.getSheet("Cơ quan");
            assertThat(agencies.getLastRowNum()).isEqualTo(lines.size() - 1);
            Row first = agencies.getRow(1);
            assertThat(first.getCell(1).getStringCellValue()).isEqualTo(fields(lines.get(1))[1]);
            assertThat(first.getCell(2).getCellType()).isEqualTo(CellType.NUMERIC);
            Row total = agencies.getRow(agencies.getLastRowNum());
            assertThat(total.getCell(2).getNumericCellValue()).isEqualTo(assigned);
            assertThat(total.getCell(7).getNumericCellValue()).isEqualTo(openOverdue);
            assertThat(book.getSheet("Nhiệm vụ quá hạn").getLastRowNum()).isEqualTo((int) openOverdue);
        }

        HttpResponse<byte[]> pdf = download("api/v1/scorecard.pdf" + query, secretariat());
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(pdf.headers().firstValue("Content-Disposition"))
                .hasValueSatisfying(
                        d -> assertThat(d).contains("filename=\"Bang danh gia 204-KH-UBND 2024-06-20.pdf\""));
        // for a person to look at
        java.nio.file.Files.write(java.nio.file.Path.of("target", "ScorecardFilesIT-kh-204.pdf"), pdf.body());
        try (PDDocument doc = Loader.loadPDF(pdf.body())) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertThat(text)
                    .contains("ỦY BAN NHÂN DÂN TỈNH VĨNH PHÚC")
                    .contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
                    .contains("BẢNG ĐÁNH GIÁ MỨC ĐỘ HOÀN THÀNH NHIỆM VỤ")
                    .contains("Thực hiện văn bản số 204/KH-UBND")
                    .contains("Tính đến ngày 20/06/2024")
                    .contains("Số liệu lấy lúc 10:00 ngày 20/06/2024")
                    .contains("Sở Tư pháp")
                    .contains("Nhiệm vụ chưa hoàn thành, quá hạn")
                    .contains("Biểu đồ: tỷ lệ hoàn thành đúng hạn")
                    .contains("CÁCH TÍNH ĐIỂM VÀ XẾP LOẠI")
                    .contains("Trang 1/" + doc.getNumberOfPages());
        }
    }

    @Test
    void anAgencyGetsItsOwnLineAnotherTenantNothingAndABadDayIsRefused() {
        HttpResponse<byte[]> own = download("api/v1/scorecard.csv", api.token("vinh-phuc", "so-tu-phap"));
        assertThat(own.statusCode()).isEqualTo(200);
        List<String> lines = lines(own.body());
        assertThat(lines).hasSize(3);
        assertThat(lines.get(1)).startsWith("so-tu-phap,Sở Tư pháp,");
        assertThat(download("api/v1/scorecard.xlsx", api.token("vinh-phuc", "so-tu-phap.head"))
                        .statusCode())
                .isEqualTo(200);

        String other = api.token("dong-thap", "secretariat");
        api.get("api/v1/scorecard.pdf?document=" + document, other).isProblem(404);
        api.get("api/v1/scorecard.xlsx?document=" + document, other).isProblem(404);
        api.get("api/v1/scorecard.csv?document=" + document, other).isProblem(404);
        api.get("api/v1/scorecard.pdf", null).isProblem(401);

        assertThat(api.get("api/v1/scorecard.pdf?asOf=2024-13-01", secretariat())
                        .isProblem(400)
                        .object()
                        .getString("detail"))
                .contains("asOf");
        api.get("api/v1/scorecard.xlsx?asOf=2024-06-21", secretariat()).isProblem(400);
        assertThat(api.get("api/v1/scorecard.csv?table=people", secretariat())
                        .isProblem(400)
                        .object()
                        .getString("detail"))
                .contains("agencies, groups, documents, overdue");
        api.get("api/v1/scorecard.csv?document=abc", secretariat()).isProblem(400);
    }

    private HttpResponse<byte[]> download(String path, String token) {
        try {
            return HttpClient.newHttpClient()
                    .send(api.request(path, token).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The CSV's lines, without the byte order mark. */
    private static List<String> lines(byte[] csv) {
        String text = new String(csv, StandardCharsets.UTF_8);
        return List.of(text.substring(text.startsWith("\uFEFF") ? 1 : 0).split("\r\n"));
    }

    /** A CSV line's fields, a quoted field's quotes taken off. */
    private static String[] fields(String line) {
        String[] fields = line.split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)", -1);
        for (int i = 0; i < fields.length; i++) {
            if (fields[i].startsWith("\"")) {
                fields[i] = fields[i].substring(1, fields[i].length() - 1).replace("\"\"", "\"");
            }
        }
        return fields;
    }

    private String secretariat() {
        return api.token("vinh-phuc", "secretariat");
    }
}
