package vn.dondoc.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The working-day calendar: computed holidays for everyone, the days an administrator moves, what
 * is refused, and the wall between tenants. Each test sets the moved days of a year only it uses.
 */
class CalendarIT extends DeployedProduct {

    @Test
    void everyoneReadsTheYearsHolidaysWithTheirReasons() {
        JsonObject year = api.get("api/v1/calendar/2024", api.token("vinh-phuc", "ubnd-huyen-tam-dao"))
                .object();

        assertThat(year.getInt("year")).isEqualTo(2024);
        JsonObject tet = dayOff(year, "2024-02-10");
        assertThat(tet.getString("reason")).isEqualTo("TET");
        assertThat(tet.getString("label")).isNotBlank();
        assertThat(tet.getString("labelEn")).isNotBlank();
        assertThat(dayOff(year, "2024-04-18").getString("reason")).isEqualTo("HUNG_KINGS");
        assertThat(dayOff(year, "2024-09-02").getString("reason")).isEqualTo("NATIONAL_DAY");
        assertThat(dayOff(year, "2024-09-03").getString("reason")).isEqualTo("NATIONAL_DAY");
        assertThat(dates(year.getJsonArray("daysOff")))
                .as("Saturdays and Sundays are not listed one by one")
                .doesNotContain("2024-01-06", "2024-01-07");
    }

    @Test
    void theAdministratorMovesDaysAndOnlyItsTenantSeesThem() {
        String admin = api.token("vinh-phuc", "admin");
        Api.Reply moved = put("api/v1/calendar/2025/moved-days", admin, """
                [{"date": "2025-01-27", "working": false, "reason": "Hoán đổi với thứ Bảy 08/02/2025"},
                 {"date": "2025-02-08", "working": true, "reason": "Làm bù cho thứ Hai 27/01/2025"}]
                """);
        assertThat(moved.status()).as(moved.body()).isEqualTo(200);
        JsonObject year = api.get("api/v1/calendar/2025", api.token("vinh-phuc", "leader"))
                .object();
        assertThat(dayOff(year, "2025-01-27").getString("reason")).isEqualTo("MOVED");
        assertThat(dayOff(year, "2025-01-27").getString("note")).isEqualTo("Hoán đổi với thứ Bảy 08/02/2025");
        assertThat(dates(year.getJsonArray("workedWeekendDays"))).containsExactly("2025-02-08");

        JsonObject dongThap =
                api.get("api/v1/calendar/2025", api.token("dong-thap", "admin")).object();
        assertThat(dates(dongThap.getJsonArray("daysOff"))).doesNotContain("2025-01-27");
        assertThat(dongThap.getJsonArray("workedWeekendDays")).isEmpty();

        assertThat(api.get("api/v1/audit?size=20", admin).body()).contains("calendar.move-days");

        JsonObject cleared = put("api/v1/calendar/2025/moved-days", admin, "[]").object();
        assertThat(dates(cleared.getJsonArray("daysOff"))).doesNotContain("2025-01-27");
        assertThat(cleared.getJsonArray("workedWeekendDays")).isEmpty();
    }

    @Test
    void onlyTheAdministratorMovesDaysAndAWrongListChangesNothing() {
        String admin = api.token("vinh-phuc", "admin");
        put("api/v1/calendar/2026/moved-days", admin, "[]").object();
        String holidays = api.get("api/v1/calendar/2026", admin).object().toString();
        String oneDay = "[{\"date\": \"2026-01-02\", \"working\": false, \"reason\": \"Nghỉ nối Tết Dương lịch\"}]";

        put("api/v1/calendar/2026/moved-days", api.token("vinh-phuc", "secretariat"), oneDay)
                .isProblem(403);
        put("api/v1/calendar/2026/moved-days", admin, oneDay.replace("2026-01-02", "2025-01-02"))
                .isProblem(400);
        put(
                        "api/v1/calendar/2026/moved-days",
                        admin,
                        "[" + oneDay.substring(1, oneDay.length() - 1) + "," + oneDay.substring(1))
                .isProblem(400);
        // a Friday is a working day already
        put("api/v1/calendar/2026/moved-days", admin, oneDay.replace("\"working\": false", "\"working\": true"))
                .isProblem(400);
        put(
                        "api/v1/calendar/2026/moved-days",
                        admin,
                        oneDay.replace("\"reason\": \"Nghỉ nối Tết Dương lịch\"", "\"reason\": \"\""))
                .isProblem(400);
        put("api/v1/calendar/2026/moved-days", admin, "{\"date\": \"2026-01-02\"}")
                .isProblem(400);
        api.get("api/v1/calendar/1800", admin).isProblem(400);
        api.get("api/v1/calendar/abc", admin).isProblem(404);
        api.get("api/v1/calendar/2026", null).isProblem(401);

        assertThat(api.get("api/v1/calendar/2026", admin).object().toString()).isEqualTo(holidays);
    }

    private Api.Reply put(String path, String token, String json) {
        return api.send(api.request(path, token)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    private static JsonObject dayOff(JsonObject year, String date) {
        return year.getJsonArray("daysOff").getValuesAs(JsonObject.class).stream()
                .filter(d -> d.getString("date").equals(date))
                .findFirst()
                .orElseThrow(() -> new AssertionError(date + " is not a day off in " + year));
    }

    private static List<String> dates(JsonArray days) {
        return days.getValuesAs(JsonObject.class).stream()
                .map(d -> d.getString("date"))
                .toList();
    }
}
