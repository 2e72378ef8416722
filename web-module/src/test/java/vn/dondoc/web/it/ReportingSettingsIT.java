package vn.dondoc.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The tenant's default sending deadline through the API: who reads and sets it, how Kế hoạch 204's
 * due dates follow, what is refused, and the wall between tenants; and an agency added into a group
 * the plan names for its reporting, which owes at once. Each test starts with no documents in either
 * demo tenant and imports the plan itself, and puts both tenants' default back to 3 when it ends.
 */
class ReportingSettingsIT extends DeployedProduct {

    private static final String SETTINGS = "api/v1/settings/reporting";

    private long document;

    @BeforeEach
    void kehoach204() throws SQLException, IOException {
        TenantDocuments.clear("vinh-phuc", "dong-thap");
        document = api.importKeHoach204(api.token("vinh-phuc", "secretariat"));
    }

    @AfterEach
    void backToThreeWorkingDays() {
        for (String tenant : List.of("vinh-phuc", "dong-thap")) {
            Api.Reply reset = put(SETTINGS, api.token(tenant, "admin"), "{\"sendingWorkingDays\": 3}");
            assertThat(reset.status()).as(reset.body()).isEqualTo(200);
        }
    }

    @Test
    void theAdministratorsDefaultMovesTheDueDatesAndOnlyInItsTenant() {
        assertThat(sendingWorkingDays("vinh-phuc", "so-noi-vu"))
                .as("an agency officer reads it")
                .isEqualTo(3);
        assertThat(dueOn("so-noi-vu", "2024-H1")).isEqualTo("2024-06-19");

        Api.Reply set = put(SETTINGS, api.token("vinh-phuc", "admin"), "{\"sendingWorkingDays\": 5}");

        assertThat(set.status()).as(set.body()).isEqualTo(200);
        assertThat(set.object().getInt("sendingWorkingDays")).isEqualTo(5);
        assertThat(sendingWorkingDays("vinh-phuc", "leader")).isEqualTo(5);
        assertThat(dueOn("so-noi-vu", "2024-H1"))
                .as("Friday 14/06/2024 + 5 working days")
                .isEqualTo("2024-06-21");
        assertThat(dueOn("ubnd-huyen-tam-dao", "2024-Y"))
                .as("Saturday 14/12/2024 + 5")
                .isEqualTo("2024-12-20");
        assertThat(dueOn("so-noi-vu", null))
                .as("the agencies' plans keep their date")
                .isEqualTo("2023-08-01");
        assertThat(sendingWorkingDays("dong-thap", "admin"))
                .as("the other tenant's")
                .isEqualTo(3);
        assertThat(api.get("api/v1/audit?size=20", api.token("vinh-phuc", "admin"))
                        .body())
                .contains("settings.reporting", "sendingWorkingDays=5");
    }

    @Test
    void aDocumentWithItsOwnDeadlineKeepsIt() {
        Api.Reply regime = put(
                "api/v1/documents/" + document + "/regime",
                api.token("vinh-phuc", "secretariat"),
                "{\"agencyPlanDueOn\": \"2023-08-01\", \"reportingFrequencies\": [\"SEMIANNUAL\", \"ANNUAL\"], "
                        + "\"reportWorkingDays\": 4}");
        assertThat(regime.status()).as(regime.body()).isEqualTo(200);
        assertThat(dueOn("so-noi-vu", "2024-H1")).isEqualTo("2024-06-20");

        put(SETTINGS, api.token("vinh-phuc", "admin"), "{\"sendingWorkingDays\": 10}")
                .object();

        assertThat(dueOn("so-noi-vu", "2024-H1")).isEqualTo("2024-06-20");
    }

    @Test
    void onlyTheAdministratorSetsItAndAWrongNumberChangesNothing() {
        String body = "{\"sendingWorkingDays\": 5}";
        for (String user : List.of("secretariat", "leader", "so-noi-vu", "so-noi-vu.head")) {
            put(SETTINGS, api.token("vinh-phuc", user), body).isProblem(403);
        }
        put(SETTINGS, null, body).isProblem(401);
        api.get(SETTINGS, null).isProblem(401);

        String admin = api.token("vinh-phuc", "admin");
        for (String wrong : List.of(
                "{\"sendingWorkingDays\": 0}",
                "{\"sendingWorkingDays\": -1}",
                "{\"sendingWorkingDays\": 61}",
                "{\"sendingWorkingDays\": 2.5}",
                "{\"sendingWorkingDays\": null}",
                "{\"sendingWorkingDays\": \"abc\"}",
                "{\"sendingWorkingDays\": \"5\"}",
                "{\"sendingWorkingDays\": true}",
                "{}")) {
            Api.Reply refused = put(SETTINGS, admin, wrong).isProblem(400);
            assertThat(refused.object().getString("detail"))
                    .as(wrong)
                    .isEqualTo("sendingWorkingDays: phải là số ngày làm việc từ 1 đến 60, số nguyên / must be a whole "
                            + "number of working days from 1 to 60");
        }
        for (String unreadable : List.of("[5]", "năm ngày", "")) {
            put(SETTINGS, admin, unreadable).isProblem(400);
        }
        assertThat(api.get("api/v1/audit?size=20", admin).array().getValuesAs(JsonObject.class))
                .as("a wrong number from the administrator is audited as refused")
                .anySatisfy(record -> {
                    assertThat(record.getString("action")).isEqualTo("settings.reporting");
                    assertThat(record.getString("outcome")).isEqualTo("REFUSED");
                    assertThat(record.getString("target")).isEqualTo("sendingWorkingDays=0");
                });

        assertThat(sendingWorkingDays("vinh-phuc", "admin")).isEqualTo(3);
        assertThat(dueOn("so-noi-vu", "2024-H1")).isEqualTo("2024-06-19");
    }

    @Test
    void anotherTenantsAdministratorChangesOnlyItsOwn() {
        Api.Reply set = put(SETTINGS, api.token("dong-thap", "admin"), "{\"sendingWorkingDays\": 7}");
        assertThat(set.status()).as(set.body()).isEqualTo(200);

        assertThat(sendingWorkingDays("dong-thap", "leader")).isEqualTo(7);
        assertThat(sendingWorkingDays("vinh-phuc", "admin")).isEqualTo(3);
        assertThat(dueOn("so-noi-vu", "2024-H1")).isEqualTo("2024-06-19");
    }

    /** The API's path for a group's new member: POST /agencies with the group (D-022, GroupMembersChanged). */
    @Test
    void anAgencyAddedIntoAGroupThePlanNamesOwesAtOnce() {
        Api.Reply created = api.post(
                "api/v1/agencies",
                api.token("vinh-phuc", "admin"),
                "{\"name\":\"Sở Thử nghiệm Hạn gửi\",\"kind\":\"DEPARTMENT\","
                        + "\"groups\":[\"cac-so-ban-nganh-cua-tinh\"]}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);

        assertThat(dueOn("so-thu-nghiem-han-gui", null)).isEqualTo("2023-08-01");
        assertThat(dueOn("so-thu-nghiem-han-gui", "2024-H1")).isEqualTo("2024-06-19");
    }

    private int sendingWorkingDays(String tenant, String user) {
        Api.Reply reply = api.get(SETTINGS, api.token(tenant, user));
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.object().getInt("sendingWorkingDays");
    }

    /** When the agency's obligation for the period is due ({@code null}: its own plan). */
    private String dueOn(String agency, String periodLabel) {
        Api.Reply reply = api.get(
                "api/v1/obligations?agency=" + agency + "&document=" + document + "&size=200",
                api.token("vinh-phuc", "secretariat"));
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.array().getValuesAs(JsonObject.class).stream()
                .filter(o -> periodLabel == null
                        ? o.isNull("periodLabel")
                        : !o.isNull("periodLabel") && o.getString("periodLabel").equals(periodLabel))
                .findFirst()
                .orElseThrow(
                        () -> new AssertionError(agency + " owes nothing for " + periodLabel + ": " + reply.body()))
                .getString("dueOn");
    }

    private Api.Reply put(String path, String token, String json) {
        return api.send(api.request(path, token)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
    }
}
