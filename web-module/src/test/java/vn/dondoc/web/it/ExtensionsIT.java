package vn.dondoc.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpRequest;
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
 * Extensions (gia hạn) over HTTP with the server's clock fixed at Monday 17/06/2024 10:00 in Vĩnh
 * Phúc (03:00 UTC): Sở Tư pháp's 2024-H1 report, due Wednesday 19/06, gets more time, asked for by
 * its officer and granted or refused by the secretariat; the obligation shows the new deadline with
 * the original beside it; who may do what; bad bodies refused naming their field, and audited. The
 * same for a dated item's deadline for one agency: item II.5.c, due 31/12/2024, led by Sở Tư pháp
 * and coordinated by Công an tỉnh (D-031). Its own deployment, for its own clock.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ExtensionsIT {

    private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();

    @ArquillianResource
    URL base;

    private Api api;
    private long document;
    private long h1;
    private String extension;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.productWarWith("dondoc.clock=2024-06-17T03:00:00Z\n");
    }

    @BeforeEach
    void kehoach204() throws SQLException {
        api = new Api(base, TOKENS);
        TenantDocuments.clear("vinh-phuc", "dong-thap");
        document = api.importKeHoach204(secretariat());
        h1 = obligation("so-tu-phap", "2024-H1");
        extension = "api/v1/obligations/" + h1 + "/extension";
    }

    @Test
    void theOfficerAsksTheSecretariatGrantsAnotherDateAndEveryListShowsBothDeadlines() throws SQLException {
        Api.Reply asked = api.post(
                extension, officer(), "{\"requestedDueOn\":\"2024-07-05\",\"reason\":\"Chờ số liệu của các huyện\"}");
        assertThat(asked.status()).as(asked.body()).isEqualTo(201);
        assertThat(asked.header("Location")).endsWith("/api/v1/obligations/" + h1 + "/extensions");
        assertThat(asked.object().getString("dueOn")).isEqualTo("2024-06-19");
        JsonObject pending = asked.object().getJsonObject("extension");
        assertThat(pending.getString("status")).isEqualTo("PENDING");
        assertThat(pending.getString("requestedDueOn")).isEqualTo("2024-07-05");
        assertThat(pending.getString("reason")).isEqualTo("Chờ số liệu của các huyện");
        assertThat(pending.getString("requestedBy")).isEqualTo("so-tu-phap");
        assertThat(pending.getString("requestedAt")).isEqualTo("2024-06-17T03:00:00Z");

        Api.Reply queue = api.get("api/v1/extensions?status=PENDING&document=" + document, secretariat());
        assertThat(queue.status()).as(queue.body()).isEqualTo(200);
        assertThat(queue.header("X-Total-Count")).isEqualTo("1");
        assertThat(queue.array().getJsonObject(0).getJsonNumber("obligationId").longValue())
                .isEqualTo(h1);

        Api.Reply approved = api.post(extension + "/approve", secretariat(), "{\"dueOn\":\"2024-06-28\"}");
        assertThat(approved.status()).as(approved.body()).isEqualTo(200);
        assertThat(approved.object().getString("dueOn")).isEqualTo("2024-06-28");
        assertThat(approved.object().getString("originalDueOn")).isEqualTo("2024-06-19");
        assertThat(approved.object().getJsonObject("extension").getString("status"))
                .isEqualTo("APPROVED");
        assertThat(approved.object().getJsonObject("extension").getString("decidedBy"))
                .isEqualTo("secretariat");

        JsonObject listed = api
                .get("api/v1/obligations?agency=so-tu-phap&document=" + document, officer())
                .array()
                .getValuesAs(JsonObject.class)
                .stream()
                .filter(o -> o.getJsonNumber("id").longValue() == h1)
                .findFirst()
                .orElseThrow();
        assertThat(listed.getString("dueOn")).isEqualTo("2024-06-28");
        assertThat(listed.getString("originalDueOn")).isEqualTo("2024-06-19");
        assertThat(listed.getJsonObject("extension").getString("dueOn")).isEqualTo("2024-06-28");
        assertThat(api.get("api/v1/extensions?status=PENDING", secretariat()).array())
                .isEmpty();
        List<JsonObject> history = api.get("api/v1/obligations/" + h1 + "/extensions", officer())
                .array()
                .getValuesAs(JsonObject.class);
        assertThat(history)
                .extracting(e -> e.getString("status") + " " + e.getString("deadlineBefore") + " → "
                        + e.getString("requestedDueOn") + " " + e.getString("dueOn"))
                .containsExactly("APPROVED 2024-06-19 → 2024-07-05 2024-06-28");
        assertThat(audited(h1, "SUCCESS")).containsExactly("extension.request", "extension.approve");
    }

    @Test
    void aRefusalNeedsACommentKeepsTheDeadlineAndOnlyOneRequestWaitsAtATime() throws SQLException {
        api.post(extension, officer(), "{\"requestedDueOn\":\"2024-07-05\",\"reason\":\"Chờ số liệu\"}");
        api.post(extension, officer(), "{\"requestedDueOn\":\"2024-07-12\",\"reason\":\"Thêm nữa\"}")
                .isProblem(409);

        assertThat(api.post(extension + "/refuse", secretariat(), "{}")
                        .isProblem(400)
                        .object()
                        .getString("detail"))
                .startsWith("comment: ");
        Api.Reply refused = api.post(extension + "/refuse", secretariat(), "{\"comment\":\"Số liệu đã đủ từ 14/6\"}");
        assertThat(refused.status()).as(refused.body()).isEqualTo(200);
        assertThat(refused.object().getString("dueOn")).isEqualTo("2024-06-19");
        assertThat(refused.object().getJsonObject("extension").getString("comment"))
                .isEqualTo("Số liệu đã đủ từ 14/6");
        api.post(extension + "/refuse", secretariat(), "{\"comment\":\"Lần nữa\"}")
                .isProblem(409);
        api.post(extension + "/approve", secretariat(), "{\"dueOn\":\"2024-07-05\"}")
                .isProblem(409);

        assertThat(api.post(extension, officer(), "{\"requestedDueOn\":\"2024-06-24\",\"reason\":\"Hai ngày\"}")
                        .status())
                .as("a new request once the first is decided")
                .isEqualTo(201);
        assertThat(audited(h1, "REFUSED")).contains("extension.request", "extension.refuse", "extension.approve");
    }

    @Test
    void anAcceptedReportNeedsNoExtension() {
        String report = "api/v1/obligations/" + h1 + "/report";
        long item = api.get(report, officer())
                .object()
                .getJsonArray("entries")
                .getJsonObject(0)
                .getJsonNumber("itemId")
                .longValue();
        Api.Reply saved = api.send(api.request(report, officer())
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"summary\":\"Đã triển khai\",\"entries\":[{\"itemId\":"
                        + item + ",\"narrative\":\"Tổ chức hội nghị\",\"figures\":[]}]}")));
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        assertThat(api.post(report + "/submit", officer(), "").status()).isEqualTo(200);
        assertThat(api.post(report + "/approve", api.token("vinh-phuc", "so-tu-phap.head"), "")
                        .status())
                .isEqualTo(200);
        assertThat(api.post(report + "/accept", secretariat(), "").status()).isEqualTo(200);

        assertThat(api.post(extension, officer(), "{\"requestedDueOn\":\"2024-07-05\",\"reason\":\"Muộn\"}")
                        .isProblem(409)
                        .object()
                        .getString("detail"))
                .contains("ACCEPTED");
    }

    @Test
    void onlyTheAgencysOfficerAsksOnlyTheSecretariatDecidesAndOthersFindNothing() {
        String body = "{\"requestedDueOn\":\"2024-07-05\",\"reason\":\"Chờ số liệu\"}";
        String otherOfficer = api.token("vinh-phuc", "so-noi-vu");
        api.post(extension, otherOfficer, body).isProblem(404);
        api.get("api/v1/obligations/" + h1 + "/extensions", otherOfficer).isProblem(404);
        api.post(extension, api.token("vinh-phuc", "so-tu-phap.head"), body).isProblem(403);
        api.post(extension, secretariat(), body).isProblem(403);

        assertThat(api.post(extension, officer(), body).status()).isEqualTo(201);
        api.post(extension + "/approve", officer(), "{\"dueOn\":\"2024-07-05\"}")
                .isProblem(403);
        api.post(extension + "/refuse", api.token("vinh-phuc", "leader"), "{\"comment\":\"x\"}")
                .isProblem(403);
        assertThat(api.get("api/v1/extensions", otherOfficer).array()).isEmpty();
        assertThat(api.get("api/v1/extensions?agency=so-tu-phap", otherOfficer).array())
                .isEmpty();
        assertThat(api.get("api/v1/extensions", api.token("vinh-phuc", "leader"))
                        .array())
                .hasSize(1);

        String dongThap = api.token("dong-thap", "secretariat");
        api.post(extension + "/approve", dongThap, "{\"dueOn\":\"2024-07-05\"}").isProblem(404);
        api.post(extension + "/refuse", dongThap, "{\"comment\":\"x\"}").isProblem(404);
        api.get("api/v1/obligations/" + h1 + "/extensions", dongThap).isProblem(404);
        assertThat(api.get("api/v1/extensions", dongThap).array()).isEmpty();
        api.get("api/v1/extensions", null).isProblem(401);
        assertThat(api.get("api/v1/obligations/" + h1 + "/extensions", officer())
                        .array()
                        .getJsonObject(0)
                        .getString("status"))
                .as("nothing decided by those who may not")
                .isEqualTo("PENDING");
    }

    @Test
    void badBodiesAreRefusedNamingTheFieldAndNothingChanges() throws SQLException {
        assertThat(detail(api.post(extension, officer(), "{\"requestedDueOn\":\"5/7/2024\",\"reason\":\"x\"}")
                        .isProblem(400)))
                .startsWith("requestedDueOn: ");
        assertThat(detail(api.post(extension, officer(), "{\"requestedDueOn\":20240705,\"reason\":\"x\"}")
                        .isProblem(400)))
                .startsWith("requestedDueOn: ");
        assertThat(detail(api.post(extension, officer(), "{\"reason\":\"x\"}").isProblem(400)))
                .startsWith("requestedDueOn: ");
        assertThat(detail(api.post(extension, officer(), "{\"requestedDueOn\":\"2024-07-05\"}")
                        .isProblem(400)))
                .startsWith("reason: ");
        assertThat(detail(api.post(extension, officer(), "{\"requestedDueOn\":\"2024-07-05\",\"reason\":true}")
                        .isProblem(400)))
                .startsWith("reason: ");
        api.post(extension, officer(), "[{\"requestedDueOn\":\"2024-07-05\"}]").isProblem(400);
        api.post(extension, officer(), "{\"requestedDueOn\":").isProblem(400);
        api.post(extension, officer(), "").isProblem(400);
        assertThat(detail(api.post(extension, officer(), "{\"requestedDueOn\":\"2024-06-19\",\"reason\":\"x\"}")
                        .isProblem(422)))
                .startsWith("requestedDueOn: ")
                .contains("2024-06-19");
        assertThat(api.get("api/v1/obligations/" + h1 + "/extensions", officer())
                        .array())
                .isEmpty();

        api.post(extension, officer(), "{\"requestedDueOn\":\"2024-07-05\",\"reason\":\"Chờ số liệu\"}");
        assertThat(detail(api.post(extension + "/approve", secretariat(), "{\"dueOn\":\"2024-06-19\"}")
                        .isProblem(422)))
                .startsWith("dueOn: ");
        assertThat(detail(api.post(extension + "/approve", secretariat(), "{\"dueOn\":5}")
                        .isProblem(400)))
                .startsWith("dueOn: ");
        assertThat(detail(api.post(extension + "/approve", secretariat(), "{}").isProblem(400)))
                .startsWith("dueOn: ");
        assertThat(detail(api.post(extension + "/refuse", secretariat(), "{\"comment\":[]}")
                        .isProblem(400)))
                .startsWith("comment: ");
        api.post(extension + "/refuse", secretariat(), "").isProblem(400);

        JsonObject unchanged = api.get("api/v1/obligations/" + h1 + "/extensions", officer())
                .array()
                .getJsonObject(0);
        assertThat(unchanged.getString("status")).isEqualTo("PENDING");
        assertThat(audited(h1, "REFUSED")).contains("extension.request", "extension.approve");
    }

    // --- a dated item's deadline for one agency (D-031) ---

    @Test
    void anOfficerAsksOnADatedItemTheSecretariatGrantsAndTheItemShowsBothDeadlinesForThatAgencyOnly()
            throws SQLException {
        long item = item("II.5.c");
        String deadlines = "api/v1/documents/" + document + "/items/" + item + "/deadlines";

        Api.Reply asked = api.post(
                deadlines + "/so-tu-phap/extension",
                officer(),
                "{\"requestedDueOn\":\"2025-01-31\",\"reason\":\"Chờ kết quả rà soát\"}");
        assertThat(asked.status()).as(asked.body()).isEqualTo(201);
        assertThat(asked.header("Location")).endsWith("/" + deadlines + "/so-tu-phap/extensions");
        assertThat(asked.object().getString("role")).isEqualTo("LEAD");
        assertThat(asked.object().getString("dueOn")).isEqualTo("2024-12-31");
        JsonObject pending = asked.object().getJsonObject("extension");
        assertThat(pending.getString("status")).isEqualTo("PENDING");
        assertThat(pending.getJsonNumber("itemId").longValue()).isEqualTo(item);
        assertThat(pending.isNull("obligationId")).isTrue();

        Api.Reply queue = api.get("api/v1/extensions?status=PENDING&document=" + document, secretariat());
        assertThat(queue.array().getValuesAs(JsonObject.class))
                .extracting(e ->
                        e.isNull("itemId") ? null : e.getJsonNumber("itemId").longValue())
                .containsExactly(item);

        Api.Reply approved =
                api.post(deadlines + "/so-tu-phap/extension/approve", secretariat(), "{\"dueOn\":\"2025-01-15\"}");
        assertThat(approved.status()).as(approved.body()).isEqualTo(200);
        assertThat(approved.object().getString("dueOn")).isEqualTo("2025-01-15");
        assertThat(approved.object().getString("originalDueOn")).isEqualTo("2024-12-31");

        assertThat(api.get(deadlines, secretariat()).array().getValuesAs(JsonObject.class))
                .filteredOn(d -> List.of("so-tu-phap", "cong-an-tinh").contains(d.getString("agencyCode")))
                .extracting(d ->
                        d.getString("agencyCode") + " " + d.getString("originalDueOn") + " → " + d.getString("dueOn"))
                .containsExactlyInAnyOrder(
                        "so-tu-phap 2024-12-31 → 2025-01-15", "cong-an-tinh 2024-12-31 → 2024-12-31");
        JsonObject shown =
                Api.item(api.get("api/v1/documents/" + document, officer()).object(), "II.5.c");
        assertThat(shown.getJsonArray("assignments").getValuesAs(JsonObject.class))
                .filteredOn(a -> a.getString("agencyCode").equals("so-tu-phap"))
                .extracting(a -> a.getString("originalDueOn") + " → " + a.getString("dueOn"))
                .containsExactly("2024-12-31 → 2025-01-15");
        assertThat(api.get(deadlines + "/so-tu-phap/extensions", officer())
                        .array()
                        .getValuesAs(JsonObject.class))
                .extracting(e -> e.getString("status") + " " + e.getString("dueOn"))
                .containsExactly("APPROVED 2025-01-15");
        assertThat(audited("item:" + item + ":so-tu-phap", "SUCCESS"))
                .containsExactly("extension.request", "extension.approve");
    }

    @Test
    void anItemsRequestIsRefusedWithABilingualReasonWhenItCannotBeMade() throws SQLException {
        long item = item("II.5.c");
        String path = "api/v1/documents/" + document + "/items/" + item + "/deadlines/so-tu-phap/extension";
        String body = "{\"requestedDueOn\":\"2025-01-31\",\"reason\":\"Chờ\"}";

        assertThat(detail(api.post(path, officer(), "{\"requestedDueOn\":\"31/1/2025\",\"reason\":\"x\"}")
                        .isProblem(400)))
                .startsWith("requestedDueOn: ");
        assertThat(detail(api.post(path, officer(), "{\"requestedDueOn\":\"2025-01-31\"}")
                        .isProblem(400)))
                .startsWith("reason: ")
                .contains("cần lý do / a reason is required");
        assertThat(detail(api.post(path, officer(), "{\"requestedDueOn\":\"2024-12-31\",\"reason\":\"x\"}")
                        .isProblem(422)))
                .startsWith("requestedDueOn: ")
                .contains("phải sau hạn hiện tại 2024-12-31 / must be after the current deadline 2024-12-31");
        assertThat(detail(api.post(
                                "api/v1/documents/" + document + "/items/" + item("II.10")
                                        + "/deadlines/so-tu-phap/extension",
                                officer(),
                                body)
                        .isProblem(409)))
                .contains("không có hạn")
                .contains("has no deadline");
        assertThat(detail(api.post(
                                "api/v1/documents/" + document + "/items/" + item + "/deadlines/so-noi-vu/extension",
                                api.token("vinh-phuc", "so-noi-vu"),
                                body)
                        .isProblem(409)))
                .contains("không được giao mục II.5.c")
                .contains("is not assigned item II.5.c");

        assertThat(api.post(path, officer(), body).status()).isEqualTo(201);
        assertThat(detail(api.post(path, officer(), body).isProblem(409))).contains("đang chờ quyết định / ");
        assertThat(detail(api.post(path + "/approve", secretariat(), "{\"dueOn\":\"2024-12-31\"}")
                        .isProblem(422)))
                .startsWith("dueOn: ");
        assertThat(detail(api.post(path + "/refuse", secretariat(), "{}").isProblem(400)))
                .startsWith("comment: ");
        api.post(path + "/refuse", secretariat(), "[1]").isProblem(400);
        Api.Reply refused = api.post(path + "/refuse", secretariat(), "{\"comment\":\"Đủ thời gian\"}");
        assertThat(refused.status()).as(refused.body()).isEqualTo(200);
        assertThat(refused.object().getString("dueOn")).isEqualTo("2024-12-31");
        assertThat(audited("item:" + item + ":so-tu-phap", "REFUSED"))
                .contains("extension.request", "extension.approve");
    }

    @Test
    void anItemsDeadlinesAreAnAgencysOwnAndAnotherDocumentAgencyOrTenantFindsNothing() {
        long item = item("II.5.c");
        String deadlines = "api/v1/documents/" + document + "/items/" + item + "/deadlines";
        String body = "{\"requestedDueOn\":\"2025-01-31\",\"reason\":\"Chờ\"}";
        String police = api.token("vinh-phuc", "cong-an-tinh");

        api.post(deadlines + "/so-tu-phap/extension", police, body).isProblem(404);
        api.post(deadlines + "/so-tu-phap/extension", api.token("vinh-phuc", "so-tu-phap.head"), body)
                .isProblem(403);
        api.post(deadlines + "/so-tu-phap/extension", secretariat(), body).isProblem(403);
        assertThat(api.post(deadlines + "/so-tu-phap/extension", officer(), body)
                        .status())
                .isEqualTo(201);
        api.post(deadlines + "/so-tu-phap/extension/approve", officer(), "{\"dueOn\":\"2025-01-31\"}")
                .isProblem(403);
        api.get(deadlines + "/so-tu-phap/extensions", police).isProblem(404);
        assertThat(api.get(deadlines, police).array().getValuesAs(JsonObject.class))
                .extracting(d -> d.getString("agencyCode") + " " + d.getString("role"))
                .containsExactly("cong-an-tinh COORDINATOR");
        assertThat(api.get("api/v1/extensions", police).array()).isEmpty();
        api.get("api/v1/documents/" + (document + 1) + "/items/" + item + "/deadlines", secretariat())
                .isProblem(404);
        api.post(
                        "api/v1/documents/" + (document + 1) + "/items/" + item
                                + "/deadlines/so-tu-phap/extension/approve",
                        secretariat(),
                        "{\"dueOn\":\"2025-01-31\"}")
                .isProblem(404);
        api.get(deadlines + "/khong-co/extensions", secretariat()).isProblem(404);

        String dongThap = api.token("dong-thap", "secretariat");
        api.get(deadlines, dongThap).isProblem(404);
        api.post(deadlines + "/so-tu-phap/extension/approve", dongThap, "{\"dueOn\":\"2025-01-31\"}")
                .isProblem(404);
        api.get(deadlines + "/so-tu-phap/extensions", dongThap).isProblem(404);
        assertThat(api.get(deadlines + "/so-tu-phap/extensions", officer())
                        .array()
                        .getJsonObject(0)
                        .getString("status"))
                .as("nothing decided by those who may not")
                .isEqualTo("PENDING");
    }

    private long item(String code) {
        return Api.item(api.get("api/v1/documents/" + document, secretariat()).object(), code)
                .getJsonNumber("id")
                .longValue();
    }

    private static String detail(Api.Reply problem) {
        return problem.object().getString("detail");
    }

    /** The action of each audit record on the obligation with that outcome, oldest first. */
    private static List<String> audited(long obligation, String outcome) throws SQLException {
        return audited(String.valueOf(obligation), outcome);
    }

    /** The action of each audit record on that target with that outcome, oldest first. */
    private static List<String> audited(String target, String outcome) throws SQLException {
        try (Connection c = TestEnvironment.database().connect();
                PreparedStatement s = c.prepareStatement("SELECT action FROM audit_record WHERE tenant_id ="
                        + " 'vinh-phuc' AND target = ? AND outcome = ? AND action LIKE 'extension.%' ORDER BY id")) {
            s.setString(1, target);
            s.setString(2, outcome);
            List<String> actions = new ArrayList<>();
            try (ResultSet rows = s.executeQuery()) {
                while (rows.next()) {
                    actions.add(rows.getString(1));
                }
            }
            return actions;
        }
    }

    private long obligation(String agency, String period) {
        return api
                .get("api/v1/obligations?agency=" + agency + "&document=" + document, secretariat())
                .array()
                .getValuesAs(JsonObject.class)
                .stream()
                .filter(o -> !o.isNull("periodLabel") && period.equals(o.getString("periodLabel")))
                .findFirst()
                .orElseThrow()
                .getJsonNumber("id")
                .longValue();
    }

    private String officer() {
        return api.token("vinh-phuc", "so-tu-phap");
    }

    private String secretariat() {
        return api.token("vinh-phuc", "secretariat");
    }
}
