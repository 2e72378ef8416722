package vn.dondoc.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Urging and closing the loop in Debian's headless Chromium: an agency late on Kế hoạch 204 asks for
 * more time from "Việc của tôi", the secretariat grants another date in its queue, the officer sees
 * the new deadline with the original; the leader asks an overdue agency to explain from the
 * scorecard's drill-down, the agency's officer finds the notice and answers, the leader reads the
 * answer; the reminder log lists what the API's log lists; and Đồng Tháp sees none of it. The clock
 * is fixed at Monday 17/06/2024 10:00 in Vĩnh Phúc. Each step leaves a screenshot under {@code
 * target/screenshots/urging/}; each main page is checked with axe-core.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class UrgingUiIT {

    private static final LocalDate TODAY = LocalDate.of(2024, 6, 17);
    private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();

    private static Browser chromium;
    private static ChromeDriver browser;

    @ArquillianResource
    URL base;

    private Api api;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.productWarWith("dondoc.clock=2024-06-17T03:00:00Z\n");
    }

    @BeforeAll
    static void chromium() throws IOException {
        chromium = Browser.start("urging");
        browser = chromium.driver;
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
        chromium.fresh(api, info.getTestMethod().orElseThrow().getName());
        TenantDocuments.clear("vinh-phuc", "dong-thap");
        api.importKeHoach204(api.token("vinh-phuc", "secretariat"));
    }

    @Test
    void anAgencySeesItsDatedTasksAndAsksForMoreTimeOnAnItem() {
        String officer = api.token("vinh-phuc", "so-tu-phap");
        Api.Reply open = api.get("api/v1/scorecard/lines?agency=so-tu-phap&count=openItems&size=10", officer);
        assertThat(open.status()).as(open.body()).isEqualTo(200);
        long total = Long.parseLong(open.header("X-Total-Count"));
        List<JsonObject> lines = open.array().getValuesAs(JsonObject.class);
        assertThat(total)
                .as("Sở Tư pháp leads open dated items of Kế hoạch 204")
                .isPositive();
        assertThat(lines).allMatch(l -> l.getString("kind").equals("ITEM"));
        JsonObject soonest = lines.get(0);
        LocalDate due = LocalDate.parse(soonest.getString("dueOn"));
        String code = soonest.getString("subject");
        long itemId = soonest.getJsonNumber("itemId").longValue();

        // The page lists what the API lists, in its order, a page of 10 at a time.
        chromium.signIn("vinh-phuc", "so-tu-phap", Api.PASSWORD);
        chromium.waitForHeading("Việc của tôi");
        List<WebElement> rows = chromium.rows("mine:tasks");
        assertThat(rows).hasSize(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            JsonObject line = lines.get(i);
            WebElement row = rows.get(i);
            assertThat(row.findElement(By.className("dd-item-code")).getText()).isEqualTo(line.getString("subject"));
            assertThat(row.findElement(By.className("dd-number")).getText()).isEqualTo("204/KH-UBND");
            assertThat(row.findElement(By.className("dd-due")).getText())
                    .isEqualTo(Browser.ddMMyyyy(LocalDate.parse(line.getString("dueOn"))));
            long late = line.getJsonNumber("daysOverdue").longValue();
            if (late > 0) {
                assertThat(row.getAttribute("class")).contains("dd-overdue");
                assertThat(row.findElement(By.className("dd-late")).getText()).isEqualTo("Quá hạn " + late + " ngày");
            } else {
                assertThat(row.findElements(By.className("dd-late"))).isEmpty();
            }
        }
        if (total > lines.size()) {
            assertThat(chromium.text(By.cssSelector("#mine\\:tasks .ui-paginator-current")))
                    .endsWith("· " + total + " việc");
        }
        browser.executeScript(
                "arguments[0].scrollIntoView({block: 'start'})", browser.findElement(By.id("mine:tasks")));
        chromium.shot("dated-tasks");

        // More time on the soonest item, asked from its row.
        rows.get(0).findElement(By.cssSelector("button[id$=':extendItem']")).click();
        chromium.waitUntil(d -> !d.findElements(By.id("extend:send")).isEmpty());
        assertThat(browser.findElement(By.id("extendHeading")).getText())
                .isEqualTo("Đề nghị gia hạn: 204/KH-UBND · " + code);
        assertThat(browser.findElement(By.id("extendPanel")).getText())
                .contains("Hạn hiện tại: " + Browser.ddMMyyyy(due));
        chromium.accessible("dated-tasks");
        // A day not after the deadline: the boundary's refusal, beside the date.
        chromium.type(By.id("extend:requestedDueOn"), Browser.ddMMyyyy(due));
        chromium.type(By.id("extend:reason"), "Chờ ý kiến của Bộ Tư pháp");
        browser.findElement(By.id("extend:send")).click();
        chromium.waitUntil(d ->
                d.findElement(By.id("extend:requestedDueOnError")).getText().startsWith("phải sau"));
        chromium.shot("item-extension-refused-day");
        LocalDate asked = due.plusDays(45);
        chromium.type(By.id("extend:requestedDueOn"), Browser.ddMMyyyy(asked));
        browser.findElement(By.id("extend:send")).click();
        chromium.waitUntil(d -> d.findElement(By.id("said")).getText().startsWith("Đã gửi đề nghị gia hạn"));
        assertThat(browser.findElements(By.id("extend:send"))).isEmpty();
        String secretariat = api.token("vinh-phuc", "secretariat");
        List<JsonObject> pending =
                api.get("api/v1/extensions?status=PENDING", secretariat).array().getValuesAs(JsonObject.class);
        assertThat(pending).singleElement().satisfies(e -> {
            assertThat(e.getJsonNumber("itemId").longValue()).isEqualTo(itemId);
            assertThat(e.get("obligationId")).isIn(null, jakarta.json.JsonValue.NULL);
            assertThat(e.getString("agencyCode")).isEqualTo("so-tu-phap");
            assertThat(e.getString("requestedDueOn")).isEqualTo(asked.toString());
            assertThat(e.getString("reason")).isEqualTo("Chờ ý kiến của Bộ Tư pháp");
        });
        chromium.shot("item-extension-asked");
        chromium.signOut();

        // The secretariat approves it on its queue, with the date asked for.
        chromium.signIn("vinh-phuc", "secretariat", Api.PASSWORD);
        chromium.clickAndLoad(By.linkText("Gia hạn"));
        chromium.waitForHeading("Đề nghị gia hạn");
        List<WebElement> queue = chromium.rows("list:extensions");
        assertThat(queue).hasSize(1);
        assertThat(queue.get(0).getText()).contains("Sở Tư pháp", code);
        queue.get(0).findElement(By.cssSelector("button[id$=':open']")).click();
        chromium.waitUntil(d -> !d.findElements(By.id("decide:approve")).isEmpty());
        browser.findElement(By.id("decide:approve")).click();
        chromium.waitForText(By.id("chosenStatus"), "Đã đồng ý");
        assertThat(chromium.text(By.id("chosenGranted"))).isEqualTo(Browser.ddMMyyyy(asked));
        chromium.signOut();

        // The officer's row: the new deadline, the original beside it, as the API says.
        JsonObject extended = api
                .get("api/v1/scorecard/lines?agency=so-tu-phap&count=openItems&size=500", officer)
                .array()
                .getValuesAs(JsonObject.class)
                .stream()
                .filter(l -> l.getJsonNumber("itemId").longValue() == itemId)
                .findFirst()
                .orElseThrow();
        assertThat(extended.getString("dueOn")).isEqualTo(asked.toString());
        assertThat(extended.getString("originalDueOn")).isEqualTo(due.toString());
        chromium.signIn("vinh-phuc", "so-tu-phap", Api.PASSWORD);
        chromium.waitForHeading("Việc của tôi");
        if (total > 10) {
            browser.findElement(By.cssSelector("#mine\\:tasks .ui-paginator-rpp-options"))
                    .sendKeys("50");
            chromium.waitUntil(d -> chromium.rows("mine:tasks").size() > 10);
        }
        WebElement row = chromium.rows("mine:tasks").stream()
                .filter(r ->
                        r.findElement(By.className("dd-item-code")).getText().equals(code))
                .filter(r -> r.findElement(By.className("dd-due")).getText().equals(Browser.ddMMyyyy(asked)))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no extended row for " + code));
        assertThat(row.findElement(By.className("dd-original")).getText())
                .isEqualTo("Hạn ban đầu: " + Browser.ddMMyyyy(due));
        browser.executeScript("arguments[0].scrollIntoView({block: 'center'})", row);
        chromium.shot("dated-task-extended");

        // In English: the table's headers.
        browser.findElement(By.id("language:en")).click();
        chromium.waitForHeading("My tasks");
        assertThat(browser.findElements(By.cssSelector("#mine\\:tasks thead th")).stream()
                        .map(WebElement::getText)
                        .map(String::strip)
                        .toList())
                .containsExactly("Document", "Task", "Deadline", "Status", "Extension");
        assertThat(chromium.text(By.cssSelector("#mine\\:tasks .ui-datatable-header")))
                .isEqualTo("Dated tasks");
        chromium.shot("dated-tasks-english");
        chromium.accessible("dated-tasks-english");
        chromium.fitsAPhone("dated-tasks-english");
    }

    @Test
    void aLateAgencyAsksForMoreTimeAndTheSecretariatGrantsAnotherDate() {
        String officer = api.token("vinh-phuc", "so-tu-phap");
        JsonObject soonest =
                api.get("api/v1/obligations?size=1", officer).array().getJsonObject(0);
        LocalDate due = LocalDate.parse(soonest.getString("dueOn"));
        assertThat(due).as("Sở Tư pháp is late on 17/06/2024").isBefore(TODAY);
        long obligationId = soonest.getJsonNumber("id").longValue();

        chromium.signIn("vinh-phuc", "so-tu-phap", Api.PASSWORD);
        chromium.waitForHeading("Việc của tôi");
        WebElement first = chromium.rows("mine:obligations").get(0);
        assertThat(first.findElement(By.className("dd-due")).getText()).isEqualTo(Browser.ddMMyyyy(due));
        first.findElement(By.cssSelector("button[id$=':extend']")).click();
        chromium.waitUntil(d -> !d.findElements(By.id("extend:send")).isEmpty());
        assertThat(browser.findElement(By.id("extendHeading")).getText()).startsWith("Đề nghị gia hạn: 204/KH-UBND");
        assertThat(browser.findElement(By.id("extendPanel")).getText())
                .contains("Hạn hiện tại: " + Browser.ddMMyyyy(due));
        chromium.shot("extension-form");

        // Nothing typed: Faces' own "required", beside each field.
        browser.findElement(By.id("extend:send")).click();
        chromium.waitUntil(d ->
                !d.findElement(By.id("extend:requestedDueOnError")).getText().isEmpty());
        assertThat(chromium.text(By.id("extend:requestedDueOnError"))).startsWith("Cần nhập");
        assertThat(chromium.text(By.id("extend:reasonError"))).isEqualTo("Cần nhập Lý do.");
        // A day not after the deadline: the boundary's refusal, beside the date, in Vietnamese.
        chromium.type(By.id("extend:requestedDueOn"), Browser.ddMMyyyy(due));
        chromium.type(By.id("extend:reason"), "Chờ số liệu của các huyện");
        browser.findElement(By.id("extend:send")).click();
        chromium.waitUntil(d -> d.findElement(By.id("extend:requestedDueOnError"))
                        .getText()
                        .equals("phải sau hạn hiện tại " + Browser.ddMMyyyy(due) + " (hạn gốc " + Browser.ddMMyyyy(due)
                                + ")")
                || d.findElement(By.id("extend:requestedDueOnError"))
                        .getText()
                        .equals("phải sau hạn hiện tại " + Browser.ddMMyyyy(due)));
        assertThat(chromium.text(By.id("extend:reasonError"))).isEmpty();
        chromium.shot("extension-refused-day");
        chromium.accessible("extension-form");

        chromium.type(By.id("extend:requestedDueOn"), "05/07/2024");
        browser.findElement(By.id("extend:send")).click();
        chromium.waitUntil(d -> d.findElement(By.id("said")).getText().startsWith("Đã gửi đề nghị gia hạn"));
        assertThat(browser.findElements(By.id("extend:send"))).isEmpty();
        JsonObject asked = api.get("api/v1/obligations/" + obligationId + "/extensions", officer)
                .array()
                .getJsonObject(0);
        assertThat(asked.getString("status")).isEqualTo("PENDING");
        assertThat(asked.getString("requestedDueOn")).isEqualTo("2024-07-05");
        assertThat(asked.getString("reason")).isEqualTo("Chờ số liệu của các huyện");
        long extensionId = asked.getJsonNumber("id").longValue();
        chromium.waitUntil(d -> chromium.rows("mine:obligations")
                .get(0)
                .getText()
                .contains("Đã xin gia hạn đến 05/07/2024: chờ quyết định"));
        chromium.shot("extension-asked");

        // The officer's own requests.
        chromium.clickAndLoad(By.linkText("Gia hạn"));
        chromium.waitForHeading("Đề nghị gia hạn");
        List<WebElement> mine = chromium.rows("list:extensions");
        assertThat(mine).hasSize(1);
        assertThat(mine.get(0).getText()).contains("Sở Tư pháp", "204/KH-UBND", "05/07/2024", "Chờ quyết định");
        chromium.shot("officer-extensions");
        chromium.accessible("officer-extensions");
        chromium.signOut();

        // The secretariat's queue: the one waiting, approved with another date.
        chromium.signIn("vinh-phuc", "secretariat", Api.PASSWORD);
        chromium.clickAndLoad(By.linkText("Gia hạn"));
        chromium.waitForHeading("Đề nghị gia hạn");
        List<WebElement> queue = chromium.rows("list:extensions");
        assertThat(queue).hasSize(1);
        queue.get(0).findElement(By.cssSelector("button[id$=':open']")).click();
        chromium.waitUntil(d -> !d.findElements(By.id("decide:approve")).isEmpty());
        assertThat(browser.findElement(By.id("decide:dueOn")).getAttribute("value"))
                .as("the date asked for, unless changed")
                .isEqualTo("05/07/2024");
        chromium.shot("secretariat-decides");
        chromium.accessible("secretariat-extensions");
        // A refusal needs its reason, beside the field.
        browser.findElement(By.id("decide:refuse")).click();
        chromium.waitUntil(
                d -> d.findElement(By.id("decide:commentError")).getText().equals("cần ý kiến"));
        chromium.type(By.id("decide:dueOn"), "28/06/2024");
        browser.findElement(By.id("decide:approve")).click();
        chromium.waitForText(By.id("chosenStatus"), "Đã đồng ý");
        assertThat(chromium.text(By.id("chosenGranted"))).isEqualTo("28/06/2024");
        assertThat(chromium.text(By.id("said"))).isEqualTo("Đã đồng ý gia hạn.");
        assertThat(api.get("api/v1/extensions/" + extensionId, api.token("vinh-phuc", "secretariat"))
                        .object()
                        .getString("dueOn"))
                .isEqualTo("2024-06-28");
        chromium.waitUntil(d -> chromium.rows("list:extensions").isEmpty());
        chromium.shot("secretariat-approved");
        chromium.signOut();

        // The officer's tasks: the new deadline, and the original beside it.
        chromium.signIn("vinh-phuc", "so-tu-phap", Api.PASSWORD);
        WebElement extended = chromium.rows("mine:obligations").stream()
                .filter(r -> r.getText().contains("Đã được gia hạn đến 28/06/2024"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no extended row"));
        assertThat(extended.findElement(By.className("dd-due")).getText()).isEqualTo("28/06/2024");
        assertThat(extended.findElement(By.className("dd-original")).getText())
                .isEqualTo("Hạn ban đầu: " + Browser.ddMMyyyy(due));
        chromium.shot("officer-new-deadline");

        // In English.
        browser.findElement(By.id("language:en")).click();
        chromium.waitForHeading("My tasks");
        chromium.clickAndLoad(By.linkText("Extensions"));
        chromium.waitForHeading("Requests for more time");
        assertThat(chromium.rows("list:extensions").get(0).getText()).contains("Approved", "Extended to: 28/06/2024");
        chromium.shot("officer-extensions-english");
        chromium.accessible("officer-extensions-english");
        chromium.fitsAPhone("officer-extensions-english");
    }

    @Test
    void theLeaderAsksAnOverdueAgencyToExplainAndReadsTheAnswer() throws Exception {
        String leader = api.token("vinh-phuc", "leader");
        JsonObject late = api
                .get("api/v1/scorecard", leader)
                .object()
                .getJsonArray("agencies")
                .getValuesAs(JsonObject.class)
                .stream()
                .filter(a ->
                        a.getJsonObject("tasks").getJsonNumber("openOverdue").longValue() > 0)
                .findFirst()
                .orElseThrow();
        String code = late.getString("agencyCode");
        String name = late.getString("name");

        chromium.signIn("vinh-phuc", "leader", Api.PASSWORD);
        chromium.clickAndLoad(By.linkText("Bảng đánh giá"));
        chromium.waitForHeading("Bảng đánh giá mức độ hoàn thành");
        WebElement line = chromium.rows("score:agencies").stream()
                .filter(r -> r.findElement(By.className("dd-code")).getText().equals(code))
                .findFirst()
                .orElseThrow();
        line.findElement(By.className("dd-drill-openOverdue")).click();
        chromium.waitForText(By.id("drillHeading"), "Nhiệm vụ quá hạn chưa hoàn thành: " + name);
        chromium.rows("score:tasks")
                .get(0)
                .findElement(By.cssSelector("button[id$=':ask']"))
                .click();
        chromium.waitUntil(d -> !d.findElements(By.id("ask:send")).isEmpty());
        assertThat(chromium.text(By.id("askHeading"))).isEqualTo("Yêu cầu giải trình: " + name);
        chromium.shot("leader-asks");
        chromium.accessible("scorecard-ask");

        browser.findElement(By.id("ask:send")).click();
        chromium.waitUntil(
                d -> !d.findElement(By.id("ask:questionError")).getText().isEmpty());
        assertThat(chromium.text(By.id("ask:questionError"))).isEqualTo("Cần nhập Nội dung yêu cầu giải trình.");
        chromium.type(By.id("ask:question"), "Đề nghị giải trình lý do chậm gửi báo cáo.");
        chromium.type(By.id("ask:answerBy"), "14/06/2024");
        browser.findElement(By.id("ask:send")).click();
        chromium.waitUntil(d -> d.findElement(By.id("ask:answerByError"))
                .getText()
                .equals("ngày 14/06/2024 đã qua (hôm nay là 17/06/2024)"));
        chromium.shot("leader-asks-a-past-day");
        chromium.type(By.id("ask:answerBy"), "19/06/2024");
        browser.findElement(By.id("ask:send")).click();
        chromium.waitUntil(d -> !d.findElements(By.id("ask:askedLink")).isEmpty());
        JsonObject request =
                api.get("api/v1/explanation-requests", leader).array().getJsonObject(0);
        long requestId = request.getJsonNumber("id").longValue();
        assertThat(request.getString("agencyCode")).isEqualTo(code);
        assertThat(request.getString("answerBy")).isEqualTo("2024-06-19");
        assertThat(chromium.text(By.id("ask:askedSaid"))).isEqualTo("Đã gửi yêu cầu giải trình số " + requestId + ".");
        chromium.shot("leader-asked");
        chromium.signOut();

        // The agency is told at once, in its inbox.
        List<JsonObject> inbox = api.get("api/v1/notifications?size=200", api.token("vinh-phuc", code))
                .array()
                .getValuesAs(JsonObject.class);
        JsonObject notice = inbox.stream()
                .filter(n -> !n.isNull("explanationRequestId")
                        && n.getJsonNumber("explanationRequestId").longValue() == requestId)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no notice of the request in " + inbox));
        assertThat(notice.getString("kind")).isEqualTo("ASKED");

        // The agency's officer: the notice leads to the request, answered there.
        chromium.signIn("vinh-phuc", code, Api.PASSWORD);
        chromium.clickAndLoad(By.linkText("Thông báo"));
        chromium.waitForHeading("Thông báo của tôi");
        List<WebElement> notices = chromium.rows("inbox:notices");
        assertThat(notices).hasSize(Math.min(10, inbox.size()));
        WebElement urged = notices.stream()
                .filter(r -> r.getText().contains(notice.getString("subject")))
                .findFirst()
                .orElseThrow(() -> new AssertionError("the notice is not on the first page"));
        assertThat(urged.getAttribute("class")).contains("dd-unread");
        chromium.shot("officer-notifications");
        chromium.accessible("officer-notifications");
        urged.findElement(By.cssSelector("button[id$=':markRead']")).click();
        chromium.waitUntil(d -> chromium.rows("inbox:notices").stream()
                .anyMatch(r -> r.getText().contains(notice.getString("subject"))
                        && r.getAttribute("class").contains("dd-read")));
        assertThat(api
                        .get("api/v1/notifications?size=200", api.token("vinh-phuc", code))
                        .array()
                        .getValuesAs(JsonObject.class)
                        .stream()
                        .filter(n -> n.getJsonNumber("id").longValue()
                                == notice.getJsonNumber("id").longValue())
                        .findFirst()
                        .orElseThrow()
                        .getBoolean("read"))
                .isTrue();
        chromium.rows("inbox:notices").stream()
                .filter(r -> r.getText().contains(notice.getString("subject")))
                .findFirst()
                .orElseThrow()
                .findElement(By.className("dd-notice-link"))
                .click();
        chromium.waitForHeading("Yêu cầu giải trình");
        assertThat(browser.getCurrentUrl()).endsWith("/app/giai-trinh.xhtml?id=" + requestId);
        assertThat(chromium.text(By.id("chosenQuestion"))).isEqualTo("Đề nghị giải trình lý do chậm gửi báo cáo.");
        browser.findElement(By.id("answer:send")).click();
        chromium.waitUntil(
                d -> d.findElement(By.id("answer:textError")).getText().equals("không được để trống"));

        // A file with the answer, through the page's upload field: the same boundary as POST
        // .../answer/attachments; the API lists it, and the page's download gives its bytes back.
        java.nio.file.Path pdf = java.nio.file.Path.of("target", "urging-ui", "Số liệu các huyện.pdf")
                .toAbsolutePath();
        java.nio.file.Files.createDirectories(pdf.getParent());
        java.nio.file.Files.writeString(
                pdf,
                "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n",
                StandardCharsets.US_ASCII);
        byte[] written = java.nio.file.Files.readAllBytes(pdf);
        browser.findElement(By.cssSelector("#answerUpload input[type=file]")).sendKeys(pdf.toString());
        chromium.clickAndLoad(By.id("answerUpload:attach"));
        assertThat(chromium.text(By.cssSelector("#answerFiles .dd-file-name"))).isEqualTo("Số liệu các huyện.pdf");
        assertThat(chromium.text(By.cssSelector("#answerFiles .dd-file-size"))).isEqualTo("(" + written.length + " B)");
        String officer = api.token("vinh-phuc", code);
        JsonObject attached = api.get("api/v1/explanation-requests/" + requestId, officer)
                .object()
                .getJsonArray("attachments")
                .getJsonObject(0);
        assertThat(attached.getString("fileName")).isEqualTo("Số liệu các huyện.pdf");
        assertThat(attached.getJsonNumber("size").longValue()).isEqualTo(written.length);
        assertThat(attached.getString("contentType")).isEqualTo("application/pdf");
        HttpResponse<byte[]> fromThePage = downloadFromThePage(requestId);
        assertThat(fromThePage.statusCode()).isEqualTo(200);
        assertThat(fromThePage.headers().firstValue("Content-Disposition").orElseThrow())
                .startsWith("attachment");
        assertThat(fromThePage.body()).isEqualTo(written);
        HttpResponse<byte[]> fromTheApi = java.net.http.HttpClient.newHttpClient()
                .send(
                        api.request(
                                        "api/v1/explanation-requests/" + requestId + "/answer/attachments/"
                                                + attached.getJsonNumber("id").longValue(),
                                        officer)
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
        assertThat(fromTheApi.body()).isEqualTo(written);
        chromium.shot("officer-attached-a-file");

        chromium.type(By.id("answer:text"), "Do chưa tổng hợp đủ số liệu của các huyện; sẽ gửi trước 21/06/2024.");
        browser.findElement(By.id("answer:send")).click();
        chromium.waitForText(By.id("chosenStatus"), "Đã trả lời");
        assertThat(chromium.text(By.cssSelector("#answerFiles .dd-file-name"))).isEqualTo("Số liệu các huyện.pdf");
        assertThat(api.get("api/v1/explanation-requests/" + requestId, leader)
                        .object()
                        .getString("answer"))
                .isEqualTo("Do chưa tổng hợp đủ số liệu của các huyện; sẽ gửi trước 21/06/2024.");
        chromium.shot("officer-answered");
        chromium.accessible("officer-explanations");
        chromium.fitsAPhone("officer-explanations");
        chromium.signOut();

        // The leader is told of the answer, and reads it.
        chromium.signIn("vinh-phuc", "leader", Api.PASSWORD);
        chromium.clickAndLoad(By.linkText("Thông báo"));
        chromium.waitForHeading("Thông báo của tôi");
        WebElement told = chromium.rows("inbox:notices").get(0);
        assertThat(told.getText()).contains("Đã giải trình", name + " đã giải trình");
        chromium.shot("leader-told-of-the-answer");
        told.findElement(By.className("dd-notice-link")).click();
        chromium.waitForHeading("Yêu cầu giải trình");
        assertThat(browser.getCurrentUrl()).endsWith("/app/giai-trinh.xhtml?id=" + requestId);
        assertThat(chromium.text(By.id("chosenAnswer")))
                .isEqualTo("Do chưa tổng hợp đủ số liệu của các huyện; sẽ gửi trước 21/06/2024.");
        chromium.clickAndLoad(By.linkText("Giải trình"));
        chromium.waitForHeading("Yêu cầu giải trình");
        WebElement asked = chromium.rows("list:requests").get(0);
        assertThat(asked.getText()).contains(name, "leader", "19/06/2024", "Đã trả lời");
        asked.findElement(By.cssSelector("button[id$=':open']")).click();
        chromium.waitUntil(d -> !d.findElements(By.id("chosenAnswer")).isEmpty());
        assertThat(chromium.text(By.id("chosenAnswer")))
                .isEqualTo("Do chưa tổng hợp đủ số liệu của các huyện; sẽ gửi trước 21/06/2024.");
        assertThat(browser.findElements(By.id("answer:send")))
                .as("a leader asks, not answers")
                .isEmpty();
        assertThat(chromium.text(By.cssSelector("#answerFiles .dd-file-name"))).isEqualTo("Số liệu các huyện.pdf");
        assertThat(downloadFromThePage(requestId).body())
                .as("the leader downloads it too")
                .isEqualTo(written);
        chromium.shot("leader-reads-the-answer");
        chromium.accessible("leader-explanations");
        browser.findElement(By.id("language:en")).click();
        chromium.waitForHeading("Requests for explanation");
        assertThat(chromium.rows("list:requests").get(0).getText()).contains("Answered");
        chromium.shot("leader-explanations-english");
        chromium.signOut();

        // The morning's reminders (the 07:00 job, replayed by the admin), then the secretariat's
        // reminder log lists what the API's log lists, whole and for one agency.
        Api.Reply reminded =
                api.post("api/v1/notifications/reminders?day=2024-06-17", api.token("vinh-phuc", "admin"), "");
        assertThat(reminded.status()).as(reminded.body()).isEqualTo(200);
        String secretariat = api.token("vinh-phuc", "secretariat");
        Api.Reply all = api.get("api/v1/notifications/log?size=1", secretariat);
        Api.Reply ofAgency = api.get("api/v1/notifications/log?size=1&agency=" + code, secretariat);
        long total = Long.parseLong(all.header("X-Total-Count"));
        long agencyTotal = Long.parseLong(ofAgency.header("X-Total-Count"));
        assertThat(agencyTotal).isPositive().isLessThan(total);
        chromium.signIn("vinh-phuc", "secretariat", Api.PASSWORD);
        browser.findElement(By.id("language:vi")).click();
        chromium.waitForHeading("Trang chủ");
        chromium.clickAndLoad(By.linkText("Nhật ký nhắc việc"));
        chromium.waitForHeading("Nhật ký nhắc việc");
        assertThat(chromium.text(By.id("log:total")))
                .isEqualTo("Tổng cộng: " + Browser.vietnamese(java.math.BigDecimal.valueOf(total), "#,##0")
                        + " thông báo.");
        assertThat(chromium.rows("log:entries")).hasSize((int) Math.min(25, total));
        assertThat(chromium.rows("log:entries").get(0).getText()).contains("Hộp thư", "Đã gửi");
        chromium.shot("reminder-log");
        chromium.accessible("reminder-log");
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("filters:agency"))).selectByValue(code);
        browser.findElement(By.id("filters:show")).click();
        chromium.waitForText(By.id("log:total"), "Tổng cộng: " + agencyTotal + " thông báo.");
        assertThat(chromium.rows("log:entries"))
                .hasSize((int) Math.min(25, agencyTotal))
                .allSatisfy(
                        r -> assertThat(r.findElement(By.className("dd-agency")).getText())
                                .isEqualTo(name));
        chromium.shot("reminder-log-of-one-agency");
        chromium.fitsAPhone("reminder-log");
        chromium.signOut();

        // An agency's officer has no log: 403.
        chromium.signIn("vinh-phuc", code, Api.PASSWORD);
        assertThat(browser.findElement(By.tagName("nav")).getText()).doesNotContain("Nhật ký nhắc việc");
        assertThat(chromium.fetch("app/nhat-ky-nhac-viec.xhtml").statusCode()).isEqualTo(403);
    }

    /**
     * What the answer's first file link downloads, posted as the page posts it (the link's id, the
     * view's state) with the browser's cookies.
     */
    private HttpResponse<byte[]> downloadFromThePage(long requestId) throws Exception {
        String link = browser.findElement(By.cssSelector("#answerFiles .dd-file-name"))
                .getAttribute("id");
        String viewState = browser.findElement(By.cssSelector("input[name='jakarta.faces.ViewState']"))
                .getAttribute("value");
        java.util.function.Function<String, String> encoded =
                v -> java.net.URLEncoder.encode(v, StandardCharsets.UTF_8);
        return chromium.post(
                "app/giai-trinh.xhtml?id=" + requestId,
                "files=files&" + encoded.apply(link) + "=" + encoded.apply(link) + "&jakarta.faces.ViewState="
                        + encoded.apply(viewState));
    }

    @Test
    void dongThapSeesNothingOfVinhPhucAndItsIdsAreNotFound() throws Exception {
        long obligationId = api.get("api/v1/obligations?size=1", api.token("vinh-phuc", "so-tu-phap"))
                .array()
                .getJsonObject(0)
                .getJsonNumber("id")
                .longValue();
        Api.Reply extension = api.post(
                "api/v1/obligations/" + obligationId + "/extension",
                api.token("vinh-phuc", "so-tu-phap"),
                "{\"requestedDueOn\":\"2024-07-05\",\"reason\":\"Chờ số liệu\"}");
        assertThat(extension.status()).as(extension.body()).isEqualTo(201);
        long extensionId = extension
                .object()
                .getJsonObject("extension")
                .getJsonNumber("id")
                .longValue();
        Api.Reply asked = api.post(
                "api/v1/explanation-requests",
                api.token("vinh-phuc", "leader"),
                "{\"agencyCode\":\"so-tu-phap\",\"obligationId\":" + obligationId
                        + ",\"question\":\"Vì sao chậm?\",\"answerBy\":\"2024-06-19\"}");
        assertThat(asked.status()).as(asked.body()).isEqualTo(201);
        long requestId = asked.object().getJsonNumber("id").longValue();
        api.post("api/v1/notifications/reminders?day=2024-06-17", api.token("vinh-phuc", "admin"), "");

        // Vĩnh Phúc's own secretariat opens the request by its address.
        chromium.signIn("vinh-phuc", "secretariat", Api.PASSWORD);
        chromium.open("app/gia-han.xhtml?id=" + extensionId);
        chromium.waitForHeading("Đề nghị gia hạn");
        assertThat(chromium.text(By.id("chosenHeading"))).contains("Sở Tư pháp", "204/KH-UBND");
        chromium.shot("vinh-phuc-opens-by-address");
        chromium.signOut();

        for (String user : List.of("secretariat", "so-noi-vu")) {
            chromium.signIn("dong-thap", user, Api.PASSWORD);
            for (String page : List.of(
                    "app/gia-han.xhtml",
                    "app/giai-trinh.xhtml",
                    "app/thong-bao.xhtml",
                    "app/nhat-ky-nhac-viec.xhtml")) {
                HttpResponse<byte[]> answer = chromium.fetch(page);
                String body = new String(answer.body(), StandardCharsets.UTF_8);
                // Đồng Tháp has a Sở Tư pháp of its own: what is Vĩnh Phúc's is its plan and its words
                assertThat(body).as(page).doesNotContain("Vĩnh Phúc", "204/KH-UBND", "Chờ số liệu", "Vì sao chậm?");
                if (answer.statusCode() == 200) {
                    chromium.open(page);
                    assertThat(browser.findElement(By.className("dd-tenant")).getText())
                            .isEqualTo("Tỉnh Đồng Tháp");
                    assertThat(browser.findElement(By.tagName("main")).getText())
                            .doesNotContain("Vĩnh Phúc", "204/KH-UBND", "Chờ số liệu", "Vì sao chậm?");
                } else {
                    assertThat(answer.statusCode()).as(page + " for " + user).isEqualTo(403);
                    assertThat(user).isEqualTo("so-noi-vu");
                }
            }
            chromium.shot("dong-thap-" + user);
            assertThat(chromium.fetch("app/gia-han.xhtml?id=" + extensionId).statusCode())
                    .isEqualTo(404);
            assertThat(chromium.fetch("app/giai-trinh.xhtml?id=" + requestId).statusCode())
                    .isEqualTo(404);
            chromium.open("app/gia-han.xhtml?id=" + extensionId);
            assertThat(browser.findElements(By.id("chosenHeading"))).isEmpty();
            assertThat(browser.findElement(By.tagName("body")).getText()).doesNotContain("204/KH-UBND", "Chờ số liệu");
            chromium.shot("dong-thap-not-found-" + user);
            chromium.open("app/thong-bao.xhtml");
            chromium.signOut();
        }
        // Another agency of Vĩnh Phúc: not its request either.
        chromium.signIn("vinh-phuc", "so-noi-vu", Api.PASSWORD);
        assertThat(chromium.fetch("app/gia-han.xhtml?id=" + extensionId).statusCode())
                .isEqualTo(404);
        assertThat(chromium.fetch("app/giai-trinh.xhtml?id=" + requestId).statusCode())
                .isEqualTo(404);
    }
}
