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
