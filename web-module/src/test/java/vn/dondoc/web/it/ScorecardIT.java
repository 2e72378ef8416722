package vn.dondoc.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpRequest;
import java.sql.SQLException;
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
 * The scorecard over HTTP, with the server's clock fixed at 01/09/2024 10:00 in Vĩnh Phúc and Kế
 * hoạch 204 imported then: the JSON, its drill-down, who reads which lines, the scoring rules, and the
 * refusals. Its own deployment, for its own clock.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ScorecardIT {

    private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();

    @ArquillianResource
    URL base;

    private Api api;
    private long document;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.productWarWith("dondoc.clock=2024-09-01T03:00:00Z\n");
    }

    @BeforeEach
    void kehoach204() throws SQLException {
        api = new Api(base, TOKENS);
        TenantDocuments.clear("vinh-phuc", "dong-thap");
        document = api.importKeHoach204(api.token("vinh-phuc", "secretariat"));
    }

    @Test
    void theLeaderReadsEveryAgencysLineAndEachCountListsWhatItCounts() {
        Api.Reply card = api.get("api/v1/scorecard?document=" + document, leader());

        assertThat(card.status()).as(card.body()).isEqualTo(200);
        JsonObject json = card.object();
        assertThat(json.getString("asOf")).isEqualTo("2024-09-01");
        JsonObject justice = line(json, "so-tu-phap");
        assertThat(justice.getString("name")).isEqualTo("Sở Tư pháp");
        JsonObject tasks = justice.getJsonObject("tasks");
        assertThat(tasks.getInt("assigned")).isPositive();
        assertThat(tasks.getInt("due"))
                .isEqualTo(
                        tasks.getInt("completedOnTime") + tasks.getInt("completedLate") + tasks.getInt("openOverdue"));
        assertThat(justice.getJsonObject("rates").getJsonNumber("overdueOfDue").bigDecimalValue())
                .isPositive();
        assertThat(json.getJsonObject("rules").getString("formula")).contains("điểm = 100 ×");

        String drillDown = justice.getString("drillDown");
        assertThat(drillDown).startsWith("/api/v1/scorecard/lines?asOf=2024-09-01&document=" + document);
        Api.Reply overdue = api.get(drillDown.substring(1) + "&count=openOverdue&size=500", leader());
        assertThat(overdue.status()).as(overdue.body()).isEqualTo(200);
        assertThat(overdue.header("X-Total-Count")).isEqualTo(String.valueOf(tasks.getInt("openOverdue")));
        assertThat(overdue.array()).hasSize(tasks.getInt("openOverdue")).allSatisfy(l -> {
            assertThat(l.asJsonObject().getString("status")).isEqualTo("OPEN_OVERDUE");
            assertThat(l.asJsonObject().getInt("daysOverdue")).isPositive();
        });
    }

    @Test
    void whatWasNotYetKnownOnAnEarlierDayIsNotOnThatDaysScorecard() {
        JsonObject before =
                api.get("api/v1/scorecard?asOf=2024-08-31", leader()).object();

        assertThat(before.getJsonArray("agencies")).isEmpty();
        assertThat(before.getJsonObject("totals").getJsonObject("tasks").getInt("assigned"))
                .isZero();
    }

    @Test
    void anAgencysOfficerReadsItsOwnLineOnly() {
        JsonObject own = api.get("api/v1/scorecard", api.token("vinh-phuc", "so-tu-phap"))
                .object();

        assertThat(own.getJsonArray("agencies"))
                .singleElement()
                .satisfies(a ->
                        assertThat(a.asJsonObject().getString("agencyCode")).isEqualTo("so-tu-phap"));
        Api.Reply others = api.get(
                "api/v1/scorecard/lines?agency=so-tai-chinh&count=assigned", api.token("vinh-phuc", "so-tu-phap"));
        assertThat(others.array())
                .allSatisfy(l ->
                        assertThat(l.asJsonObject().getString("agencyCode")).isEqualTo("so-tu-phap"));
    }

    @Test
    void wrongParametersAreRefusedInBothLanguagesAndAnotherTenantFindsNothing() {
        assertThat(api.get("api/v1/scorecard?asOf=31/08/2024", leader())
                        .isProblem(400)
                        .object()
                        .getString("detail"))
                .contains("asOf", "không phải ngày", "not a YYYY-MM-DD date");
        assertThat(api.get("api/v1/scorecard?asOf=2024-09-02", leader())
                        .isProblem(400)
                        .object()
                        .getString("detail"))
                .contains("không được sau hôm nay", "must not be after today");
        api.get("api/v1/scorecard/lines?count=everything", leader()).isProblem(400);
        api.get("api/v1/scorecard?document=" + document, api.token("dong-thap", "leader"))
                .isProblem(404);
        api.get("api/v1/scorecard/lines?document=" + document + "&count=assigned", api.token("dong-thap", "leader"))
                .isProblem(404);
        assertThat(api.get("api/v1/scorecard", api.token("dong-thap", "leader"))
                        .object()
                        .getJsonArray("agencies"))
                .isEmpty();
        api.get("api/v1/scorecard", null).isProblem(401);
    }

    @Test
    void targetsAreReadFromThePlanJudgedOnAcceptedReportsAndTheEmulationRuleExcludesAnAgencyThatMissedOne() {
        String secretariat = api.token("vinh-phuc", "secretariat");
        Api.Reply read = api.get("api/v1/targets?size=500&document=" + document, secretariat);
        assertThat(read.status()).as(read.body()).isEqualTo(200);
        assertThat(read.array())
                .isNotEmpty()
                .allSatisfy(
                        t -> assertThat(t.asJsonObject().getString("source")).isEqualTo("PLAN"));
        assertThat(read.array().getValuesAs(JsonObject.class)).anySatisfy(t -> {
            assertThat(t.getString("name")).contains("đối tượng được TGPL");
            assertThat(t.getString("unit")).isEqualTo("%");
            assertThat(t.getJsonNumber("value").intValue()).isEqualTo(100);
            assertThat(t.getString("sourceText")).contains("100%");
        });

        Api.Reply made = api.post(
                "api/v1/documents/" + document + "/targets",
                secretariat,
                "{\"agencyCode\":\"so-tu-phap\",\"year\":2023,\"periodLabel\":\"2023-H2\",\"name\":\"Tỷ lệ hòa giải"
                        + " thành\",\"unit\":\"%\",\"direction\":\"AT_LEAST\",\"value\":95}");
        assertThat(made.status()).as(made.body()).isEqualTo(201);
        long target = made.array().getJsonObject(0).getJsonNumber("id").longValue();
        api.post("api/v1/documents/" + document + "/targets", secretariat, "{\"agencyCode\":\"so-tu-phap\"}")
                .isProblem(400);
        api.post("api/v1/documents/" + document + "/targets", api.token("vinh-phuc", "so-tu-phap"), "{}")
                .isProblem(403);
        api.post("api/v1/documents/" + document + "/targets", api.token("dong-thap", "secretariat"), "{}")
                .isProblem(404);
        api.get("api/v1/targets/" + target, api.token("dong-thap", "secretariat"))
                .isProblem(404);

        long obligation = api
                .get("api/v1/obligations?size=500&agency=so-tu-phap&document=" + document, secretariat)
                .array()
                .getValuesAs(JsonObject.class)
                .stream()
                .filter(o -> "2023-H2".equals(o.getString("periodLabel", null)))
                .findFirst()
                .orElseThrow()
                .getJsonNumber("id")
                .longValue();
        String officer = api.token("vinh-phuc", "so-tu-phap");
        long item = api.get("api/v1/obligations/" + obligation + "/report", officer)
                .object()
                .getJsonArray("entries")
                .getJsonObject(0)
                .getJsonNumber("itemId")
                .longValue();
        Api.Reply saved = put(
                "api/v1/obligations/" + obligation + "/report",
                officer,
                "{\"summary\":\"Báo cáo 6 tháng cuối năm 2023\",\"entries\":[{\"itemId\":" + item
                        + ",\"narrative\":\"Hòa giải\",\"completed\":false,\"figures\":[{\"name\":\"Tỷ lệ hòa giải"
                        + " thành\",\"numerator\":2897,\"denominator\":3073,\"unit\":\"vụ việc\"}]}]}");
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        assertThat(api.post("api/v1/obligations/" + obligation + "/report/submit", officer, "")
                        .status())
                .isEqualTo(200);
        assertThat(api.post(
                                "api/v1/obligations/" + obligation + "/report/approve",
                                api.token("vinh-phuc", "so-tu-phap.head"),
                                "")
                        .status())
                .isEqualTo(200);
        JsonObject notYet =
                api.get("api/v1/targets/" + target, secretariat).object().getJsonObject("attainment");
        assertThat(notYet.getString("status")).as("approved, not accepted").isEqualTo("NO_RESULT");
        assertThat(api.post("api/v1/obligations/" + obligation + "/report/accept", secretariat, "")
                        .status())
                .isEqualTo(200);

        JsonObject judged =
                api.get("api/v1/targets/" + target, secretariat).object().getJsonObject("attainment");
        assertThat(judged.getString("status")).isEqualTo("MISSED");
        JsonObject result = judged.getJsonObject("result");
        assertThat(result.getJsonNumber("numerator").intValue()).isEqualTo(2897);
        assertThat(result.getJsonNumber("denominator").intValue()).isEqualTo(3073);
        assertThat(result.getJsonNumber("value").bigDecimalValue()).isEqualByComparingTo("94.27");
        assertThat(result.getString("oneDecimal")).isEqualTo("94,3 %");

        JsonObject track = line(api.get("api/v1/scorecard", leader()).object(), "so-tu-phap")
                .getJsonObject("targets");
        assertThat(track.getInt("year")).isEqualTo(2023);
        assertThat(track.getInt("missed")).isEqualTo(1);
        assertThat(track.getBoolean("excludedFromEmulation")).isFalse();
        Api.Reply ruled =
                put("api/v1/settings/scoring", api.token("vinh-phuc", "admin"), "{\"excludeMissedTargets\": true}");
        assertThat(ruled.status()).as(ruled.body()).isEqualTo(200);
        JsonObject after = api.get("api/v1/scorecard", leader()).object();
        assertThat(line(after, "so-tu-phap").getJsonObject("targets").getBoolean("excludedFromEmulation"))
                .isTrue();
        assertThat(after.getJsonObject("totals").getJsonObject("targets").getInt("agenciesExcluded"))
                .isEqualTo(1);
        put("api/v1/settings/scoring", api.token("vinh-phuc", "admin"), "{\"excludeMissedTargets\": \"yes\"}")
                .isProblem(400);
        put("api/v1/settings/scoring", api.token("vinh-phuc", "admin"), "{\"excludeMissedTargets\": false}");
    }

    @Test
    void theAdminSetsTheScoringRulesAndOnlyTheAdmin() {
        String admin = api.token("vinh-phuc", "admin");

        Api.Reply set = put("api/v1/settings/scoring", admin, "{\"bandExcellent\": 95, \"weightTimeliness\": 40}");

        assertThat(set.status()).as(set.body()).isEqualTo(200);
        assertThat(set.object().getJsonNumber("bandExcellent").intValue()).isEqualTo(95);
        assertThat(set.object().getInt("weightTimeliness")).isEqualTo(40);
        assertThat(set.object().getInt("weightCompletedOfDue")).isEqualTo(30);
        assertThat(api.get("api/v1/settings/scoring", leader()).object().getInt("weightTimeliness"))
                .isEqualTo(40);
        put("api/v1/settings/scoring", leader(), "{\"bandExcellent\": 80}").isProblem(403);
        assertThat(put("api/v1/settings/scoring", admin, "{\"bandPass\": 80}")
                        .isProblem(400)
                        .object()
                        .getString("detail"))
                .contains("bands");
        assertThat(put("api/v1/settings/scoring", admin, "{\"weightOnTimeOfDue\": \"many\"}")
                        .isProblem(400)
                        .object()
                        .getString("detail"))
                .contains("weightOnTimeOfDue", "không phải số", "not a number");
        put("api/v1/settings/scoring", admin, "[1, 2]").isProblem(400);
        put("api/v1/settings/scoring", admin, "{\"weights\": 1}").isProblem(400);
        put("api/v1/settings/scoring", admin, "{\"weightCompletedOfDue\": 30, \"weightTimeliness\": 20}");
    }

    private Api.Reply put(String path, String token, String json) {
        return api.send(api.request(path, token)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    private String leader() {
        return api.token("vinh-phuc", "leader");
    }

    private static JsonObject line(JsonObject card, String agency) {
        return card.getJsonArray("agencies").stream()
                .map(v -> v.asJsonObject())
                .filter(a -> agency.equals(a.getString("agencyCode")))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No line for " + agency));
    }
}
