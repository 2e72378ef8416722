package vn.dondoc.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The web UI in Debian's headless Chromium (Selenium, no browser downloaded): signing in, "Việc
 * của tôi" with Kế hoạch 204's obligations, English, signing out, a refused sign-in, and a user of
 * another tenant. The server's clock is fixed at Monday 17/06/2024 10:00 in Vĩnh Phúc, so some of
 * Sở Tư pháp's reports are overdue and some are not. Each step leaves a screenshot under {@code
 * target/screenshots/web/}; each main page is checked with axe-core, run in the page.
 */
class WebUiIT extends BrowserJourney {

    private static final LocalDate TODAY = LocalDate.of(2024, 6, 17);

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.productWarWith("dondoc.clock=2024-06-17T03:00:00Z\n");
    }

    @Test
    void anOfficerSignsInSeesItsTasksSoonestDueFirstInEnglishTooAndSignsOut() throws SQLException {
        TenantDocuments.clear("vinh-phuc", "dong-thap");
        api.importKeHoach204(api.token("vinh-phuc", "secretariat"));
        String officer = api.token("vinh-phuc", "so-tu-phap");
        List<JsonObject> owed =
                api.get("api/v1/obligations?size=200", officer).array().getValuesAs(JsonObject.class);
        assertThat(owed).isNotEmpty();
        long h1 = owed.stream()
                .filter(o -> "2024-H1".equals(o.isNull("periodLabel") ? null : o.getString("periodLabel")))
                .findFirst()
                .orElseThrow()
                .getJsonNumber("id")
                .longValue();
        String extension = "api/v1/obligations/" + h1 + "/extension";
        assertThat(api.post(extension, officer, "{\"requestedDueOn\":\"2024-07-05\",\"reason\":\"Chờ số liệu\"}")
                        .status())
                .isEqualTo(201);
        assertThat(api.post(extension + "/approve", api.token("vinh-phuc", "secretariat"), "{\"dueOn\":\"2024-06-28\"}")
                        .status())
                .isEqualTo(200);

        browser.get(base.toString());
        assertThat(browser.findElement(By.tagName("body")).getText()).startsWith("Đăng nhập");
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("vi");
        shot("sign-in");
        accessible("sign-in");

        signIn("vinh-phuc", "so-tu-phap", Api.PASSWORD);
        assertThat(browser.getCurrentUrl()).endsWith("/app/viec-cua-toi.xhtml");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Việc của tôi");
        assertThat(browser.findElement(By.className("dd-tenant")).getText()).isEqualTo("Tỉnh Vĩnh Phúc");
        assertThat(browser.findElement(By.className("dd-role")).getText()).contains("Chuyên viên", "Sở Tư pháp");
        Cookie session = browser.manage().getCookieNamed("dondoc_session");
        assertThat(session).isNotNull();
        assertThat(session.isHttpOnly()).isTrue();
        assertThat(session.getSameSite()).isEqualTo("Strict");
        assertThat(session.isSecure()).as("plain HTTP here").isFalse();

        List<WebElement> rows = rows();
        assertThat(rows).hasSize(Math.min(10, owed.size()));
        JsonObject soonest = owed.get(0);
        LocalDate soonestDue = LocalDate.parse(soonest.getString("dueOn"));
        assertThat(rows.get(0).findElement(By.className("dd-due")).getText()).isEqualTo(ddMMyyyy(soonestDue));
        assertThat(rows.get(0).getText()).contains("204/KH-UBND");
        assertThat(soonestDue).isBefore(TODAY);
        assertThat(rows.get(0).getAttribute("class")).contains("dd-overdue");
        assertThat(rows.get(0).findElement(By.className("dd-late")).getText())
                .isEqualTo("Quá hạn " + ChronoUnit.DAYS.between(soonestDue, TODAY) + " ngày");
        assertThat(browser.findElement(By.className("dd-late")).getCssValue("color"))
                .as("overdue in red")
                .isEqualTo("rgba(164, 14, 38, 1)");
        WebElement extended = rows.stream()
                .filter(r -> r.getText().contains("2024-H1"))
                .findFirst()
                .orElseThrow();
        assertThat(extended.findElement(By.className("dd-due")).getText()).isEqualTo("28/06/2024");
        assertThat(extended.findElement(By.className("dd-original")).getText()).isEqualTo("Hạn ban đầu: 19/06/2024");
        assertThat(extended.getAttribute("class")).doesNotContain("dd-overdue");
        assertThat(extended.findElements(By.className("dd-late"))).isEmpty();
        shot("my-tasks");
        accessible("my-tasks");

        // Sorting by deadline, latest first, is the boundary's order too.
        sortBy("Hạn gửi", "ascending");
        sortBy("Hạn gửi", "descending");
        String latestDue = owed.stream()
                .map(o -> o.getString("dueOn"))
                .max(String::compareTo)
                .orElseThrow();
        new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(d -> rows().get(0)
                        .findElement(By.className("dd-due"))
                        .getText()
                        .equals(ddMMyyyy(LocalDate.parse(latestDue))));
        shot("my-tasks-latest-first");

        chromium.fitsAPhone("my-tasks");

        browser.findElement(By.id("language:en")).click();
        waitForHeading("My tasks");
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
        assertThat(browser.findElement(By.className("dd-tenant")).getText()).isEqualTo("Vinh Phuc Province");
        assertThat(browser.findElement(By.className("dd-role")).getText()).contains("Agency officer");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("Originally due: 19/06/2024");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("days overdue");
        shot("my-tasks-english");
        accessible("my-tasks-english");

        // The API does not take the page's cookie: only a bearer token.
        Api.Reply withCookie = api.send(api.request("api/v1/obligations", null)
                .header(
                        "Cookie",
                        "dondoc_session="
                                + browser.manage()
                                        .getCookieNamed("dondoc_session")
                                        .getValue())
                .GET());
        assertThat(withCookie.status()).isEqualTo(401);
        // Nor under an encoded spelling of its path, which the container decodes before routing.
        String cookie = browser.manage().getCookieNamed("dondoc_session").getValue();
        Api.Reply encoded = api.send(api.request("%61pi/v1/obligations", null)
                .header("Cookie", "dondoc_session=" + cookie)
                .GET());
        assertThat(encoded.status()).as(encoded.body()).isIn(401, 404);

        browser.findElement(By.id("signOut:go")).click();
        waitForHeading("Sign in to Đôn Đốc");
        assertThat(browser.manage().getCookieNamed("dondoc_session")).isNull();
        shot("signed-out");
        browser.get(url("app/viec-cua-toi.xhtml"));
        assertThat(browser.getCurrentUrl()).contains("dang-nhap.xhtml");
        // A copy of the cookie taken before signing out signs nobody in either (D-038).
        Api.Reply copied = api.send(api.request("app/viec-cua-toi.xhtml", null)
                .header("Cookie", "dondoc_session=" + cookie)
                .GET());
        assertThat(copied.status()).as(copied.body()).isIn(302, 303);
        assertThat(copied.header("Location")).contains("dang-nhap.xhtml");
    }

    @Test
    void thePagesPolicyRefusesAScriptFromAnotherOriginAndTheTestsWouldSeeIt() {
        ((JavascriptExecutor) browser)
                .executeScript("const s = document.createElement('script');"
                        + " s.src = 'https://cdn.example.invalid/injected.js'; document.head.appendChild(s);");
        List<String> refused = new ArrayList<>();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> {
            refused.addAll(chromium.cspRefusals());
            return !refused.isEmpty();
        });
        assertThat(refused).anySatisfy(m -> assertThat(m).contains("cdn.example.invalid"));
    }

    @Test
    void aWrongPasswordOrAnUnknownUserGetsTheSameErrorBesideTheForm() {
        signIn("vinh-phuc", "so-tu-phap", "not-the-password");
        String refused = browser.findElement(By.id("errors")).getText();
        assertThat(refused).isEqualTo("Sai đơn vị, tên đăng nhập hoặc mật khẩu.");
        assertThat(browser.manage().getCookieNamed("dondoc_session")).isNull();
        assertThat(browser.findElement(By.id("signIn:password")).getAttribute("value"))
                .isEmpty();
        shot("wrong-password");
        accessible("wrong-password");

        signIn("vinh-phuc", "nobody-by-this-name", Api.PASSWORD);
        assertThat(browser.findElement(By.id("errors")).getText()).isEqualTo(refused);

        browser.findElement(By.id("language:en")).click();
        waitForHeading("Sign in to Đôn Đốc");
        signIn("vinh-phuc", "so-tu-phap", "not-the-password");
        assertThat(browser.findElement(By.id("errors")).getText()).isEqualTo("Wrong tenant, username or password.");
        shot("wrong-password-english");

        browser.findElement(By.id("signIn:tenant")).clear();
        browser.findElement(By.id("signIn:username")).clear();
        browser.findElement(By.id("signIn:submit")).click();
        new WebDriverWait(browser, Duration.ofSeconds(20))
                .ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElement(By.tagName("main")).getText().contains("is required"));
        assertThat(browser.findElement(By.tagName("main")).getText())
                .contains("Tenant (code) is required.", "Username is required.", "Password is required.");
        shot("missing-fields-english");
    }

    @Test
    void aDongThapOfficerSeesNothingOfVinhPhuc() throws SQLException {
        TenantDocuments.clear("vinh-phuc", "dong-thap");
        api.importKeHoach204(api.token("vinh-phuc", "secretariat"));

        signIn("dong-thap", "so-noi-vu", Api.PASSWORD);
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Việc của tôi");
        assertThat(browser.findElement(By.className("dd-tenant")).getText()).isEqualTo("Tỉnh Đồng Tháp");
        String page = browser.findElement(By.tagName("body")).getText();
        assertThat(page).contains("Cơ quan không có báo cáo nào phải gửi.");
        assertThat(page).doesNotContain("Vĩnh Phúc", "204/KH-UBND");
        shot("dong-thap");
    }

    @Test
    void thePagesNeedASignInAndTheSecretariatLandsOnItsOwnHome() throws SQLException {
        TenantDocuments.clear("vinh-phuc", "dong-thap");
        api.importKeHoach204(api.token("vinh-phuc", "secretariat"));
        String officer = api.token("vinh-phuc", "so-tu-phap");
        long owed = api.get("api/v1/obligations?size=1", officer)
                .array()
                .getJsonObject(0)
                .getJsonNumber("id")
                .longValue();
        assertThat(api.post(
                                "api/v1/obligations/" + owed + "/extension",
                                officer,
                                "{\"requestedDueOn\":\"2024-12-31\",\"reason\":\"Chờ số liệu\"}")
                        .status())
                .isEqualTo(201);
        String secretariat = api.token("vinh-phuc", "secretariat");
        String documents = api.get("api/v1/documents", secretariat).header("X-Total-Count");
        String waiting =
                api.get("api/v1/extensions?status=PENDING", secretariat).header("X-Total-Count");
        assertThat(waiting).isEqualTo("1");

        browser.get(url("app/viec-cua-toi.xhtml"));
        assertThat(browser.getCurrentUrl()).endsWith("/dang-nhap.xhtml");

        signIn("vinh-phuc", "secretariat", Api.PASSWORD);
        assertThat(browser.getCurrentUrl()).endsWith("/app/trang-chu.xhtml");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Trang chủ");
        assertThat(browser.findElement(By.className("dd-role")).getText()).isEqualTo("Cơ quan đầu mối · Sở Tư pháp");
        assertThat(browser.findElement(By.tagName("nav")).getText())
                .contains("Trang chủ")
                .doesNotContain("Việc của tôi");
        // A card per screen of the menu, with what waits there as the API counts it.
        assertThat(card("Văn bản")).isEqualTo("Văn bản\n" + documents + " văn bản đã đăng ký");
        assertThat(card("Gia hạn")).isEqualTo("Gia hạn\n" + waiting + " đề nghị gia hạn chờ quyết định");
        assertThat(card("Bảng đánh giá")).isEqualTo("Bảng đánh giá");
        shot("secretariat-home");
        accessible("secretariat-home");
        chromium.clickAndLoad(By.xpath("//ul[@id='cards']//a[.//span[normalize-space()='Gia hạn']]"));
        assertThat(browser.getCurrentUrl()).endsWith("/app/gia-han.xhtml");

        browser.get(url("dang-nhap.xhtml"));
        assertThat(browser.getCurrentUrl())
                .as("signed in: the sign-in page sends home")
                .endsWith("/app/trang-chu.xhtml");
    }

    @Test
    void aPostOfAViewTheServerDoesNotHoldGoesBackToThePageAndSignsNobodyIn() {
        Api.Reply forged = api.send(api.request("dang-nhap.xhtml", null)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("signIn=signIn&signIn%3Atenant=vinh-phuc"
                        + "&signIn%3Ausername=secretariat&signIn%3Apassword=demo&signIn%3Asubmit="
                        + "&jakarta.faces.ViewState=-4242%3A4242")));

        assertThat(forged.status()).as(forged.body()).isIn(302, 303);
        assertThat(forged.header("Location")).endsWith("/dang-nhap.xhtml");
        assertThat(String.valueOf(forged.header("Set-Cookie"))).doesNotContain("dondoc_session=ey");
    }

    @Test
    void theLeaderReadsTheScorecardDrillsIntoAnAgencysOverdueTasksAndDownloadsThePdf() throws Exception {
        TenantDocuments.clear("vinh-phuc", "dong-thap");
        api.importKeHoach204(api.token("vinh-phuc", "secretariat"));
        List<JsonObject> agencies = api.get("api/v1/scorecard", api.token("vinh-phuc", "leader"))
                .object()
                .getJsonArray("agencies")
                .getValuesAs(JsonObject.class);
        JsonObject justice = agencies.stream()
                .filter(a -> a.getString("agencyCode").equals("so-tu-phap"))
                .findFirst()
                .orElseThrow();
        long assigned = justice.getJsonObject("tasks").getJsonNumber("assigned").longValue();
        long overdue =
                justice.getJsonObject("tasks").getJsonNumber("openOverdue").longValue();
        assertThat(overdue).as("Sở Tư pháp has overdue tasks on 17/06/2024").isPositive();

        signIn("vinh-phuc", "leader", Api.PASSWORD);
        browser.findElement(By.linkText("Bảng đánh giá")).click();
        waitForHeading("Bảng đánh giá mức độ hoàn thành");
        assertThat(browser.getCurrentUrl()).endsWith("/app/bang-danh-gia.xhtml");
        assertThat(browser.findElement(By.id("filters:asOf")).getAttribute("value"))
                .isEqualTo("17/06/2024");
        assertThat(browser.findElement(By.id("score:agencies")).getText())
                .contains("% đúng hạn (trên số đã đến hạn)", "Tổng cộng");
        WebElement line = agencyLine("Sở Tư pháp");
        List<WebElement> cells = line.findElements(By.tagName("td"));
        assertThat(cells.get(0).getText()).isEqualTo("so-tu-phap");
        assertThat(cells.get(2).getText()).isEqualTo(vietnamese(BigDecimal.valueOf(assigned), "#,##0"));
        assertThat(line.findElement(By.cssSelector("td.dd-on-time")).getText())
                .isEqualTo(percent(justice.getJsonObject("rates"), "onTimeOfDue"));
        WebElement bar = browser.findElements(By.cssSelector(".dd-bars li")).stream()
                .filter(b ->
                        b.findElement(By.className("dd-bar-name")).getText().equals("Sở Tư pháp"))
                .findFirst()
                .orElseThrow();
        assertThat(bar.findElement(By.className("dd-bar-value")).getText())
                .isEqualTo(percent(justice.getJsonObject("rates"), "onTimeOfDue"));
        shot("scorecard");
        accessible("scorecard");

        line.findElement(By.className("dd-drill-openOverdue")).click();
        new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(ExpectedConditions.textToBe(
                        By.id("drillHeading"), "Nhiệm vụ quá hạn chưa hoàn thành: Sở Tư pháp"));
        List<WebElement> tasks = browser.findElements(By.cssSelector("#score\\:tasks_data > tr[data-ri]"));
        assertThat(tasks).hasSize((int) Math.min(10, overdue));
        for (WebElement task : tasks) {
            LocalDate due =
                    LocalDate.parse(task.findElement(By.className("dd-due")).getAttribute("datetime"));
            assertThat(task.findElement(By.className("dd-days")).getText())
                    .isEqualTo(String.valueOf(ChronoUnit.DAYS.between(due, TODAY)));
            assertThat(task.findElement(By.className("dd-original-due")).getText())
                    .matches("\\d\\d/\\d\\d/\\d{4}");
        }
        shot("scorecard-overdue");
        accessible("scorecard-overdue");

        // Any count drills down: the whole table's tasks assigned, as many as the API's totals say.
        JsonObject card =
                api.get("api/v1/scorecard", api.token("vinh-phuc", "leader")).object();
        long allAssigned = card.getJsonObject("totals")
                .getJsonObject("tasks")
                .getJsonNumber("assigned")
                .longValue();
        browser.findElement(By.cssSelector("#score\\:agencies tfoot .dd-drill-assigned"))
                .click();
        chromium.waitForText(By.id("drillHeading"), "Nhiệm vụ được giao: Tổng cộng");
        chromium.waitUntil(d -> d.findElement(By.cssSelector("#score\\:tasks .ui-paginator-current"))
                .getText()
                .endsWith("· " + vietnamese(BigDecimal.valueOf(allAssigned), "#,##0") + " dòng"));
        shot("scorecard-all-assigned");

        // A period's reports: Sở Tư pháp's reports due in its first period, as the API counts them.
        JsonObject firstPeriod = justice.getJsonArray("periods").getJsonObject(0);
        String period = firstPeriod.getString("periodLabel");
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("filters:period")))
                .selectByVisibleText(period);
        chromium.clickAndLoad(By.id("filters:show"));
        assertThat(browser.findElement(By.cssSelector("#score\\:agencies_head")).getText())
                .contains("Báo cáo phải gửi");
        assertThat(browser.findElement(By.cssSelector("#score\\:agencies .ui-datatable-header"))
                        .getText())
                .endsWith("báo cáo kỳ " + period);
        WebElement periodLine = agencyLine("Sở Tư pháp");
        String expected = String.valueOf(firstPeriod.getJsonNumber("expected").longValue());
        assertThat(periodLine
                        .findElement(By.cssSelector("td.dd-col-reportsExpected"))
                        .getText())
                .isEqualTo(expected);
        shot("scorecard-period");

        // A group: only its members' lines, and its own line as the total.
        JsonObject group = card.getJsonArray("groups").getValuesAs(JsonObject.class).stream()
                .filter(g -> g.getInt("agencies") > 1)
                .findFirst()
                .orElseThrow();
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("filters:period"))).selectByIndex(0);
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("filters:group")))
                .selectByValue(group.getString("groupCode"));
        chromium.clickAndLoad(By.id("filters:show"));
        assertThat(group.getInt("agencies")).as("one page of lines").isLessThanOrEqualTo(25);
        assertThat(chromium.rows("score:agencies")).hasSize(group.getInt("agencies"));
        assertThat(browser.findElement(By.cssSelector("#score\\:agencies tfoot td.dd-col-assigned"))
                        .getText())
                .isEqualTo(vietnamese(
                        group.getJsonObject("tasks").getJsonNumber("assigned").bigDecimalValue(), "#,##0"));
        shot("scorecard-group");
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("filters:group"))).selectByIndex(0);
        chromium.clickAndLoad(By.id("filters:show"));

        // The PDF through the page: a post of its form with the browser's session, no bearer token.
        String viewState = browser.findElement(By.cssSelector("#filters input[name='jakarta.faces.ViewState']"))
                .getAttribute("value");
        String form = "filters=filters&filters%3AasOf=17%2F06%2F2024&filters%3Adocument=&filters%3Apdf=PDF"
                + "&jakarta.faces.ViewState=" + URLEncoder.encode(viewState, StandardCharsets.UTF_8);
        HttpResponse<byte[]> pdf = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(api.uri("app/bang-danh-gia.xhtml"))
                                .header("Cookie", cookies())
                                .header("Content-Type", "application/x-www-form-urlencoded")
                                .POST(HttpRequest.BodyPublishers.ofString(form))
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(pdf.headers().firstValue("Content-Disposition").orElseThrow())
                .startsWith("attachment; filename=\"Bang danh gia 2024-06-17.pdf\"");
        assertThat(new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");

        // Sorted by the agency's code, last first: the page sorts the boundary's lines.
        String lastCode = agencies.stream()
                .map(a -> a.getString("agencyCode"))
                .max(String::compareTo)
                .orElseThrow();
        sortBy("Mã", "ascending");
        sortBy("Mã", "descending");
        new WebDriverWait(browser, Duration.ofSeconds(20))
                .ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElement(By.cssSelector("#score\\:agencies_data > tr[data-ri] .dd-code"))
                        .getText()
                        .equals(lastCode));
        shot("scorecard-sorted");

        // A day after today: refused beside the field, in the page's language.
        WebElement day = browser.findElement(By.id("filters:asOf"));
        day.clear();
        day.sendKeys("18/06/2024");
        browser.findElement(By.id("filters:show")).click();
        new WebDriverWait(browser, Duration.ofSeconds(20))
                .ignoring(WebDriverException.class)
                .until(d -> d.findElement(By.id("filters:asOfError"))
                        .getText()
                        .equals("Ngày không được sau hôm nay (17/06/2024)."));
        shot("scorecard-future-day");

        // An agency's officer: no menu entry, and the page's address answers 403.
        browser.findElement(By.id("signOut:go")).click();
        waitForHeading("Đăng nhập vào Đôn Đốc");
        signIn("vinh-phuc", "so-tu-phap", Api.PASSWORD);
        assertThat(browser.findElement(By.tagName("nav")).getText()).doesNotContain("Bảng đánh giá");
        HttpResponse<String> refused = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(api.uri("app/bang-danh-gia.xhtml"))
                                .header("Cookie", cookies())
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).doesNotContain("Sở Tư pháp", "so-tu-phap");
        browser.get(url("app/bang-danh-gia.xhtml"));
        assertThat(browser.findElements(By.id("score:agencies"))).isEmpty();
        shot("officer-refused");
    }

    /** The home page's card whose title is this: its whole text. */
    private String card(String title) {
        return browser.findElements(By.cssSelector("#cards .dd-card")).stream()
                .filter(c ->
                        c.findElement(By.className("dd-card-title")).getText().equals(title))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no card " + title))
                .getText();
    }

    private WebElement agencyLine(String name) {
        return browser.findElements(By.cssSelector("#score\\:agencies_data > tr[data-ri]")).stream()
                .filter(r -> r.findElement(By.className("dd-agency")).getText().equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no line of " + name));
    }

    private static String cookies() {
        return chromium.cookies();
    }

    /** A rate of the API's JSON as the page writes it: 83,25 %, or a dash without a denominator. */
    private static String percent(JsonObject rates, String name) {
        return rates.isNull(name)
                ? "—"
                : Browser.vietnamese(rates.getJsonNumber(name).bigDecimalValue(), "#,##0.##") + " %";
    }

    private static String vietnamese(BigDecimal value, String pattern) {
        return Browser.vietnamese(value, pattern);
    }

    private void signIn(String tenant, String username, String password) {
        chromium.signIn(tenant, username, password);
    }

    private List<WebElement> rows() {
        return chromium.rows("mine:obligations");
    }

    private void sortBy(String header, String direction) {
        chromium.sortBy(header, direction);
    }

    private void waitForHeading(String text) {
        chromium.waitForHeading(text);
    }

    private String url(String path) {
        return chromium.url(path);
    }

    private static String ddMMyyyy(LocalDate day) {
        return Browser.ddMMyyyy(day);
    }

    private void shot(String name) {
        chromium.shot(name);
    }

    private void accessible(String page) {
        chromium.accessible(page);
    }
}
