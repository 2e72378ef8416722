package vn.dondoc.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import java.sql.SQLException;
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
 * Reminders over HTTP with the server's clock at Thursday 20/06/2024 10:00 in Vĩnh Phúc, the first
 * working day after Kế hoạch 204's 2024-H1 reports were due (19/06): the administrator replays the
 * day, each agency reads its own notices and marks them read, the secretariat reads the log, and
 * nobody reaches a notice that is not theirs. Its own deployment, for its own clock.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class NotificationsIT {

    private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();

    @ArquillianResource
    URL base;

    private Api api;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.productWarWith("dondoc.clock=2024-06-20T03:00:00Z\n"
                + "dondoc.notifications.base-url=https://dondoc.vinhphuc.example\n");
    }

    @BeforeEach
    void kehoach204RemindedOnTheTwentieth() throws SQLException {
        api = new Api(base, TOKENS);
        TenantDocuments.clear("vinh-phuc", "dong-thap");
        api.importKeHoach204(token("secretariat"));
        Api.Reply run = api.post("api/v1/notifications/reminders?day=2024-06-20", token("admin"), "");
        assertThat(run.status()).as(run.body()).isEqualTo(200);
        assertThat(run.object().getBoolean("workingDay")).isTrue();
        assertThat(run.object().getInt("notices")).isPositive();
    }

    @Test
    void anAgencyReadsItsOwnRemindersInVietnameseAndTheSameDayAgainSendsNothing() {
        Api.Reply inbox = api.get("api/v1/notifications?size=100", token("so-tu-phap"));
        assertThat(inbox.status()).as(inbox.body()).isEqualTo(200);
        List<JsonObject> notices = inbox.array().getValuesAs(JsonObject.class);
        assertThat(inbox.header("X-Total-Count")).isEqualTo(Integer.toString(notices.size()));
        assertThat(notices)
                .isNotEmpty()
                .allSatisfy(n -> assertThat(n.getString("agencyCode")).isEqualTo("so-tu-phap"));
        JsonObject h1 = notices.stream()
                .filter(n -> n.getString("subject").contains("2024-H1"))
                .findFirst()
                .orElseThrow();
        assertThat(h1.getString("kind")).isEqualTo("OVERDUE");
        assertThat(h1.getString("subject"))
                .isEqualTo("[Đôn Đốc] Quá hạn gửi báo cáo kỳ 2024-H1 - 204/KH-UBND (hạn 19/06/2024)");
        assertThat(h1.getString("body")).contains("Kính gửi Sở Tư pháp", "quá hạn 1 ngày làm việc");
        assertThat(h1.getString("link"))
                .isEqualTo("https://dondoc.vinhphuc.example/app/bao-cao.xhtml?obligation="
                        + h1.getJsonNumber("obligationId").longValue());
        assertThat(h1.getBoolean("read")).isFalse();
        assertThat(api.get("api/v1/notifications", token("so-tai-chinh"))
                        .array()
                        .getValuesAs(JsonObject.class))
                .isNotEmpty()
                .allSatisfy(n -> assertThat(n.getString("agencyCode")).isEqualTo("so-tai-chinh"));

        Api.Reply again = api.post("api/v1/notifications/reminders?day=2024-06-20", token("admin"), "");
        assertThat(again.object().getInt("notices")).isZero();
        assertThat(api.get("api/v1/notifications?size=100", token("so-tu-phap")).header("X-Total-Count"))
                .isEqualTo(Integer.toString(notices.size()));
    }

    @Test
    void aNoticeIsMarkedReadByItsRecipientAndIsNotFoundForAnyoneElse() {
        long id = api.get("api/v1/notifications", token("so-tu-phap"))
                .array()
                .getJsonObject(0)
                .getJsonNumber("id")
                .longValue();
        String path = "api/v1/notifications/" + id + "/read";

        api.post(path, token("so-tai-chinh"), "").isProblem(404);
        api.post(path, token("so-tu-phap.head"), "").isProblem(404);
        api.post(path, api.token("dong-thap", "admin"), "").isProblem(404);
        Api.Reply read = api.post(path, token("so-tu-phap"), "");
        assertThat(read.status()).as(read.body()).isEqualTo(200);
        assertThat(read.object().getBoolean("read")).isTrue();
        assertThat(api.get("api/v1/notifications", token("so-tu-phap"))
                        .array()
                        .getJsonObject(0)
                        .getBoolean("read"))
                .isTrue();
    }

    @Test
    void theSecretariatSeesTheLogAndAnAgencyDoesNot() {
        Api.Reply log = api.get("api/v1/notifications/log?page=0&size=20", token("secretariat"));
        assertThat(log.status()).as(log.body()).isEqualTo(200);
        List<JsonObject> entries = log.array().getValuesAs(JsonObject.class);
        assertThat(entries).hasSize(20);
        assertThat(log.header("Link")).contains("rel=\"next\"");
        assertThat(entries).allSatisfy(e -> {
            assertThat(e.getString("recipient")).isNotBlank();
            assertThat(e.getJsonArray("deliveries").getJsonObject(0).getString("channel"))
                    .isEqualTo("INBOX");
        });
        api.get("api/v1/notifications/log", token("so-tu-phap")).isProblem(403);
    }

    @Test
    void onlyTheAdministratorReplaysAndNeverADayToCome() {
        api.post("api/v1/notifications/reminders?day=2024-06-21", token("admin"), "")
                .isProblem(400);
        api.post("api/v1/notifications/reminders?day=20-06-2024", token("admin"), "")
                .isProblem(400);
        api.post("api/v1/notifications/reminders?day=2024-06-20", token("secretariat"), "")
                .isProblem(403);
        Api.Reply saturday = api.post("api/v1/notifications/reminders?day=2024-06-15", token("admin"), "");
        assertThat(saturday.object().getBoolean("workingDay")).isFalse();
        assertThat(saturday.object().getInt("notices")).isZero();
    }

    private String token(String user) {
        return api.token("vinh-phuc", user);
    }
}
