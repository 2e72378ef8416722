package vn.dondoc.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Requests for explanation over HTTP, with the server's clock fixed at 20/06/2024 10:00 in Vĩnh Phúc
 * (03:00 UTC), the day after Sở Tư pháp's 2024-H1 report fell due: the leader asks it to explain the
 * missing report, the agency answers with a file, the request and its answer are listed per agency;
 * who may do what, another agency's and another tenant's 404, bad bodies refused naming the field,
 * and the audit trail. Its own deployment, for its own clock.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ExplanationRequestsIT {

    private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();
    private static final String PATH = "api/v1/explanation-requests";
    private static final String PDF =
            "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n";

    @ArquillianResource
    URL base;

    private Api api;
    private long document;
    private long auditedBefore;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.productWarWith("dondoc.clock=2024-06-20T03:00:00Z\n");
    }

    @BeforeEach
    void kehoach204() throws SQLException {
        api = new Api(base, TOKENS);
        TenantDocuments.clear("vinh-phuc", "dong-thap");
        auditedBefore = lastAuditId();
        document = api.importKeHoach204(secretariat());
    }

    @Test
    void theLeaderAsksAboutAMissingReportAndTheAgencyAnswersWithAFile() throws SQLException {
        long h1 = obligation("so-tu-phap", "2024-H1");
        Api.Reply asked = api.post(
                PATH,
                leader(),
                "{\"agencyCode\":\"so-tu-phap\",\"obligationId\":" + h1 + ",\"question\":\"Vì sao chưa gửi báo cáo 6"
                        + " tháng đầu năm 2024?\",\"answerBy\":\"2024-06-25\"}");
        assertThat(asked.status()).as(asked.body()).isEqualTo(201);
        long id = asked.object().getJsonNumber("id").longValue();
        assertThat(asked.header("Location")).endsWith("/api/v1/explanation-requests/" + id);
        JsonObject request = api.get(PATH + "/" + id, officer()).object();
        assertThat(request.getString("agencyCode")).isEqualTo("so-tu-phap");
        assertThat(request.getString("subject")).isEqualTo("OBLIGATION");
        assertThat(request.getJsonNumber("obligationId").longValue()).isEqualTo(h1);
        assertThat(request.isNull("itemId")).isTrue();
        assertThat(request.getJsonNumber("documentId").longValue()).isEqualTo(document);
        assertThat(request.getString("subjectCode")).isEqualTo("2024-H1");
        assertThat(request.getString("question")).isEqualTo("Vì sao chưa gửi báo cáo 6 tháng đầu năm 2024?");
        assertThat(request.getString("answerBy")).isEqualTo("2024-06-25");
        assertThat(request.getString("askedBy")).isEqualTo("leader");
        assertThat(request.getString("askedAt")).isEqualTo("2024-06-20T03:00:00Z");
        assertThat(request.getString("status")).isEqualTo("OPEN");
        assertThat(request.getBoolean("overdue")).isFalse();
        assertThat(request.isNull("answer")).isTrue();

        Api.Reply file = attach(id, officer(), "Giải trình 6 tháng.pdf", PDF);
        assertThat(file.status()).as(file.body()).isEqualTo(201);
        assertThat(file.object().getString("contentType")).isEqualTo("application/pdf");
        Api.Reply answered = api.post(
                PATH + "/" + id + "/answer",
                officer(),
                "{\"text\":\"Cấp huyện gửi số liệu chậm; Sở sẽ gửi báo cáo trước ngày 24/6.\"}");
        assertThat(answered.status()).as(answered.body()).isEqualTo(200);
        assertThat(answered.object().getString("status")).isEqualTo("ANSWERED");
        assertThat(answered.object().getString("answeredBy")).isEqualTo("so-tu-phap");
        assertThat(answered.object().getString("answeredAt")).isEqualTo("2024-06-20T03:00:00Z");
        assertThat(answered.object().getBoolean("answeredLate")).isFalse();
        assertThat(answered.object()
                        .getJsonArray("attachments")
                        .getJsonObject(0)
                        .getString("fileName"))
                .isEqualTo("Giải trình 6 tháng.pdf");
        api.post(PATH + "/" + id + "/answer", api.token("vinh-phuc", "so-tu-phap.head"), "{\"text\":\"Lần hai\"}")
                .isProblem(409);
        attach(id, officer(), "muon.pdf", PDF).isProblem(409);

        Api.Reply download = api.get(
                PATH + "/" + id + "/answer/attachments/"
                        + file.object().getJsonNumber("id").longValue(),
                leader());
        assertThat(download.status()).isEqualTo(200);
        assertThat(download.body()).isEqualTo(PDF);
        assertThat(download.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(download.header("Content-Disposition"))
                .startsWith("attachment; filename=\"Giai trinh 6 thang.pdf\"");

        Api.Reply listed = api.get(PATH + "?agency=so-tu-phap&status=ANSWERED", secretariat());
        assertThat(listed.header("X-Total-Count")).isEqualTo("1");
        assertThat(listed.array().getJsonObject(0).getString("answer"))
                .isEqualTo("Cấp huyện gửi số liệu chậm; Sở sẽ gửi báo cáo trước ngày 24/6.");
        assertThat(api.get(PATH + "?agency=so-tu-phap&status=OPEN", secretariat())
                        .array())
                .isEmpty();
        assertThat(audited("SUCCESS"))
                .containsExactly(
                        "explanation.ask " + id + " leader",
                        "explanation.attach " + id + " so-tu-phap",
                        "explanation.answer " + id + " so-tu-phap");
        assertThat(audited("REFUSED"))
                .containsExactly(
                        "explanation.answer " + id + " so-tu-phap.head", "explanation.attach " + id + " so-tu-phap");
    }

    @Test
    void theSecretariatAsksAboutAnItemTheAgencyHoldsAndEachAgencyListsOnlyItsOwn() {
        long item = api.get("api/v1/obligations/" + obligation("so-tu-phap", "2024-H1") + "/report", officer())
                .object()
                .getJsonArray("entries")
                .getJsonObject(0)
                .getJsonNumber("itemId")
                .longValue();
        Api.Reply aboutItem = api.post(
                PATH,
                secretariat(),
                "{\"agencyCode\":\"so-tu-phap\",\"itemId\":" + item + ",\"question\":\"Tiến độ?\",\"answerBy\":"
                        + "\"2024-06-20\"}");
        assertThat(aboutItem.status()).as(aboutItem.body()).isEqualTo(201);
        assertThat(aboutItem.object().getString("subject")).isEqualTo("ITEM");
        assertThat(aboutItem.object().getJsonNumber("itemId").longValue()).isEqualTo(item);
        long justice = aboutItem.object().getJsonNumber("id").longValue();
        long home = ask("so-noi-vu", obligation("so-noi-vu", "2024-H1"));

        assertThat(ids(api.get(PATH, leader()))).containsExactlyInAnyOrder(justice, home);
        assertThat(ids(api.get(PATH + "?agency=so-noi-vu", api.token("vinh-phuc", "admin"))))
                .containsExactly(home);
        assertThat(ids(api.get(PATH, officer()))).containsExactly(justice);
        assertThat(ids(api.get(PATH, api.token("vinh-phuc", "so-noi-vu.head")))).containsExactly(home);
        assertThat(ids(api.get(PATH + "?agency=so-noi-vu", officer()))).isEmpty();
        Api.Reply paged = api.get(PATH + "?size=1", leader());
        assertThat(paged.header("X-Total-Count")).isEqualTo("2");
        assertThat(paged.header("Link")).contains("rel=\"next\"");
        api.get(PATH + "?status=DONE", leader()).isProblem(400);
        api.get(PATH + "?size=0", leader()).isProblem(400);
    }

    @Test
    void anotherAgencyAndAnotherTenantFindNothingAndOnlyLeadersAndTheSecretariatAsk() {
        long h1 = obligation("so-tu-phap", "2024-H1");
        long id = ask("so-tu-phap", h1);
        long file =
                attach(id, officer(), "a.pdf", PDF).object().getJsonNumber("id").longValue();
        String body = "{\"agencyCode\":\"so-tu-phap\",\"obligationId\":" + h1
                + ",\"question\":\"?\",\"answerBy\":\"2024-06-25\"}";

        String other = api.token("vinh-phuc", "so-noi-vu");
        api.get(PATH + "/" + id, other).isProblem(404);
        api.post(PATH + "/" + id + "/answer", other, "{\"text\":\"x\"}").isProblem(404);
        attach(id, other, "b.pdf", PDF).isProblem(404);
        api.get(PATH + "/" + id + "/answer/attachments/" + file, other).isProblem(404);

        String dongThap = api.token("dong-thap", "secretariat");
        api.get(PATH + "/" + id, dongThap).isProblem(404);
        api.get(PATH + "/" + id + "/answer/attachments/" + file, dongThap).isProblem(404);
        assertThat(api.get(PATH, dongThap).array()).isEmpty();
        api.post(PATH, dongThap, body).isProblem(422);

        api.post(PATH, officer(), body).isProblem(403);
        api.post(PATH, api.token("vinh-phuc", "so-tu-phap.head"), body).isProblem(403);
        api.post(PATH, api.token("vinh-phuc", "admin"), body).isProblem(403);
        api.post(PATH + "/" + id + "/answer", secretariat(), "{\"text\":\"x\"}").isProblem(403);
        api.post(PATH + "/" + id + "/answer", leader(), "{\"text\":\"x\"}").isProblem(403);
        api.get(PATH, null).isProblem(401);
        assertThat(api.get(PATH + "/" + id, officer()).object().getString("status"))
                .isEqualTo("OPEN");
    }

    @Test
    void badBodiesAreRefusedAsProblemsNamingTheFieldAndNothingIsStored() throws SQLException {
        long h1 = obligation("so-tu-phap", "2024-H1");
        long other = obligation("so-noi-vu", "2024-H1");

        assertThat(refusal(
                        400,
                        "{\"agencyCode\":\"so-tu-phap\",\"obligationId\":\"" + h1
                                + "\",\"question\":\"?\",\"answerBy\":\"2024-06-25\"}"))
                .startsWith("obligationId: ");
        assertThat(refusal(
                        400,
                        "{\"agencyCode\":\"so-tu-phap\",\"obligationId\":1.5,\"question\":\"?\","
                                + "\"answerBy\":\"2024-06-25\"}"))
                .startsWith("obligationId: ");
        assertThat(refusal(
                        400,
                        "{\"agencyCode\":\"so-tu-phap\",\"obligationId\":" + h1
                                + ",\"question\":\"?\",\"answerBy\":\"25/06/2024\"}"))
                .startsWith("answerBy: ");
        assertThat(refusal(
                        400,
                        "{\"agencyCode\":\"so-tu-phap\",\"obligationId\":" + h1 + ",\"itemId\":1"
                                + ",\"question\":\"?\",\"answerBy\":\"2024-06-25\"}"))
                .startsWith("obligationId, itemId: ");
        assertThat(refusal(400, "{\"agencyCode\":\"so-tu-phap\",\"question\":\"?\",\"answerBy\":\"2024-06-25\"}"))
                .startsWith("obligationId, itemId: ");
        assertThat(refusal(400, "{\"obligationId\":" + h1 + ",\"question\":\"?\",\"answerBy\":\"2024-06-25\"}"))
                .startsWith("agencyCode: ");
        assertThat(refusal(
                        400,
                        "{\"agencyCode\":\"so-tu-phap\",\"obligationId\":" + h1
                                + ",\"question\":\" \",\"answerBy\":\"2024-06-25\"}"))
                .startsWith("question: ");
        assertThat(refusal(
                        422,
                        "{\"agencyCode\":\"so-tu-phap\",\"obligationId\":" + h1
                                + ",\"question\":\"?\",\"answerBy\":\"2024-06-19\"}"))
                .startsWith("answerBy: ");
        assertThat(refusal(
                        422,
                        "{\"agencyCode\":\"so-khong-co\",\"obligationId\":" + h1
                                + ",\"question\":\"?\",\"answerBy\":\"2024-06-25\"}"))
                .startsWith("agencyCode: ");
        assertThat(refusal(
                        422,
                        "{\"agencyCode\":\"so-tu-phap\",\"obligationId\":" + other
                                + ",\"question\":\"?\",\"answerBy\":\"2024-06-25\"}"))
                .startsWith("obligationId: ");
        assertThat(refusal(
                        422,
                        "{\"agencyCode\":\"so-tu-phap\",\"itemId\":999999999,\"question\":\"?\","
                                + "\"answerBy\":\"2024-06-25\"}"))
                .startsWith("itemId: ");
        api.post(PATH, leader(), "[{\"agencyCode\":\"so-tu-phap\"}]").isProblem(400);
        api.post(PATH, leader(), "{\"agencyCode\":").isProblem(400);
        assertThat(api.get(PATH, leader()).array()).as("nothing stored").isEmpty();

        long id = ask("so-tu-phap", h1);
        assertThat(api.post(PATH + "/" + id + "/answer", officer(), "{}")
                        .isProblem(400)
                        .object()
                        .getString("detail"))
                .startsWith("text: ");
        assertThat(api.post(PATH + "/" + id + "/answer", officer(), "{\"text\":42}")
                        .isProblem(400)
                        .object()
                        .getString("detail"))
                .startsWith("text: ");
        attach(id, officer(), "trang.pdf", "<html><script>alert(1)</script></html>")
                .isProblem(415);
        assertThat(api.get(PATH + "/" + id, officer()).object().getString("status"))
                .isEqualTo("OPEN");
        assertThat(audited("REFUSED"))
                .as("what the boundary refused is audited as refused")
                .contains(
                        "explanation.ask null leader",
                        "explanation.answer " + id + " so-tu-phap",
                        "explanation.attach " + id + " so-tu-phap");
    }

    private String refusal(int status, String body) {
        return api.post(PATH, leader(), body).isProblem(status).object().getString("detail");
    }

    private long ask(String agency, long obligation) {
        Api.Reply asked = api.post(
                PATH,
                leader(),
                "{\"agencyCode\":\"" + agency + "\",\"obligationId\":" + obligation
                        + ",\"question\":\"Vì sao chưa gửi báo cáo?\",\"answerBy\":\"2024-06-25\"}");
        assertThat(asked.status()).as(asked.body()).isEqualTo(201);
        return asked.object().getJsonNumber("id").longValue();
    }

    private Api.Reply attach(long request, String token, String name, String content) {
        return api.send(api.request(
                        PATH + "/" + request + "/answer/attachments?name="
                                + URLEncoder.encode(name, StandardCharsets.UTF_8),
                        token)
                .header("Content-Type", "application/octet-stream")
                .POST(HttpRequest.BodyPublishers.ofString(content, StandardCharsets.UTF_8)));
    }

    private static List<Long> ids(Api.Reply reply) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.array().getValuesAs(JsonObject.class).stream()
                .map(o -> o.getJsonNumber("id").longValue())
                .toList();
    }

    private long obligation(String agency, String period) {
        return api
                .get("api/v1/obligations?agency=" + agency + "&document=" + document, secretariat())
                .array()
                .getValuesAs(JsonObject.class)
                .stream()
                .filter(o -> period.equals(o.getString("periodLabel", null)))
                .findFirst()
                .orElseThrow()
                .getJsonNumber("id")
                .longValue();
    }

    /** "action target username" of this test's explanation audit records with that outcome, oldest first. */
    private List<String> audited(String outcome) throws SQLException {
        try (Connection c = TestEnvironment.database().connect();
                PreparedStatement s = c.prepareStatement("SELECT action, target, username FROM audit_record WHERE"
                        + " tenant_id = 'vinh-phuc' AND id > ? AND action LIKE 'explanation.%' AND outcome = ?"
                        + " ORDER BY id")) {
            s.setLong(1, auditedBefore);
            s.setString(2, outcome);
            List<String> records = new ArrayList<>();
            try (ResultSet rows = s.executeQuery()) {
                while (rows.next()) {
                    records.add(rows.getString(1) + " " + rows.getString(2) + " " + rows.getString(3));
                }
            }
            return records;
        }
    }

    private static long lastAuditId() throws SQLException {
        try (Connection c = TestEnvironment.database().connect();
                PreparedStatement s = c.prepareStatement("SELECT COALESCE(MAX(id), 0) FROM audit_record");
                ResultSet rows = s.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private String officer() {
        return api.token("vinh-phuc", "so-tu-phap");
    }

    private String leader() {
        return api.token("vinh-phuc", "leader");
    }

    private String secretariat() {
        return api.token("vinh-phuc", "secretariat");
    }
}
