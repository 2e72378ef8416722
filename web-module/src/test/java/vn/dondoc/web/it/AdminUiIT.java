package vn.dondoc.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URL;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The administrator's screens in headless Chromium: the agency directory and its groups, the
 * working calendar, the reminder and reporting settings; each change made on a page is read back
 * through the API. An agency's officer gets no admin menu and 403 at the pages' addresses; Đồng
 * Tháp's administrator sees Đồng Tháp's directory only. The clock is fixed on Monday 16/03/2026, so
 * the calendar opens on 2026. What a test adds (an agency, a membership, 2026's moved days, the
 * settings) is removed before and after it, so the tests stand alone and leave the directory as the
 * bundles made it for the other test classes. Screenshots under {@code target/screenshots/admin/}.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AdminUiIT {

    private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();

    /** The agency the tests add (a real kind of body that neither bundle holds). */
    private static final String NEW_AGENCY = "Trung tâm Phục vụ hành chính công tỉnh";

    private static final String NEW_CODE = "trung-tam-phuc-vu-hanh-chinh-cong-tinh";

    /** The group it joins: "Các sở, ban, ngành của tỉnh". */
    private static final String GROUP = "cac-so-ban-nganh-cua-tinh";

    private static final List<String> ADMIN_PAGES =
            List.of("app/co-quan.xhtml", "app/lich.xhtml", "app/cai-dat.xhtml", "app/nguoi-dung.xhtml");

    private static Browser chromium;

    @ArquillianResource
    URL base;

    private Api api;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.productWarWith("dondoc.clock=2026-03-16T03:00:00Z\n");
    }

    @BeforeAll
    static void chromium() throws IOException {
        chromium = Browser.start("admin");
    }

    @AfterAll
    static void closeChromium() {
        if (chromium != null) {
            chromium.close();
        }
    }

    @BeforeEach
    void fresh(TestInfo info) throws SQLException {
        api = new Api(base, TOKENS);
        // No documents: a group's new member would otherwise owe their items, and keep the agency.
        TenantDocuments.clear("vinh-phuc", "dong-thap");
        removeWhatTheTestsAdd();
        chromium.fresh(api, info.getTestMethod().orElseThrow().getName());
    }

    @AfterEach
    void removeWhatTheTestAdded() throws SQLException {
        removeWhatTheTestsAdd();
    }

    @Test
    void theAdminAddsAnAgencyPutsItIntoAGroupAndTakesItOutAsTheApiShows() {
        String admin = api.token("vinh-phuc", "admin");
        Api.Reply directory = api.get("api/v1/agencies", admin);
        List<String> codes = codes(directory.array().getValuesAs(JsonObject.class));

        chromium.signIn("vinh-phuc", "admin", Api.PASSWORD);
        assertThat(chromium.text(By.tagName("nav"))).contains("Cơ quan, đơn vị", "Lịch làm việc", "Cài đặt");
        chromium.clickAndLoad(By.linkText("Cơ quan, đơn vị"));
        chromium.waitForHeading("Cơ quan, đơn vị và nhóm");
        assertThat(chromium.text(By.cssSelector("#list\\:agencies .ui-paginator-current")))
                .isEqualTo(
                        "Trang 1/" + ((codes.size() + 9) / 10) + " · " + directory.header("X-Total-Count") + " dòng");
        assertThat(pageCodes()).containsExactlyElementsOf(codes.subList(0, 10));
        chromium.shot("agencies");
        chromium.accessible("agencies");

        chromium.sortBy("Mã", "ascending");
        String firstCode = codes.stream().sorted().findFirst().orElseThrow();
        chromium.waitUntil(d -> !pageCodes().isEmpty() && pageCodes().get(0).equals(firstCode));
        chromium.shot("agencies-by-code");
        chromium.fitsAPhone("agencies");

        chromium.type(By.id("agency:name"), NEW_AGENCY);
        chromium.type(By.id("agency:nameEn"), "Provincial Public Administration Service Centre");
        new Select(chromium.driver.findElement(By.id("agency:kind"))).selectByVisibleText("Cơ quan cấp tỉnh khác");
        chromium.clickAndLoad(By.id("agency:add"));
        assertThat(chromium.text(By.id("done"))).isEqualTo("Đã thêm cơ quan " + NEW_AGENCY + " (mã " + NEW_CODE + ").");
        JsonObject created = api.get("api/v1/agencies/" + NEW_CODE, admin).object();
        assertThat(created.getString("name")).isEqualTo(NEW_AGENCY);
        assertThat(created.getString("kind")).isEqualTo("PROVINCIAL_BODY");
        assertThat(created.getJsonArray("groups")).isEmpty();
        assertThat(api.get("api/v1/agencies", admin).header("X-Total-Count")).isEqualTo("" + (codes.size() + 1));
        chromium.shot("agency-added");

        // The same name again: the boundary's refusal, beside the name.
        chromium.type(By.id("agency:name"), NEW_AGENCY);
        new Select(chromium.driver.findElement(By.id("agency:kind"))).selectByVisibleText("Sở, ban, ngành");
        chromium.clickAndLoad(By.id("agency:add"));
        assertThat(chromium.text(By.id("agency:nameError"))).isEqualTo("Đã có cơ quan hoặc nhóm mã '" + NEW_CODE + "'");
        shotAt("agency:nameError", "agency-twice");

        // Its English name and a short name, then another agency's name, refused beside the name.
        new Select(chromium.driver.findElement(By.cssSelector("#list\\:agencies .ui-paginator-rpp-options")))
                .selectByVisibleText("100");
        chromium.waitUntil(d -> pageCodes().contains(NEW_CODE));
        WebElement line = chromium.rows("list:agencies").stream()
                .filter(r -> r.findElement(By.className("dd-code")).getText().equals(NEW_CODE))
                .findFirst()
                .orElseThrow();
        chromium.clickAndLoad(
                By.id(line.findElement(By.cssSelector("input[type=submit]")).getAttribute("id")));
        assertThat(value("edit:name")).isEqualTo(NEW_AGENCY);
        chromium.type(By.id("edit:nameEn"), "Public Administration Service Centre");
        chromium.type(By.id("edit:aliases"), "Trung tâm PVHCC\nTTPVHCC");
        chromium.clickAndLoad(By.id("edit:save"));
        assertThat(chromium.text(By.id("done"))).isEqualTo("Đã lưu cơ quan " + NEW_AGENCY + " (mã " + NEW_CODE + ").");
        JsonObject edited = api.get("api/v1/agencies/" + NEW_CODE, admin).object();
        assertThat(edited.getString("nameEn")).isEqualTo("Public Administration Service Centre");
        assertThat(edited.getJsonArray("aliases").getValuesAs(jakarta.json.JsonString::getString))
                .containsExactly("Trung tâm PVHCC", "TTPVHCC");
        chromium.clickAndLoad(By.id(chromium.rows("list:agencies").stream()
                .filter(r -> r.findElement(By.className("dd-code")).getText().equals(NEW_CODE))
                .findFirst()
                .orElseThrow()
                .findElement(By.cssSelector("input[type=submit]"))
                .getAttribute("id")));
        chromium.type(By.id("edit:name"), "Sở Tư pháp");
        chromium.clickAndLoad(By.id("edit:save"));
        assertThat(chromium.text(By.id("edit:nameError"))).isEqualTo("Đã có cơ quan hoặc nhóm tên 'Sở Tư pháp'");
        assertThat(api.get("api/v1/agencies/" + NEW_CODE, admin).object().getString("name"))
                .isEqualTo(NEW_AGENCY);
        chromium.shot("agency-rename-refused");
        chromium.clickAndLoad(By.id("edit:cancel"));
        assertThat(chromium.driver.findElements(By.id("edit:name"))).isEmpty();

        new Select(chromium.driver.findElement(By.id("choose:group")))
                .selectByVisibleText("Các sở, ban, ngành của tỉnh");
        chromium.clickAndLoad(By.id("choose:show"));
        assertThat(chromium.text(By.id("membersHeading")))
                .isEqualTo("Thành viên của nhóm: Các sở, ban, ngành của tỉnh");
        assertThat(memberNames()).hasSize(members(admin).size()).doesNotContain(NEW_AGENCY);
        new Select(chromium.driver.findElement(By.id("join:newMember"))).selectByVisibleText(NEW_AGENCY);
        chromium.clickAndLoad(By.id("join:add"));
        assertThat(chromium.text(By.id("done")))
                .isEqualTo("Đã thêm " + NEW_AGENCY + " vào nhóm Các sở, ban, ngành của tỉnh.");
        assertThat(members(admin)).contains(NEW_CODE);
        assertThat(api.get("api/v1/agencies/" + NEW_CODE, admin).object().getJsonArray("groups"))
                .extracting(v -> ((jakarta.json.JsonString) v).getString())
                .containsExactly(GROUP);
        assertThat(memberNames()).contains(NEW_AGENCY);
        chromium.shot("member-added");
        chromium.accessible("members");

        WebElement row = memberRow(NEW_AGENCY);
        chromium.clickAndLoad(
                By.id(row.findElement(By.cssSelector("input[type=submit]")).getAttribute("id")));
        assertThat(chromium.text(By.id("done")))
                .isEqualTo("Đã bỏ " + NEW_AGENCY + " khỏi nhóm Các sở, ban, ngành của tỉnh.");
        assertThat(members(admin)).doesNotContain(NEW_CODE);
        assertThat(memberNames()).doesNotContain(NEW_AGENCY);
        chromium.shot("member-removed");
    }

    @Test
    void theAdminMovesDaysOfTheCalendarAndGivesOneBackAsTheApiShows() {
        String admin = api.token("vinh-phuc", "admin");
        JsonObject year = api.get("api/v1/calendar/2026", admin).object();
        List<JsonObject> daysOff = year.getJsonArray("daysOff").getValuesAs(JsonObject.class);
        JsonObject tet = daysOff.stream()
                .filter(d -> d.getString("reason").equals("TET"))
                .findFirst()
                .orElseThrow();

        chromium.signIn("vinh-phuc", "admin", Api.PASSWORD);
        chromium.open("app/lich.xhtml");
        chromium.waitForHeading("Lịch làm việc");
        assertThat(chromium.driver.findElement(By.id("pick:year")).getAttribute("value"))
                .isEqualTo("2026");
        assertThat(chromium.rows("days:off")).hasSize(daysOff.size());
        WebElement tetRow = dayRow("days:off", tet.getString("date"));
        assertThat(tetRow.findElement(By.className("dd-kind")).getText()).isEqualTo("Tết Nguyên đán");
        assertThat(tetRow.findElement(By.className("dd-note")).getText()).isEqualTo(tet.getString("note"));
        chromium.shot("calendar");
        chromium.accessible("calendar");

        move("02/01/2026", false, "Nghỉ nối Tết Dương lịch theo thông báo của Chính phủ");
        assertThat(chromium.text(By.id("done"))).isEqualTo("Đã hoán đổi ngày 02/01/2026.");
        move("10/01/2026", true, "Làm bù cho thứ Sáu 02/01/2026");
        JsonObject moved = api.get("api/v1/calendar/2026", admin).object();
        JsonObject friday = moved.getJsonArray("daysOff").getValuesAs(JsonObject.class).stream()
                .filter(d -> d.getString("date").equals("2026-01-02"))
                .findFirst()
                .orElseThrow();
        assertThat(friday.getString("reason")).isEqualTo("MOVED");
        assertThat(friday.getString("note")).isEqualTo("Nghỉ nối Tết Dương lịch theo thông báo của Chính phủ");
        assertThat(dates(moved, "workedWeekendDays")).containsExactly("2026-01-10");
        assertThat(dayRow("days:off", "2026-01-02").getAttribute("class")).contains("dd-moved");
        assertThat(dayRow("days:worked", "2026-01-10").getText()).contains("Làm bù cho thứ Sáu 02/01/2026");
        chromium.shot("days-moved");

        // A Saturday is a day off already: the boundary says so beside the date.
        move("03/01/2026", false, "Thứ Bảy");
        assertThat(chromium.text(By.id("move:dateError"))).isEqualTo("Ngày 03/01/2026 vốn là ngày nghỉ");
        assertThat(dates(api.get("api/v1/calendar/2026", admin).object(), "daysOff"))
                .doesNotContain("2026-01-03");
        shotAt("move:dateError", "day-refused");

        chromium.clickAndLoad(By.id(dayRow("days:worked", "2026-01-10")
                .findElement(By.cssSelector("input[type=submit]"))
                .getAttribute("id")));
        assertThat(chromium.text(By.id("done"))).isEqualTo("Đã bỏ hoán đổi ngày 10/01/2026.");
        JsonObject after = api.get("api/v1/calendar/2026", admin).object();
        assertThat(dates(after, "workedWeekendDays")).isEmpty();
        assertThat(dates(after, "daysOff")).contains("2026-01-02");
        assertThat(chromium.rows("days:worked")).isEmpty();
        chromium.shot("day-given-back");

        // In English, the holidays' kinds are the boundary's English labels.
        chromium.clickAndLoad(By.id("language:en"));
        chromium.waitForHeading("Working calendar");
        assertThat(dayRow("days:off", tet.getString("date"))
                        .findElement(By.className("dd-kind"))
                        .getText())
                .isEqualTo(tet.getString("labelEn"));
        assertThat(dayRow("days:off", "2026-01-02")
                        .findElement(By.className("dd-kind"))
                        .getText())
                .isEqualTo(friday.getString("labelEn"));
        chromium.shot("calendar-english");
        chromium.accessible("calendar-english");
        chromium.clickAndLoad(By.id("language:vi"));
        chromium.waitForHeading("Lịch làm việc");

        // The secretariat reads the calendar but moves nothing: the API lets only the admin.
        chromium.signOut();
        chromium.signIn("vinh-phuc", "secretariat", Api.PASSWORD);
        assertThat(chromium.text(By.tagName("nav"))).contains("Lịch làm việc").doesNotContain("Cơ quan, đơn vị");
        chromium.open("app/lich.xhtml");
        chromium.waitForHeading("Lịch làm việc");
        assertThat(dayRow("days:off", "2026-01-02").findElements(By.cssSelector("input[type=submit]")))
                .isEmpty();
        assertThat(chromium.driver.findElements(By.id("move:add"))).isEmpty();
        chromium.shot("calendar-secretariat");
    }

    @Test
    void theAdminChangesAReminderSettingAndABadValueIsRefusedBesideItsFieldInBothLanguages() {
        String admin = api.token("vinh-phuc", "admin");
        JsonObject before = api.get("api/v1/settings/notifications", admin).object();

        chromium.signIn("vinh-phuc", "admin", Api.PASSWORD);
        chromium.open("app/cai-dat.xhtml");
        chromium.waitForHeading("Cài đặt của đơn vị");
        assertThat(value("reminders:daysBefore")).isEqualTo("" + before.getInt("daysBefore"));
        assertThat(value("reminders:escalateAfter")).isEqualTo("" + before.getInt("escalateAfter"));
        assertThat(value("reporting:sendingWorkingDays"))
                .isEqualTo(""
                        + api.get("api/v1/settings/reporting", admin).object().getInt("sendingWorkingDays"));
        chromium.shot("settings");
        chromium.accessible("settings");

        chromium.type(By.id("reminders:daysBefore"), "3");
        chromium.clickAndLoad(By.id("reminders:save"));
        assertThat(chromium.text(By.id("done"))).isEqualTo("Đã lưu cài đặt nhắc việc.");
        JsonObject saved = api.get("api/v1/settings/notifications", admin).object();
        assertThat(saved.getInt("daysBefore")).isEqualTo(3);
        assertThat(saved.getInt("overdueEvery")).isEqualTo(before.getInt("overdueEvery"));
        chromium.shot("reminders-saved");

        chromium.type(By.id("reminders:daysBefore"), "25");
        chromium.clickAndLoad(By.id("reminders:save"));
        assertThat(chromium.text(By.id("reminders:daysBeforeError")))
                .isEqualTo("Phải là số ngày làm việc từ 1 đến 20.");
        assertThat(api.get("api/v1/settings/notifications", admin).object().getInt("daysBefore"))
                .isEqualTo(3);
        chromium.type(By.id("reporting:sendingWorkingDays"), "0");
        chromium.clickAndLoad(By.id("reporting:save"));
        assertThat(chromium.text(By.id("reporting:sendingWorkingDaysError")))
                .isEqualTo("phải là số ngày làm việc từ 1 đến 60, số nguyên");
        shotAt("reporting:sendingWorkingDaysError", "refused-vietnamese");

        chromium.clickAndLoad(By.id("language:en"));
        chromium.waitForHeading("The tenant's settings");
        assertThat(value("reminders:daysBefore")).isEqualTo("3");
        chromium.type(By.id("reminders:daysBefore"), "25");
        chromium.clickAndLoad(By.id("reminders:save"));
        assertThat(chromium.text(By.id("reminders:daysBeforeError")))
                .isEqualTo("Must be a number of working days from 1 to 20.");
        chromium.type(By.id("reminders:daysBefore"), "3");
        chromium.type(By.id("reminders:webhookUrl"), "https://sms-gateway.example/dondoc");
        chromium.clickAndLoad(By.id("reminders:save"));
        assertThat(chromium.text(By.id("reminders:webhookSecretError")))
                .isEqualTo("A webhook needs a signing secret of 16 characters or more.");
        assertThat(api.get("api/v1/settings/notifications", admin).object().isNull("webhookUrl"))
                .isTrue();
        chromium.type(By.id("reporting:sendingWorkingDays"), "2.5");
        chromium.clickAndLoad(By.id("reporting:save"));
        assertThat(chromium.text(By.id("reporting:sendingWorkingDaysError")))
                .isEqualTo("must be a whole number of working days from 1 to 60");
        shotAt("reporting:sendingWorkingDaysError", "refused-english");
        chromium.accessible("settings-english");
    }

    @Test
    void theAdminChangesAScoringWeightAndABadValueIsRefusedBesideItsFieldInBothLanguages() {
        String admin = api.token("vinh-phuc", "admin");
        JsonObject before = api.get("api/v1/settings/scoring", admin).object();
        assertThat(before.isNull("validFrom"))
                .as("the product's defaults, cleared before")
                .isTrue();

        chromium.signIn("vinh-phuc", "admin", Api.PASSWORD);
        chromium.open("app/cai-dat.xhtml");
        chromium.waitForHeading("Cài đặt của đơn vị");
        assertThat(value("scoring:weightTimeliness")).isEqualTo("" + before.getInt("weightTimeliness"));
        assertThat(value("scoring:weightCompletedOfDue")).isEqualTo("" + before.getInt("weightCompletedOfDue"));
        assertThat(new java.math.BigDecimal(value("scoring:bandGood")))
                .isEqualByComparingTo(before.getJsonNumber("bandGood").bigDecimalValue());
        assertThat(chromium.text(By.id("scoringInForce"))).isEqualTo("Đang áp dụng cách chấm mặc định của sản phẩm.");

        chromium.type(By.id("scoring:weightTimeliness"), "40");
        chromium.clickAndLoad(By.id("scoring:save"));
        assertThat(chromium.text(By.id("done"))).isEqualTo("Đã lưu cách chấm điểm; áp dụng từ bây giờ.");
        JsonObject saved = api.get("api/v1/settings/scoring", admin).object();
        assertThat(saved.getInt("weightTimeliness")).isEqualTo(40);
        assertThat(saved.getInt("weightCompletedOfDue")).isEqualTo(before.getInt("weightCompletedOfDue"));
        assertThat(saved.getJsonNumber("bandPass").bigDecimalValue())
                .isEqualByComparingTo(before.getJsonNumber("bandPass").bigDecimalValue());
        assertThat(saved.getString("setBy")).isEqualTo("admin");
        assertThat(chromium.text(By.id("scoringInForce")))
                .isEqualTo("Đang áp dụng từ "
                        + java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")
                                .withZone(java.time.ZoneId.of("Asia/Ho_Chi_Minh"))
                                .format(java.time.Instant.parse(saved.getString("validFrom")))
                        + " · do admin");
        assertThat(value("scoring:weightTimeliness")).isEqualTo("40");
        shotAt("scoring:save", "scoring-saved");

        chromium.type(By.id("scoring:weightTimeliness"), "150");
        chromium.clickAndLoad(By.id("scoring:save"));
        assertThat(chromium.text(By.id("scoring:weightTimelinessError"))).isEqualTo("cần từ 0 đến 100");
        assertThat(value("scoring:weightTimeliness"))
                .as("what was typed is kept")
                .isEqualTo("150");
        chromium.type(By.id("scoring:weightTimeliness"), "40");
        chromium.type(By.id("scoring:bandGood"), "95");
        chromium.clickAndLoad(By.id("scoring:save"));
        assertThat(chromium.text(By.id("scoring:bandsError"))).isEqualTo("cần hoàn thành < tốt < xuất sắc");
        shotAt("scoring:bandsError", "scoring-refused-vietnamese");
        chromium.accessible("settings-scoring");

        chromium.clickAndLoad(By.id("language:en"));
        chromium.waitForHeading("The tenant's settings");
        chromium.type(By.id("scoring:bandExcellent"), "100.5");
        chromium.clickAndLoad(By.id("scoring:save"));
        assertThat(chromium.text(By.id("scoring:bandExcellentError")))
                .isEqualTo("must be above 0, at most 100, two decimals at most (100.5)");
        shotAt("scoring:bandExcellentError", "scoring-refused-english");
        JsonObject kept = api.get("api/v1/settings/scoring", admin).object();
        assertThat(kept.getInt("weightTimeliness")).isEqualTo(40);
        assertThat(kept.getJsonNumber("bandGood").bigDecimalValue())
                .isEqualByComparingTo(before.getJsonNumber("bandGood").bigDecimalValue());
        assertThat(kept.getJsonNumber("bandExcellent").bigDecimalValue())
                .isEqualByComparingTo(before.getJsonNumber("bandExcellent").bigDecimalValue());
        chromium.accessible("settings-scoring-english");
    }

    @Test
    void theAdminAddsAUserWhoChoosesTheirOwnPasswordAtTheFirstSignIn() {
        String admin = api.token("vinh-phuc", "admin");
        String username = "chuyen-vien-" + Long.toString(System.nanoTime() % 1_000_000_000L, 36);

        chromium.signIn("vinh-phuc", "admin", Api.PASSWORD);
        chromium.clickAndLoad(By.linkText("Người dùng"));
        chromium.waitForHeading("Người dùng của đơn vị");
        assertThat(chromium.text(By.cssSelector("#list\\:users")))
                .contains("admin", "Quản trị đơn vị", "người dùng mẫu");
        chromium.shot("users");
        chromium.accessible("users");

        chromium.type(By.id("user:username"), username);
        chromium.type(By.id("user:displayName"), "Nguyễn Thị Mới");
        chromium.driver
                .findElement(By.xpath("//form[@id='user']//label[contains(., 'Chuyên viên')]"))
                .click();
        new Select(chromium.driver.findElement(By.id("user:agency"))).selectByVisibleText("Sở Tư pháp");
        chromium.clickAndLoad(By.id("user:add"));
        assertThat(chromium.text(By.id("done"))).isEqualTo("Đã thêm người dùng " + username + ".");
        String oneTime = chromium.text(By.id("oneTimePassword"));
        assertThat(oneTime).matches("[a-z2-9]{4}(-[a-z2-9]{4}){3}");
        chromium.shot("user-added");
        chromium.accessible("user-added");
        JsonObject listed =
                api.get("api/v1/users?agency=so-tu-phap&size=500", admin).array().getValuesAs(JsonObject.class).stream()
                        .filter(u -> u.getString("username").equals(username))
                        .findFirst()
                        .orElseThrow();
        assertThat(listed.getBoolean("mustChangePassword")).isTrue();
        assertThat(listed.getJsonArray("roles").getString(0)).isEqualTo("AGENCY_OFFICER");

        chromium.signOut();
        chromium.signIn("vinh-phuc", username, oneTime);
        assertThat(chromium.driver.getCurrentUrl()).contains("/doi-mat-khau.xhtml");
        chromium.waitForHeading("Đổi mật khẩu");
        assertThat(chromium.driver.findElement(By.id("change:username")).getAttribute("value"))
                .isEqualTo(username);
        assertThat(chromium.driver.findElement(By.id("change:password")).getAttribute("value"))
                .as("the one-time password is asked again, not carried")
                .isEmpty();
        chromium.shot("password-required");
        chromium.accessible("password-required");

        chromium.type(By.id("change:password"), oneTime);
        chromium.type(By.id("change:newPassword"), "Mật khẩu tôi tự chọn");
        chromium.type(By.id("change:repeated"), "Mật khẩu khác hẳn");
        chromium.clickAndLoad(By.id("change:submit"));
        assertThat(chromium.text(By.id("change"))).contains("không khớp");

        chromium.type(By.id("change:password"), oneTime);
        chromium.type(By.id("change:newPassword"), "Mật khẩu tôi tự chọn");
        chromium.type(By.id("change:repeated"), "Mật khẩu tôi tự chọn");
        chromium.clickAndLoad(By.id("change:submit"));
        assertThat(chromium.driver.getCurrentUrl()).endsWith("/app/viec-cua-toi.xhtml");
        assertThat(chromium.text(By.className("dd-role"))).isEqualTo("Chuyên viên · Sở Tư pháp");
        chromium.shot("signed-in-with-own-password");
        assertThat(api.signIn("vinh-phuc", username, "Mật khẩu tôi tự chọn").status())
                .isEqualTo(200);
    }

    @Test
    void anAgencyOfficerHasNoAdminMenuAndIsRefusedTheAdminPages() throws Exception {
        chromium.signIn("vinh-phuc", "so-tu-phap", Api.PASSWORD);
        assertThat(chromium.text(By.tagName("nav"))).doesNotContain("Cơ quan, đơn vị", "Lịch làm việc", "Cài đặt");
        for (String page : ADMIN_PAGES) {
            HttpResponse<byte[]> refused = chromium.fetch(page);
            assertThat(refused.statusCode()).as(page).isEqualTo(403);
            assertThat(new String(refused.body(), java.nio.charset.StandardCharsets.UTF_8))
                    .as(page)
                    .doesNotContain("so-tu-phap", "Tết Nguyên đán", "daysBefore");
        }
        chromium.open("app/co-quan.xhtml");
        assertThat(chromium.driver.findElements(By.id("list:agencies"))).isEmpty();
        chromium.shot("officer-refused");

        // The secretariat reads the calendar, not the directory's nor the settings' forms.
        chromium.open("app/viec-cua-toi.xhtml");
        chromium.signOut();
        chromium.signIn("vinh-phuc", "secretariat", Api.PASSWORD);
        assertThat(chromium.fetch("app/co-quan.xhtml").statusCode()).isEqualTo(403);
        assertThat(chromium.fetch("app/cai-dat.xhtml").statusCode()).isEqualTo(403);
        assertThat(chromium.fetch("app/lich.xhtml").statusCode()).isEqualTo(200);
    }

    @Test
    void dongThapsAdminSeesDongThapsDirectoryAndNoneOfVinhPhucs() {
        api.post(
                "api/v1/agencies",
                api.token("vinh-phuc", "admin"),
                "{\"name\": \"" + NEW_AGENCY + "\", \"kind\": \"PROVINCIAL_BODY\"}");
        List<String> dongThap = codes(api.get("api/v1/agencies", api.token("dong-thap", "admin"))
                .array()
                .getValuesAs(JsonObject.class));
        Set<String> vinhPhucOnly = codes(api.get("api/v1/agencies", api.token("vinh-phuc", "admin"))
                        .array()
                        .getValuesAs(JsonObject.class))
                .stream()
                .filter(c -> !dongThap.contains(c))
                .collect(Collectors.toSet());
        assertThat(vinhPhucOnly).contains(NEW_CODE, "ubnd-huyen-tam-dao");

        chromium.signIn("dong-thap", "admin", Api.PASSWORD);
        chromium.open("app/co-quan.xhtml");
        chromium.waitForHeading("Cơ quan, đơn vị và nhóm");
        new Select(chromium.driver.findElement(By.cssSelector("#list\\:agencies .ui-paginator-rpp-options")))
                .selectByVisibleText("100");
        chromium.waitUntil(d -> pageCodes().size() == dongThap.size());
        assertThat(pageCodes()).containsExactlyElementsOf(dongThap).doesNotContainAnyElementsOf(vinhPhucOnly);
        assertThat(chromium.text(By.tagName("main"))).doesNotContain(NEW_AGENCY);
        chromium.shot("dong-thap");
    }

    @Test
    void theApiPutsAnAgencyIntoAGroupTakesItOutAndRenamesItForTheAdminOnly() {
        String admin = api.token("vinh-phuc", "admin");
        String member = "api/v1/agency-groups/" + GROUP + "/members/" + NEW_CODE;
        assertThat(api.post(
                                "api/v1/agencies",
                                admin,
                                "{\"name\": \"" + NEW_AGENCY + "\", \"kind\": \"PROVINCIAL_BODY\"}")
                        .status())
                .isEqualTo(201);

        assertThat(membership(member, "PUT", api.token("vinh-phuc", "secretariat"))
                        .status())
                .isEqualTo(403);
        Api.Reply joined = membership(member, "PUT", admin);
        assertThat(joined.status()).as(joined.body()).isEqualTo(200);
        assertThat(joined.object().getJsonArray("members").getValuesAs(jakarta.json.JsonString::getString))
                .contains(NEW_CODE);
        assertThat(members(admin)).contains(NEW_CODE);
        assertThat(membership(member, "PUT", admin).status()).isEqualTo(409);
        assertThat(membership("api/v1/agency-groups/ubnd-cac-xa-phuong-thi-tran/members/" + NEW_CODE, "PUT", admin)
                        .status())
                .isEqualTo(400);

        assertThat(membership(member, "DELETE", admin).status()).isEqualTo(200);
        assertThat(members(admin)).doesNotContain(NEW_CODE);
        assertThat(membership(member, "DELETE", admin).status()).isEqualTo(404);
        String rename = "{\"name\": \"" + NEW_AGENCY + "\", \"aliases\": [\"TTPVHCC\"]}";
        assertThat(api.send(api.request("api/v1/agencies/" + NEW_CODE, api.token("vinh-phuc", "secretariat"))
                                .header("Content-Type", "application/json")
                                .PUT(java.net.http.HttpRequest.BodyPublishers.ofString(rename)))
                        .status())
                .isEqualTo(403);
        Api.Reply renamed = api.send(api.request("api/v1/agencies/" + NEW_CODE, admin)
                .header("Content-Type", "application/json")
                .PUT(java.net.http.HttpRequest.BodyPublishers.ofString(rename)));
        assertThat(renamed.status()).as(renamed.body()).isEqualTo(200);
        assertThat(renamed.object().getJsonArray("aliases").getValuesAs(jakarta.json.JsonString::getString))
                .containsExactly("TTPVHCC");
        assertThat(api.send(api.request("api/v1/agencies/" + NEW_CODE, admin)
                                .header("Content-Type", "application/json")
                                .PUT(java.net.http.HttpRequest.BodyPublishers.ofString("{\"name\": \"Sở Tư pháp\"}")))
                        .status())
                .isEqualTo(409);
        // Đồng Tháp's admin does not reach Vĩnh Phúc's agency.
        assertThat(membership(member, "PUT", api.token("dong-thap", "admin")).status())
                .isEqualTo(404);
    }

    private Api.Reply membership(String path, String method, String token) {
        return api.send(api.request(path, token).method(method, java.net.http.HttpRequest.BodyPublishers.noBody()));
    }

    /** A screenshot with the element (an error beside its field) scrolled into view. */
    private void shotAt(String id, String name) {
        chromium.driver.executeScript(
                "arguments[0].scrollIntoView({block: 'center'})", chromium.driver.findElement(By.id(id)));
        chromium.shot(name);
    }

    private void move(String date, boolean working, String reason) {
        chromium.type(By.id("move:date"), date);
        chromium.driver
                .findElement(By.cssSelector("input[name='move:working'][value='" + working + "']"))
                .click();
        chromium.type(By.id("move:reason"), reason);
        chromium.clickAndLoad(By.id("move:add"));
    }

    private WebElement dayRow(String table, String isoDate) {
        return chromium.rows(table).stream()
                .filter(r -> r.findElement(By.tagName("time"))
                        .getAttribute("datetime")
                        .equals(isoDate))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no row of " + isoDate + " in " + table));
    }

    private WebElement memberRow(String name) {
        return chromium.rows("members:list").stream()
                .filter(r -> r.findElement(By.className("dd-member")).getText().equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no member " + name));
    }

    private List<String> memberNames() {
        return chromium.rows("members:list").stream()
                .map(r -> r.findElement(By.className("dd-member")).getText())
                .toList();
    }

    private List<String> pageCodes() {
        return chromium.rows("list:agencies").stream()
                .map(r -> r.findElement(By.className("dd-code")).getText())
                .toList();
    }

    private List<String> members(String token) {
        return api.get("api/v1/agency-groups", token).array().getValuesAs(JsonObject.class).stream()
                .filter(g -> g.getString("code").equals(GROUP))
                .findFirst()
                .orElseThrow()
                .getJsonArray("members")
                .getValuesAs(jakarta.json.JsonString.class)
                .stream()
                .map(jakarta.json.JsonString::getString)
                .toList();
    }

    private String value(String id) {
        return chromium.driver.findElement(By.id(id)).getAttribute("value");
    }

    private static List<String> codes(List<JsonObject> agencies) {
        return agencies.stream().map(a -> a.getString("code")).toList();
    }

    private static List<String> dates(JsonObject year, String list) {
        return year.getJsonArray(list).getValuesAs(JsonObject.class).stream()
                .map(d -> d.getString("date"))
                .toList();
    }

    /**
     * The agency the tests add, with its memberships, and Vĩnh Phúc's moved days of 2026, straight
     * from the test database (no boundary deletes an agency); the reminder settings go with the
     * documents ({@link TenantDocuments}), and the scoring rules set, back to the product's defaults.
     */
    private static void removeWhatTheTestsAdd() throws SQLException {
        try (Connection c = TestEnvironment.database().connect()) {
            c.setAutoCommit(false);
            for (String sql : List.of(
                    "DELETE FROM agency_group_member WHERE tenant_id = 'vinh-phuc' AND agency_id IN (SELECT id FROM agency WHERE code = ?)",
                    "DELETE FROM agency WHERE tenant_id = 'vinh-phuc' AND code = ?")) {
                try (PreparedStatement statement = c.prepareStatement(sql)) {
                    statement.setString(1, NEW_CODE);
                    statement.executeUpdate();
                }
            }
            try (PreparedStatement statement = c.prepareStatement(
                    "DELETE FROM moved_day WHERE tenant_id = 'vinh-phuc' AND day BETWEEN '2026-01-01' AND '2026-12-31'")) {
                statement.executeUpdate();
            }
            try (PreparedStatement statement =
                    c.prepareStatement("DELETE FROM notification_settings WHERE tenant_id = 'vinh-phuc'")) {
                statement.executeUpdate();
            }
            try (PreparedStatement statement =
                    c.prepareStatement("DELETE FROM scoring_rules WHERE tenant_id = 'vinh-phuc'")) {
                statement.executeUpdate();
            }
            c.commit();
        }
    }
}
