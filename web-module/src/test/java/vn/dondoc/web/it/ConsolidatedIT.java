package vn.dondoc.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The consolidated report of Kế hoạch 204's 2024-H1 period over HTTP, with the server's clock fixed
 * at 20/06/2024 10:00 in Vĩnh Phúc: Sở Tư pháp's report and another agency's on an item they share
 * accepted, the second one late, after a first generation; JSON by default, DOCX on request; who
 * may read it. Its own deployment, for its own clock.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ConsolidatedIT {

    private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();
    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    @ArquillianResource
    URL base;

    private Api api;
    private long document;
    private long shared;
    private String other;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.productWarWith("dondoc.clock=2024-06-20T03:00:00Z\n");
    }

    @BeforeEach
    void kehoach204() throws SQLException {
        api = new Api(base, TOKENS);
        TenantDocuments.clear("vinh-phuc", "dong-thap");
        document = api.importKeHoach204(secretariat());
        sharedItem();
    }

    @Test
    void theSecretariatGetsTheAcceptedReportsMergedAsJsonAndAsDocxAndALateOneIsIncluded() throws Exception {
        accept("so-tu-phap", "Tổ chức 12 hội nghị tuyên truyền", "120");
        approve(other, "Tuyên truyền trên đài phát thanh", "30");
        String path = "api/v1/documents/" + document + "/periods/2024-H1/consolidated";

        Api.Reply first = api.get(path, secretariat());
        assertThat(first.status()).as(first.body()).isEqualTo(200);
        assertThat(first.header("Content-Type")).startsWith("application/json");
        assertThat(narratives(first.object())).containsExactly("so-tu-phap Tổ chức 12 hội nghị tuyên truyền");
        assertThat(first.object().getJsonArray("inReview").getJsonObject(0).getString("agencyCode"))
                .isEqualTo(other);
        assertThat(first.object().getJsonArray("notReported")).isNotEmpty();
        assertThat(first.object().getJsonObject("header").getString("issuingBody"))
                .isEqualTo("ỦY BAN NHÂN DÂN TỈNH VĨNH PHÚC");

        assertThat(api.post("api/v1/obligations/" + obligation(other) + "/report/accept", secretariat(), "")
                        .status())
                .isEqualTo(200);
        JsonObject second = api.get(path, secretariat()).object();
        assertThat(narratives(second)).hasSize(2).contains("so-tu-phap Tổ chức 12 hội nghị tuyên truyền");
        JsonObject total = item(second).getJsonArray("figures").getJsonObject(0);
        assertThat(total.getJsonNumber("numerator").intValue()).isEqualTo(150);
        assertThat(total.getJsonArray("parts")).hasSize(2);
        assertThat(second.getJsonArray("inReview")).isEmpty();

        HttpResponse<byte[]> docx = HttpClient.newHttpClient()
                .send(
                        api.request(path, secretariat())
                                .header("Accept", DOCX)
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
        assertThat(docx.statusCode()).isEqualTo(200);
        assertThat(docx.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith(DOCX));
        assertThat(docx.headers().firstValue("Content-Disposition"))
                .hasValueSatisfying(d -> assertThat(d)
                        .startsWith("attachment; filename=\"Bao cao tong hop 204-KH-UBND ky 2024-H1.docx\"")
                        .contains("filename*=UTF-8''B%C3%A1o%20c%C3%A1o%20t%E1%BB%95ng%20h%E1%BB%A3p"));
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx.body()));
                XWPFWordExtractor text = new XWPFWordExtractor(doc)) {
            assertThat(text.getText())
                    .contains("ỦY BAN NHÂN DÂN TỈNH VĨNH PHÚC")
                    .contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc")
                    .contains("Sở Tư pháp: Tổ chức 12 hội nghị tuyên truyền")
                    .contains("Tuyên truyền trên đài phát thanh")
                    .contains("II. CƠ QUAN, ĐƠN VỊ CHƯA BÁO CÁO HOẶC BỊ TRẢ LẠI")
                    .contains("Nơi nhận:");
        }
    }

    @Test
    void onlyTheSecretariatLeaderAndAdminReadItAndAnotherTenantFindsNothing() {
        String path = "api/v1/documents/" + document + "/periods/2024-H1/consolidated";

        api.get(path, api.token("vinh-phuc", "so-tu-phap")).isProblem(403);
        api.get(path, api.token("vinh-phuc", "so-tu-phap.head")).isProblem(403);
        assertThat(api.get(path, api.token("vinh-phuc", "leader")).status()).isEqualTo(200);
        assertThat(api.get(path, api.token("vinh-phuc", "admin")).status()).isEqualTo(200);
        api.get(path, api.token("dong-thap", "secretariat")).isProblem(404);
        api.get(path, null).isProblem(401);
        assertThat(api.get("api/v1/documents/" + document + "/periods/2024-H3/consolidated", secretariat())
                        .isProblem(400)
                        .object()
                        .getString("detail"))
                .contains("2024-H3");
        api.get("api/v1/documents/" + document + "/periods/2030-H1/consolidated", secretariat())
                .isProblem(404);
        api.get("api/v1/documents/" + (document + 100000) + "/periods/2024-H1/consolidated", secretariat())
                .isProblem(404);
    }

    private List<String> narratives(JsonObject report) {
        return item(report).getJsonArray("contributions").getValuesAs(JsonObject.class).stream()
                .map(c -> c.getString("agencyCode") + " " + c.getString("narrative"))
                .toList();
    }

    private JsonObject item(JsonObject report) {
        return report.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(i -> i.getJsonNumber("itemId").longValue() == shared)
                .findFirst()
                .orElseThrow();
    }

    private void accept(String agency, String narrative, String cases) {
        approve(agency, narrative, cases);
        Api.Reply accepted = api.post("api/v1/obligations/" + obligation(agency) + "/report/accept", secretariat(), "");
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
    }

    private void approve(String agency, String narrative, String cases) {
        String path = "api/v1/obligations/" + obligation(agency) + "/report";
        String officer = api.token("vinh-phuc", agency);
        Api.Reply saved = api.send(api.request(path, officer)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"summary\":\"Báo cáo 6 tháng\",\"entries\":[{\"itemId\":"
                        + shared + ",\"narrative\":\"" + narrative + "\",\"figures\":[{\"name\":\"Số vụ việc\","
                        + "\"numerator\":" + cases + ",\"unit\":\"vụ\"}]}]}")));
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        assertThat(api.post(path + "/submit", officer, "").status()).isEqualTo(200);
        assertThat(api.post(path + "/approve", api.token("vinh-phuc", agency + ".head"), "")
                        .status())
                .isEqualTo(200);
    }

    private long obligation(String agency) {
        return api
                .get("api/v1/obligations?agency=" + agency + "&document=" + document, secretariat())
                .array()
                .getValuesAs(JsonObject.class)
                .stream()
                .filter(o ->
                        !o.isNull("periodLabel") && o.getString("periodLabel").equals("2024-H1"))
                .findFirst()
                .orElseThrow()
                .getJsonNumber("id")
                .longValue();
    }

    /** An item Sở Tư pháp holds with another agency that owes the 2024-H1 report. */
    private void sharedItem() throws SQLException {
        try (Connection c = TestEnvironment.database().connect();
                PreparedStatement s = c.prepareStatement("SELECT a.item_id, g2.code FROM assignment a"
                        + " JOIN agency g1 ON g1.id = a.agency_id AND g1.code = 'so-tu-phap'"
                        + " JOIN assignment b ON b.item_id = a.item_id AND b.agency_id <> a.agency_id"
                        + " JOIN agency g2 ON g2.id = b.agency_id"
                        + " JOIN obligation o ON o.agency_id = b.agency_id AND o.period_label = '2024-H1'"
                        + " AND o.document_id = ? WHERE a.tenant_id = 'vinh-phuc' ORDER BY a.item_id, g2.code"
                        + " LIMIT 1")) {
            s.setLong(1, document);
            try (ResultSet rows = s.executeQuery()) {
                assertThat(rows.next()).as("an item shared with another agency").isTrue();
                shared = rows.getLong(1);
                other = rows.getString(2);
            }
        }
    }

    private String secretariat() {
        return api.token("vinh-phuc", "secretariat");
    }
}
