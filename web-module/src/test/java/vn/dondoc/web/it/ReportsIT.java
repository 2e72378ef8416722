package vn.dondoc.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
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
 * Kế hoạch 204 replayed with the server's clock fixed at 20/06/2024 10:00 in Vĩnh Phúc (03:00 UTC):
 * what Sở Tư pháp owes and by when, and its 6-month report drafted with figures and a file,
 * submitted (and the submit retried), approved, returned, corrected on a stale and a fresh copy,
 * resubmitted and accepted; who may do which step; bad figures and bad files refused with nothing
 * changed. Its own deployment, for its own clock.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ReportsIT {

    private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();
    private static final String PDF =
            "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n";

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
    void soTuPhapOwesItsPlanAndItsReportsByTheWorkingDaysAfterEachCutOff() {
        List<JsonObject> owed = api.get("api/v1/obligations?agency=so-tu-phap&document=" + document, officer())
                .array()
                .getValuesAs(JsonObject.class);

        assertThat(owed)
                .extracting(o -> label(o) + " " + o.getString("periodFrom", "-") + ".." + o.getString("periodTo", "-")
                        + " due " + o.getString("dueOn"))
                .contains(
                        "plan -..- due 2023-08-01",
                        // cut-off Thursday 14/12/2023: Friday, Monday, Tuesday
                        "2023-Y 2022-12-15..2023-12-14 due 2023-12-19",
                        // cut-off Friday 14/06/2024: past the weekend, Monday, Tuesday, Wednesday
                        "2024-H1 2023-12-15..2024-06-14 due 2024-06-19");
    }

    @Test
    void theSixMonthReportGoesFromDraftToAcceptedAndEveryStepIsKept() throws SQLException {
        long h1 = obligation("2024-H1");
        String path = "api/v1/obligations/" + h1 + "/report";
        Api.Reply blank = api.get(path, officer());
        assertThat(blank.status()).as(blank.body()).isEqualTo(200);
        assertThat(blank.object().getString("status")).isEqualTo("PENDING");
        long item = blank.object()
                .getJsonArray("entries")
                .getJsonObject(0)
                .getJsonNumber("itemId")
                .longValue();

        Api.Reply draft = put(path, officer(), report("Đã triển khai 6 tháng đầu năm", item, "120", "150"), null);
        assertThat(draft.status()).as(draft.body()).isEqualTo(200);
        String tag = draft.header("ETag");
        assertThat(tag).isEqualTo(draft.object().getString("etag"));
        JsonObject figure = draft.object()
                .getJsonArray("entries")
                .getJsonObject(0)
                .getJsonArray("figures")
                .getJsonObject(0);
        assertThat(figure.getString("name")).isEqualTo("Số vụ việc được trợ giúp");
        assertThat(figure.getJsonNumber("numerator").intValue()).isEqualTo(120);

        Api.Reply file = attach(h1, officer(), "Báo cáo 6 tháng.pdf", PDF);
        assertThat(file.status()).as(file.body()).isEqualTo(201);
        assertThat(file.object().getString("contentType")).isEqualTo("application/pdf");
        assertThat(file.object().getString("sha256"))
                .isEqualTo("56c2ac043c28d3543275a6f50b593a6beb0b6888ed8159ac02e3e7f4a32ccb26");
        Api.Reply download = api.get(
                path + "/attachments/" + file.object().getJsonNumber("id").longValue(), secretariat());
        assertThat(download.body()).isEqualTo(PDF);
        assertThat(download.header("Content-Type")).startsWith("application/pdf");
        assertThat(download.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(download.header("Content-Disposition"))
                .startsWith("attachment; filename=\"Bao cao 6 thang.pdf\"")
                .contains("filename*=UTF-8''B%C3%A1o%20c%C3%A1o%206%20th%C3%A1ng.pdf");

        Api.Reply submitted = submit(h1, "d3b07384-6c1e-4b8a-9a51", null);
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(200);
        Api.Reply retried = submit(h1, "d3b07384-6c1e-4b8a-9a51", null);
        assertThat(retried.status()).isEqualTo(200);
        assertThat(retried.body()).isEqualTo(submitted.body());
        submit(h1, null, null).isProblem(409);

        assertThat(api.post(path + "/approve", api.token("vinh-phuc", "so-tu-phap.head"), "")
                        .status())
                .isEqualTo(200);
        Api.Reply returned =
                api.post(path + "/return", secretariat(), "{\"comment\":\"Bổ sung tỷ lệ so với năm trước\"}");
        assertThat(returned.object().getString("status")).as(returned.body()).isEqualTo("RETURNED");

        String stale = api.get(path, officer()).header("ETag");
        Api.Reply corrected = put(path, officer(), report("Đã bổ sung", item, "130", "150"), stale);
        assertThat(corrected.status()).as(corrected.body()).isEqualTo(200);
        put(path, officer(), report("Bản cũ ghi đè", item, "1", "150"), stale).isProblem(409);
        assertThat(api.get(path, officer()).object().getString("summary")).isEqualTo("Đã bổ sung");

        assertThat(submit(h1, "a1c9-second", corrected.header("ETag")).status()).isEqualTo(200);
        api.post(path + "/approve", api.token("vinh-phuc", "so-tu-phap.head"), "");
        Api.Reply accepted = api.post(path + "/accept", secretariat(), "");
        assertThat(accepted.object().getString("status")).as(accepted.body()).isEqualTo("ACCEPTED");

        List<String> steps =
                api
                        .get("api/v1/obligations/" + h1 + "/history", officer())
                        .array()
                        .getValuesAs(JsonObject.class)
                        .stream()
                        .map(s -> s.getString("action") + " " + s.getString("actor") + " " + s.getString("at")
                                + (s.isNull("comment") ? "" : " " + s.getString("comment")))
                        .toList();
        assertThat(steps)
                .containsExactly(
                        "DRAFTED so-tu-phap 2024-06-20T03:00:00Z",
                        "SUBMITTED so-tu-phap 2024-06-20T03:00:00Z",
                        "APPROVED so-tu-phap.head 2024-06-20T03:00:00Z",
                        "RETURNED secretariat 2024-06-20T03:00:00Z Bổ sung tỷ lệ so với năm trước",
                        "SUBMITTED so-tu-phap 2024-06-20T03:00:00Z",
                        "APPROVED so-tu-phap.head 2024-06-20T03:00:00Z",
                        "ACCEPTED secretariat 2024-06-20T03:00:00Z");
        JsonObject obligation = api.get(
                        "api/v1/obligations?agency=so-tu-phap&status=ACCEPTED&document=" + document, secretariat())
                .array()
                .getJsonObject(0);
        assertThat(obligation.getString("periodLabel")).isEqualTo("2024-H1");
        assertThat(obligation.getString("submittedAt")).isEqualTo("2024-06-20T03:00:00Z");
        assertThat(auditedActions(h1))
                .contains(
                        "report.save",
                        "report.attach",
                        "report.submit",
                        "report.approve",
                        "report.return",
                        "report.accept");
    }

    @Test
    void badFiguresAndBadFilesAreRefusedWithTheFieldNamedAndNothingChanges() {
        long h1 = obligation("2024-H1");
        String path = "api/v1/obligations/" + h1 + "/report";
        long item = api.get(path, officer())
                .object()
                .getJsonArray("entries")
                .getJsonObject(0)
                .getJsonNumber("itemId")
                .longValue();
        String tag =
                put(path, officer(), report("Bản nháp", item, "5", "10"), null).header("ETag");

        String notANumber = report("x", item, "5", "10").replace("\"numerator\":5", "\"numerator\":\"năm\"");
        assertThat(put(path, officer(), notANumber, null)
                        .isProblem(400)
                        .object()
                        .getString("detail"))
                .contains("entries[0].figures[0].numerator: không phải số / not a number");
        assertThat(put(path, officer(), report("x", item, "-5", "10"), null)
                        .isProblem(422)
                        .object()
                        .getString("detail"))
                .contains("entries[0].figures[0].numerator");
        assertThat(put(path, officer(), report("x", item, "5", "0"), null)
                        .isProblem(422)
                        .object()
                        .getString("detail"))
                .contains("entries[0].figures[0].denominator: mẫu số bằng 0 / must not be zero");
        assertThat(put(
                                path,
                                officer(),
                                "{\"entries\":[{\"itemId\":" + item + ",\"figures\":[{\"numerator\":1}]}]}",
                                null)
                        .isProblem(400)
                        .object()
                        .getString("detail"))
                .contains("entries[0].figures[0].name");
        put(path, officer(), "{\"entries\":", null).isProblem(400);
        put(path, officer(), "[{\"summary\":\"x\"}]", null).isProblem(400);
        put(path, officer(), "\"x\"", null).isProblem(400);
        put(path, officer(), "{\"entries\":{\"itemId\":1}}", null).isProblem(400);
        attach(h1, officer(), "bao-cao.pdf", "<html><script>alert(1)</script></html>")
                .isProblem(415);
        attach(h1, officer(), "", PDF).isProblem(400);

        Api.Reply unchanged = api.get(path, officer());
        assertThat(unchanged.header("ETag")).isEqualTo(tag);
        assertThat(unchanged.object().getString("summary")).isEqualTo("Bản nháp");
        assertThat(unchanged.object().getJsonArray("attachments")).isEmpty();

        Api.Reply flagged = put(path, officer(), report("Tỷ lệ vượt", item, "12", "10"), tag);
        assertThat(flagged.status()).isEqualTo(200);
        assertThat(flagged.object()
                        .getJsonArray("entries")
                        .getJsonObject(0)
                        .getJsonArray("figures")
                        .getJsonObject(0)
                        .getString("flag"))
                .startsWith("Tử số (12) lớn hơn mẫu số (10)");
    }

    @Test
    void aReImportThatNoLongerPrintsAnItemAReportSpeaksOfKeepsIt() throws IOException {
        String secretariat = secretariat();
        long tenth = api
                .get("api/v1/documents/" + document, secretariat)
                .object()
                .getJsonArray("items")
                .getValuesAs(JsonObject.class)
                .stream()
                .filter(section -> section.getString("code").equals("II"))
                .flatMap(section -> section.getJsonArray("children").getValuesAs(JsonObject.class).stream())
                .filter(item -> item.getString("code").equals("II.10"))
                .findFirst()
                .orElseThrow()
                .getJsonNumber("id")
                .longValue();
        long h1 = obligation("2024-H1");
        String path = "api/v1/obligations/" + h1 + "/report";
        assertThat(put(path, officer(), report("Về mục 10", tenth, "3", null), null)
                        .status())
                .isEqualTo(200);

        String plan;
        try (InputStream in = ReportsIT.class.getResourceAsStream("/plans/kh-204-vinh-phuc.txt")) {
            plan = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String withoutTheTenth = plan.substring(0, plan.indexOf("10. Phối hợp xử lý nghiêm minh"))
                + plan.substring(plan.indexOf("III. TỔ CHỨC THỰC HIỆN"));
        Api.Reply reimported = api.send(api.request("api/v1/documents/import", secretariat)
                .header("Content-Type", "text/plain; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(withoutTheTenth, StandardCharsets.UTF_8)));

        assertThat(reimported.status()).as(reimported.body()).isEqualTo(200);
        assertThat(reimported.header("X-Preserved-Items")).contains("II.10");
        assertThat(api.get(path, officer())
                        .object()
                        .getJsonArray("entries")
                        .getJsonObject(0)
                        .getString("itemCode"))
                .isEqualTo("II.10");
    }

    @Test
    void eachMayTakeOnlyItsOwnStepOnItsOwnAgencyAndAnotherTenantFindsNothing() throws SQLException {
        long h1 = obligation("2024-H1");
        String path = "api/v1/obligations/" + h1 + "/report";
        long item = api.get(path, officer())
                .object()
                .getJsonArray("entries")
                .getJsonObject(0)
                .getJsonNumber("itemId")
                .longValue();
        String body = report("x", item, "1", null);
        long file =
                attach(h1, officer(), "a.pdf", PDF).object().getJsonNumber("id").longValue();

        String otherOfficer = api.token("vinh-phuc", "so-noi-vu");
        api.get(path, otherOfficer).isProblem(404);
        put(path, otherOfficer, body, null).isProblem(404);
        api.get(path + "/attachments/" + file, otherOfficer).isProblem(404);
        api.get("api/v1/obligations/" + h1 + "/history", otherOfficer).isProblem(404);
        api.post(path + "/approve", api.token("vinh-phuc", "so-noi-vu.head"), "")
                .isProblem(404);

        put(path, api.token("vinh-phuc", "leader"), body, null).isProblem(403);
        put(path, secretariat(), body, null).isProblem(403);
        api.post(path + "/accept", officer(), "").isProblem(403);
        api.post(path + "/approve", officer(), "").isProblem(403);
        assertThat(api.get(path, api.token("vinh-phuc", "leader")).status()).isEqualTo(200);

        String dongThap = api.token("dong-thap", "secretariat");
        api.get(path, dongThap).isProblem(404);
        api.get(path + "/attachments/" + file, dongThap).isProblem(404);
        api.get("api/v1/obligations/" + h1 + "/history", dongThap).isProblem(404);
        api.post(path + "/return", dongThap, "{\"comment\":\"x\"}").isProblem(404);
        api.post(path + "/accept", dongThap, "").isProblem(404);
        api.post(path + "/return", secretariat(), "{\"comment\":\" \"}").isProblem(400);
        assertThat(audited(h1, "REFUSED"))
                .as("a refusal by Bean Validation is audited as one, with the field")
                .anySatisfy(r -> assertThat(r).startsWith("report.return ").contains("comment"));
        api.get(path, null).isProblem(401);
    }

    /** Read in the database: the audit's API lists newest first, and this server's clock is in 2024. */
    private static List<String> auditedActions(long obligation) throws SQLException {
        return audited(obligation, "SUCCESS").stream()
                .map(r -> r.split(" ", 2)[0])
                .toList();
    }

    /** "action detail" of each audit record on the obligation with that outcome, oldest first. */
    private static List<String> audited(long obligation, String outcome) throws SQLException {
        try (Connection c = TestEnvironment.database().connect();
                PreparedStatement s = c.prepareStatement("SELECT action, detail FROM audit_record WHERE tenant_id ="
                        + " 'vinh-phuc' AND target = ? AND outcome = ? ORDER BY id")) {
            s.setString(1, String.valueOf(obligation));
            s.setString(2, outcome);
            List<String> records = new ArrayList<>();
            try (ResultSet rows = s.executeQuery()) {
                while (rows.next()) {
                    records.add(rows.getString(1) + " " + rows.getString(2));
                }
            }
            return records;
        }
    }

    private Api.Reply put(String path, String token, String json, String ifMatch) {
        HttpRequest.Builder request = api.request(path, token)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json));
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return api.send(request);
    }

    private Api.Reply submit(long obligation, String key, String ifMatch) {
        HttpRequest.Builder request = api.request("api/v1/obligations/" + obligation + "/report/submit", officer())
                .POST(HttpRequest.BodyPublishers.noBody());
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return api.send(request);
    }

    private Api.Reply attach(long obligation, String token, String name, String content) {
        return api.send(api.request(
                        "api/v1/obligations/" + obligation + "/report/attachments?name="
                                + java.net.URLEncoder.encode(name, StandardCharsets.UTF_8),
                        token)
                .header("Content-Type", "application/octet-stream")
                .POST(HttpRequest.BodyPublishers.ofString(content, StandardCharsets.UTF_8)));
    }

    private static String report(String summary, long item, String numerator, String denominator) {
        return "{\"summary\":\"" + summary + "\",\"entries\":[{\"itemId\":" + item
                + ",\"narrative\":\"Tổ chức 12 hội nghị\",\"completed\":false,\"figures\":[{\"name\":"
                + "\"Số vụ việc được trợ giúp\",\"numerator\":" + numerator + ",\"denominator\":"
                + (denominator == null ? "null" : denominator) + ",\"unit\":\"vụ\"}]}]}";
    }

    private long obligation(String period) {
        return api
                .get("api/v1/obligations?agency=so-tu-phap&document=" + document, secretariat())
                .array()
                .getValuesAs(JsonObject.class)
                .stream()
                .filter(o -> period.equals(label(o)))
                .findFirst()
                .orElseThrow()
                .getJsonNumber("id")
                .longValue();
    }

    private static String label(JsonObject obligation) {
        return obligation.isNull("periodLabel") ? "plan" : obligation.getString("periodLabel");
    }

    private String officer() {
        return api.token("vinh-phuc", "so-tu-phap");
    }

    private String secretariat() {
        return api.token("vinh-phuc", "secretariat");
    }
}
