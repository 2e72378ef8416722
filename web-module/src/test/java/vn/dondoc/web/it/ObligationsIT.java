package vn.dondoc.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The obligations Kế hoạch 204 creates, who sees which, and how they follow the assignments. Each
 * test starts with no documents in either demo tenant and imports the plan itself.
 */
class ObligationsIT extends DeployedProduct {

    private long document;

    @BeforeEach
    void kehoach204() throws SQLException, IOException {
        TenantDocuments.clear("vinh-phuc", "dong-thap");
        document = api.importKeHoach204(api.token("vinh-phuc", "secretariat"));
    }

    @Test
    void theImportMakesEveryReportingAgencyOweItsPlanAndItsPeriodicReports() {
        Api.Reply reply = api.get(
                "api/v1/obligations?agency=so-noi-vu&document=" + document + "&size=200",
                api.token("vinh-phuc", "secretariat"));
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        List<JsonObject> owed = reply.array().getValuesAs(JsonObject.class);

        JsonObject plan = owed.stream()
                .filter(o -> o.getString("kind").equals("DELIVERABLE"))
                .findFirst()
                .orElseThrow();
        assertThat(plan.getString("dueOn")).isEqualTo("2023-08-01");
        assertThat(plan.isNull("periodLabel")).isTrue();
        assertThat(plan.getString("status")).isEqualTo("PENDING");
        JsonObject firstHalf = owed.stream()
                .filter(o -> "2024-H1".equals(o.isNull("periodLabel") ? null : o.getString("periodLabel")))
                .findFirst()
                .orElseThrow();
        assertThat(firstHalf.getString("kind")).isEqualTo("PERIODIC");
        assertThat(firstHalf.getString("periodFrom")).isEqualTo("2023-12-15");
        assertThat(firstHalf.getString("periodTo")).isEqualTo("2024-06-14");
        assertThat(firstHalf.getString("dueOn")).isEqualTo("2024-06-19");
        assertThat(labels(reply.array())).contains("2023-H2", "2023-Y", "2024-H2", "2024-Y");
        assertThat(reply.header("X-Total-Count")).isEqualTo(String.valueOf(owed.size()));
    }

    @Test
    void anAgencySeesOnlyItsOwnAndAnotherTenantSeesNone() {
        String officer = api.token("vinh-phuc", "so-tu-phap");
        JsonArray own = api.get("api/v1/obligations?size=200", officer).array();
        assertThat(own).isNotEmpty();
        assertThat(own.getValuesAs(JsonObject.class))
                .allSatisfy(o -> assertThat(o.getString("agencyCode")).isEqualTo("so-tu-phap"));
        assertThat(api.get("api/v1/obligations?agency=so-noi-vu", officer).array())
                .isEmpty();

        String dongThap = api.token("dong-thap", "secretariat");
        assertThat(api.get("api/v1/obligations?document=" + document, dongThap).array())
                .isEmpty();
        assertThat(api.get("api/v1/obligations?size=200", dongThap).body())
                .doesNotContain("\"documentId\":" + document);

        api.get("api/v1/obligations?status=LATE", api.token("vinh-phuc", "secretariat"))
                .isProblem(400);
        api.get("api/v1/obligations?size=0", api.token("vinh-phuc", "leader")).isProblem(400);
        api.get("api/v1/obligations", null).isProblem(401);
    }

    @Test
    void aListIsSortedAsAskedAndPagesDoNotOverlap() {
        String officer = api.token("vinh-phuc", "so-tu-phap");
        List<String> soonest =
                dueDates(api.get("api/v1/obligations?size=200", officer).array());
        assertThat(soonest).hasSizeGreaterThan(2).isSorted();
        List<String> latest = dueDates(
                api.get("api/v1/obligations?sort=-dueOn&size=200", officer).array());
        List<String> reversed = new java.util.ArrayList<>(soonest);
        java.util.Collections.reverse(reversed);
        assertThat(latest).containsExactlyElementsOf(reversed);

        List<String> statuses =
                api
                        .get("api/v1/obligations?sort=status&size=200", officer)
                        .array()
                        .getValuesAs(JsonObject.class)
                        .stream()
                        .map(o -> o.getString("status"))
                        .toList();
        assertThat(statuses).isSorted();

        List<Long> pageByPage = new java.util.ArrayList<>();
        for (int page = 0; page * 3 < soonest.size(); page++) {
            api.get("api/v1/obligations?sort=-period&size=3&page=" + page, officer)
                    .array()
                    .getValuesAs(JsonObject.class)
                    .forEach(o -> pageByPage.add(o.getJsonNumber("id").longValue()));
        }
        assertThat(pageByPage).doesNotHaveDuplicates().hasSize(soonest.size());

        api.get("api/v1/obligations?sort=tenant_id", officer).isProblem(400);
    }

    private static List<String> dueDates(JsonArray obligations) {
        return obligations.getValuesAs(JsonObject.class).stream()
                .map(o -> o.getString("dueOn"))
                .toList();
    }

    @Test
    void aBodyARequestNamesOwesNothingUntilMadeALeadByHandAndAgainOnceTheAssignmentIsTakenBack() {
        String secretariat = api.token("vinh-phuc", "secretariat");
        String path = "api/v1/obligations?agency=toa-an-nhan-dan-tinh&document=" + document;
        assertThat(api.get(path, secretariat).array())
                .as("a coordinator of section II and requested by section III (\"Đề nghị …\"): it owes nothing")
                .isEmpty();

        long request = item(api.get("api/v1/documents/" + document, secretariat).object(), "III.4");
        Api.Reply assigned = api.post(
                "api/v1/documents/" + document + "/items/" + request + "/assignments",
                secretariat,
                "{\"agencyCode\":\"toa-an-nhan-dan-tinh\",\"role\":\"LEAD\"}");
        assertThat(assigned.status()).as(assigned.body()).isEqualTo(200);
        assertThat(assigned.object().getBoolean("requested")).isTrue();
        assertThat(labels(api.get(path, secretariat).array())).contains("2024-H1");

        long assignment = assigned.object().getJsonArray("assignments").getValuesAs(JsonObject.class).stream()
                .filter(a -> a.getString("agencyCode").equals("toa-an-nhan-dan-tinh"))
                .findFirst()
                .orElseThrow()
                .getJsonNumber("id")
                .longValue();
        api.send(api.request(
                                "api/v1/documents/" + document + "/items/" + request + "/assignments/" + assignment,
                                secretariat)
                        .DELETE())
                .object();
        assertThat(api.get(path, secretariat).array())
                .as("no report was begun: nothing is kept")
                .isEmpty();
    }

    @Test
    void theLeadsOfASectionThreeTaskOweTheirPlanAndReports() {
        JsonArray owed = api.get(
                        "api/v1/obligations?agency=bao-vinh-phuc&document=" + document + "&size=200",
                        api.token("vinh-phuc", "secretariat"))
                .array();

        assertThat(owed.getValuesAs(JsonObject.class))
                .as("Báo Vĩnh Phúc leads section III's item 3")
                .anySatisfy(o -> assertThat(o.getString("kind")).isEqualTo("DELIVERABLE"));
        assertThat(labels(owed)).contains("2023-H2", "2023-Y", "2024-H1", "2024-H2", "2024-Y");
    }

    @Test
    void aNewRegimeChangesWhatIsOwedAndWhen() {
        String secretariat = api.token("vinh-phuc", "secretariat");
        String regime = "api/v1/documents/" + document + "/regime";
        String body = "{\"agencyPlanDueOn\": \"2023-08-01\", \"reportingFrequencies\": [\"ANNUAL\"], "
                + "\"reportWorkingDays\": 5}";

        Api.Reply set = put(regime, secretariat, body);
        assertThat(set.status()).as(set.body()).isEqualTo(200);
        assertThat(set.object().getJsonObject("implementation").getBoolean("regimeEdited"))
                .isTrue();
        JsonArray owedNow = api.get(
                        "api/v1/obligations?agency=so-noi-vu&document=" + document + "&size=200", secretariat)
                .array();
        List<JsonObject> owed = owedNow.getValuesAs(JsonObject.class);
        assertThat(labels(owedNow))
                .as("no six-monthly reports any more")
                .doesNotContain("2023-H2", "2024-H1")
                .contains("2023-Y", "2024-Y");
        assertThat(owed.stream()
                        .filter(o -> !o.isNull("periodLabel")
                                && o.getString("periodLabel").equals("2023-Y"))
                        .findFirst()
                        .orElseThrow()
                        .getString("dueOn"))
                .as("five working days after Thursday 14/12/2023")
                .isEqualTo("2023-12-21");

        put(regime, api.token("vinh-phuc", "leader"), body).isProblem(403);
        put(regime, api.token("dong-thap", "secretariat"), body).isProblem(404);
        put(regime, secretariat, body.replace("5}", "0}")).isProblem(400);
        assertThat(put(regime, secretariat, body.replace("5}", "2.5}"))
                        .isProblem(400)
                        .object()
                        .getString("detail"))
                .as("not read as 2")
                .startsWith("reportWorkingDays: ");
        put(regime, secretariat, "{\"reportingFrequencies\": [\"WEEKLY\"]}").isProblem(400);
    }

    private Api.Reply put(String path, String token, String json) {
        return api.send(api.request(path, token)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    private static List<String> labels(JsonArray obligations) {
        return obligations.getValuesAs(JsonObject.class).stream()
                .filter(o -> !o.isNull("periodLabel"))
                .map(o -> o.getString("periodLabel"))
                .toList();
    }

    private static long item(JsonObject document, String code) {
        return find(document.getJsonArray("items"), code);
    }

    private static long find(JsonArray items, String code) {
        for (JsonObject item : items.getValuesAs(JsonObject.class)) {
            if (item.getString("code").equals(code)) {
                return item.getJsonNumber("id").longValue();
            }
            long below = find(item.getJsonArray("children"), code);
            if (below >= 0) {
                return below;
            }
        }
        return -1;
    }
}
