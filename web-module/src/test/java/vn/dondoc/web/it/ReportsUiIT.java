package vn.dondoc.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * Sở Tư pháp's 6-month report for 2024-H1 of Kế hoạch 204 through the pages, with the server's
 * clock fixed at Monday 17/06/2024 10:00 in Vĩnh Phúc: the officer drafts it (saved as typed, a
 * figure, a file), leaves and finds it kept, submits; the head approves; the secretariat returns
 * it with a comment; the officer reads the comment and resubmits; the head approves; the
 * secretariat accepts. Every state is read back through the API; the history shows each step; an
 * officer of another agency or tenant gets 404 at the report's address. Screenshots under {@code
 * target/screenshots/reports/}; axe-core on each main page.
 */
class ReportsUiIT extends BrowserJourney {

    private static final String PDF =
            "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n";
    private static final String NARRATIVE = "Đã tổ chức 12 hội nghị phổ biến pháp luật cho cán bộ cơ sở";
    private static final String COMMENT = "Đề nghị kiểm tra lại số vụ việc được trợ giúp";

    private long h1;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.productWarWith("dondoc.clock=2024-06-17T03:00:00Z\n");
    }

    @BeforeEach
    void keHoach204() throws SQLException {
        TenantDocuments.clear("vinh-phuc", "dong-thap");
        long document = api.importKeHoach204(token("secretariat"));
        h1 = api.get("api/v1/obligations?agency=so-tu-phap&period=2024-H1&document=" + document, token("so-tu-phap"))
                .array()
                .getJsonObject(0)
                .getJsonNumber("id")
                .longValue();
    }

    @Test
    void theSixMonthReportGoesFromTheOfficerThroughTheHeadToTheSecretariatAndBackUntilAccepted() throws Exception {
        // The officer opens the report from "Việc của tôi".
        chromium.signIn("vinh-phuc", "so-tu-phap", Api.PASSWORD);
        openFromMyTasks();
        assertThat(chromium.text(By.id("status"))).isEqualTo("Chưa có báo cáo");
        chromium.shot("blank-form");
        chromium.accessible("blank-form");

        // What is typed is saved as a draft, with the time it was saved.
        chromium.type(By.id("report:entries:0:narrative"), NARRATIVE);
        chromium.waitForText(By.id("report:saved"), "Đã lưu nháp lúc 10:00");
        assertThat(report().getString("status")).isEqualTo("DRAFT");
        assertThat(report().getJsonArray("entries").getJsonObject(0).getString("narrative"))
                .isEqualTo(NARRATIVE);
        chromium.shot("draft-saved");

        // A figure: a zero denominator is refused beside its field; more than the denominator is flagged.
        chromium.clickAndLoad(By.id("report:entries:0:addFigure"));
        chromium.type(By.id("report:entries:0:figures:0:name"), "Số vụ việc được trợ giúp");
        chromium.type(By.id("report:entries:0:figures:0:unit"), "vụ");
        chromium.type(By.id("report:entries:0:figures:0:denominator"), "0");
        chromium.type(By.id("report:entries:0:figures:0:numerator"), "160" + Keys.TAB);
        chromium.waitForText(By.id("report:entries:0:figures:0:denominatorError"), "mẫu số bằng 0");
        assertThat(report().getJsonArray("entries").getJsonObject(0).getJsonArray("figures"))
                .as("nothing saved")
                .isEmpty();
        chromium.shot("zero-denominator");
        chromium.type(By.id("report:entries:0:figures:0:denominator"), "150" + Keys.TAB);
        chromium.waitForText(
                By.cssSelector("[id='report:entries:0:figures:0:flag'] .dd-flag"),
                "⚠ Tử số (160) lớn hơn mẫu số (150)");
        assertThat(chromium.text(By.id("report:entries:0:figures:0:denominatorError")))
                .isEmpty();
        JsonObject figure = figure();
        assertThat(figure.getString("name")).isEqualTo("Số vụ việc được trợ giúp");
        assertThat(figure.getJsonNumber("numerator").intValue()).isEqualTo(160);
        assertThat(figure.getJsonNumber("denominator").intValue()).isEqualTo(150);
        assertThat(figure.getString("unit")).isEqualTo("vụ");
        assertThat(figure.getString("flag")).startsWith("Tử số (160) lớn hơn mẫu số (150)");
        chromium.shot("figure-flagged");

        // A file, through the page's upload field: the same boundary as POST .../attachments.
        Path pdf = Path.of("target", "reports-ui", "Báo cáo 6 tháng.pdf").toAbsolutePath();
        Files.createDirectories(pdf.getParent());
        Files.writeString(pdf, PDF, StandardCharsets.US_ASCII);
        browser.findElement(By.cssSelector("#files input[type=file]")).sendKeys(pdf.toString());
        chromium.waitUntil(d -> !d.findElements(By.className("dd-file-name")).isEmpty());
        assertThat(chromium.text(By.className("dd-file-name"))).isEqualTo("Báo cáo 6 tháng.pdf");
        JsonObject attachment = report().getJsonArray("attachments").getJsonObject(0);
        assertThat(attachment.getString("contentType")).isEqualTo("application/pdf");
        assertThat(attachment.getString("fileName")).isEqualTo("Báo cáo 6 tháng.pdf");
        chromium.shot("file-attached");

        // Leaving and coming back: the draft is kept.
        browser.findElement(By.linkText("Việc của tôi")).click();
        chromium.waitForHeading("Việc của tôi");
        openFromMyTasks();
        assertThat(browser.findElement(By.id("report:entries:0:narrative")).getAttribute("value"))
                .isEqualTo(NARRATIVE);
        assertThat(browser.findElement(By.id("report:entries:0:figures:0:numerator"))
                        .getAttribute("value"))
                .isEqualTo("160");
        assertThat(chromium.text(By.className("dd-file-name"))).isEqualTo("Báo cáo 6 tháng.pdf");
        assertThat(chromium.text(By.id("status"))).isEqualTo("Đang soạn");
        chromium.shot("draft-kept");
        chromium.accessible("draft-form");
        chromium.fitsAPhone("draft-form");

        // Submitted: it goes to the head.
        chromium.clickAndLoad(By.id("report:submit"));
        assertThat(chromium.text(By.id("notices"))).isEqualTo("Đã gửi báo cáo. Trạng thái: Đã gửi.");
        assertThat(report().getString("status")).isEqualTo("SUBMITTED");
        assertThat(chromium.text(By.id("status"))).isEqualTo("Đã gửi");
        assertThat(browser.findElements(By.id("report:summary")))
                .as("no longer editable")
                .isEmpty();
        chromium.shot("submitted");

        // The head finds it waiting and approves it.
        chromium.signOut();
        chromium.signIn("vinh-phuc", "so-tu-phap.head", Api.PASSWORD);
        openFromQueue();
        assertThat(chromium.text(By.cssSelector("tr.dd-flagged .dd-flag")))
                .isEqualTo("⚠ Tử số (160) lớn hơn mẫu số (150)");
        chromium.shot("head-reviews");
        chromium.accessible("head-reviews");
        chromium.clickAndLoad(By.id("review:approve"));
        assertThat(chromium.text(By.id("notices"))).isEqualTo("Đã duyệt báo cáo. Trạng thái: Đã duyệt.");
        assertThat(report().getString("status")).isEqualTo("APPROVED");
        assertThat(chromium.text(By.id("status"))).isEqualTo("Đã duyệt");

        // The secretariat: returning needs a comment, beside the field; then it goes back.
        chromium.signOut();
        chromium.signIn("vinh-phuc", "secretariat", Api.PASSWORD);
        openFromQueue();
        assertThat(browser.findElement(By.cssSelector("tr.dd-flagged")).getText())
                .contains("Số vụ việc được trợ giúp", "160", "150", "Tử số (160) lớn hơn mẫu số (150)");
        browser.executeScript("document.querySelector('tr.dd-flagged').scrollIntoView()");
        chromium.shot("secretariat-reviews");
        chromium.accessible("secretariat-reviews");
        chromium.clickAndLoad(By.id("review:return"));
        assertThat(chromium.text(By.id("review:commentError"))).isEqualTo("Cần nhập ý kiến khi trả lại báo cáo.");
        assertThat(report().getString("status")).isEqualTo("APPROVED");
        chromium.shot("comment-required");
        chromium.type(By.id("review:comment"), COMMENT);
        chromium.clickAndLoad(By.id("review:return"));
        assertThat(chromium.text(By.id("notices"))).isEqualTo("Đã trả lại báo cáo. Trạng thái: Bị trả lại.");
        assertThat(report().getString("status")).isEqualTo("RETURNED");
        chromium.shot("returned");

        // The officer reads the comment, corrects the figure and submits again.
        chromium.signOut();
        chromium.signIn("vinh-phuc", "so-tu-phap", Api.PASSWORD);
        openFromMyTasks();
        assertThat(chromium.text(By.className("dd-return-comment"))).isEqualTo(COMMENT);
        assertThat(chromium.text(By.id("status"))).isEqualTo("Bị trả lại");
        chromium.type(By.id("report:entries:0:figures:0:numerator"), "140" + Keys.TAB);
        chromium.waitUntil(d -> figure().getJsonNumber("numerator").intValue() == 140);
        chromium.waitUntil(d -> d.findElements(By.cssSelector("[id='report:entries:0:figures:0:flag'] .dd-flag"))
                .isEmpty());
        chromium.shot("corrected");
        chromium.accessible("returned-form");
        chromium.clickAndLoad(By.id("report:submit"));
        assertThat(report().getString("status")).isEqualTo("SUBMITTED");

        // The head approves again, by the report's address.
        chromium.signOut();
        chromium.signIn("vinh-phuc", "so-tu-phap.head", Api.PASSWORD);
        chromium.open("app/bao-cao.xhtml?obligation=" + h1);
        chromium.clickAndLoad(By.id("review:approve"));
        assertThat(report().getString("status")).isEqualTo("APPROVED");

        // The secretariat accepts: the obligation stands accepted.
        chromium.signOut();
        chromium.signIn("vinh-phuc", "secretariat", Api.PASSWORD);
        openFromQueue();
        chromium.clickAndLoad(By.id("review:accept"));
        assertThat(chromium.text(By.id("notices"))).isEqualTo("Đã tiếp nhận báo cáo. Trạng thái: Đã tiếp nhận.");
        assertThat(report().getString("status")).isEqualTo("ACCEPTED");
        assertThat(api.get("api/v1/obligations?agency=so-tu-phap&period=2024-H1&status=ACCEPTED", token("secretariat"))
                        .array())
                .hasSize(1);
        assertThat(browser.findElements(By.id("review:accept"))).isEmpty();
        chromium.shot("accepted");

        // The history: every step, who and when, as the API has it.
        List<JsonObject> steps = api.get("api/v1/obligations/" + h1 + "/history", token("secretariat"))
                .array()
                .getValuesAs(JsonObject.class);
        assertThat(steps)
                .extracting(s -> s.getString("action") + " " + s.getString("actor"))
                .containsExactly(
                        "DRAFTED so-tu-phap",
                        "SUBMITTED so-tu-phap",
                        "APPROVED so-tu-phap.head",
                        "RETURNED secretariat",
                        "SUBMITTED so-tu-phap",
                        "APPROVED so-tu-phap.head",
                        "ACCEPTED secretariat");
        List<WebElement> rows = browser.findElements(By.cssSelector("#history tbody tr"));
        assertThat(rows)
                .extracting(r -> r.findElement(By.className("dd-action")).getText() + " · "
                        + r.findElement(By.className("dd-actor")).getText())
                .containsExactly(
                        "Soạn báo cáo · so-tu-phap",
                        "Gửi báo cáo · so-tu-phap",
                        "Thủ trưởng duyệt · so-tu-phap.head",
                        "Trả lại để sửa · secretariat",
                        "Gửi báo cáo · so-tu-phap",
                        "Thủ trưởng duyệt · so-tu-phap.head",
                        "Cơ quan đầu mối tiếp nhận · secretariat");
        assertThat(rows.get(3).findElement(By.className("dd-step-comment")).getText())
                .isEqualTo(COMMENT);
        assertThat(rows.get(0).findElement(By.tagName("time")).getText()).isEqualTo("17/06/2024 10:00");
        browser.executeScript("document.getElementById('historyHeading').scrollIntoView()");
        chromium.shot("history");
        chromium.accessible("accepted");

        // The board of the period, and the consolidated report of it as a Word document.
        browser.findElement(By.linkText("Theo dõi báo cáo")).click();
        chromium.waitForHeading("Theo dõi tình hình báo cáo");
        chromium.type(By.id("filters:period"), "2024-H1");
        new Select(browser.findElement(By.id("filters:agency"))).selectByValue("so-tu-phap");
        chromium.clickAndLoad(By.id("filters:show"));
        List<WebElement> board = chromium.rows("board:obligations");
        assertThat(board).hasSize(1);
        assertThat(board.get(0).findElement(By.className("dd-status")).getText())
                .isEqualTo("Đã tiếp nhận");
        assertThat(board.get(0).findElement(By.className("dd-status")).getAttribute("class"))
                .contains("dd-status-ACCEPTED");
        chromium.shot("board");
        chromium.accessible("board");
        String viewState = browser.findElement(By.cssSelector("#consolidated input[name='jakarta.faces.ViewState']"))
                .getAttribute("value");
        String documentId = new Select(browser.findElement(By.id("consolidated:document")))
                .getOptions()
                .get(1)
                .getAttribute("value");
        HttpResponse<byte[]> docx = chromium.post(
                "app/theo-doi-bao-cao.xhtml",
                "consolidated=consolidated&consolidated%3Adocument=" + documentId
                        + "&consolidated%3Aperiod=2024-H1&consolidated%3Adocx=x&jakarta.faces.ViewState="
                        + URLEncoder.encode(viewState, StandardCharsets.UTF_8));
        assertThat(docx.statusCode()).isEqualTo(200);
        assertThat(docx.headers().firstValue("Content-Type").orElseThrow())
                .startsWith("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertThat(docx.headers().firstValue("Content-Disposition").orElseThrow())
                .contains("2024-H1.docx");
        assertThat(new String(docx.body(), 0, 2, StandardCharsets.US_ASCII)).isEqualTo("PK");
        // A period the document does not have: said beside the field.
        chromium.type(By.id("consolidated:period"), "2031-H1");
        new Select(browser.findElement(By.id("consolidated:document"))).selectByValue(documentId);
        chromium.clickAndLoad(By.id("consolidated:docx"));
        assertThat(chromium.text(By.id("consolidated:periodError"))).contains("không có kỳ báo cáo 2031-H1");
        chromium.shot("consolidated-no-such-period");

        // In English.
        chromium.open("app/bao-cao.xhtml?obligation=" + h1);
        browser.findElement(By.id("language:en")).click();
        chromium.waitForHeading("Report for 2024-H1");
        assertThat(chromium.text(By.id("status"))).isEqualTo("Accepted");
        assertThat(browser.findElements(By.cssSelector("tr.dd-flagged")))
                .as("nothing flagged once 140 of 150")
                .isEmpty();
        assertThat(browser.findElement(By.id("history")).getText())
                .contains("Approved by the head", "Returned for revision", "Accepted by the focal agency");
        chromium.shot("accepted-english");
        chromium.accessible("accepted-english");
    }

    @Test
    void anOfficerOfAnotherAgencyOrTenantFindsNoReportAtItsAddress() throws Exception {
        for (String[] other :
                List.of(new String[] {"vinh-phuc", "so-noi-vu"}, new String[] {"dong-thap", "so-noi-vu"})) {
            chromium.signIn(other[0], other[1], Api.PASSWORD);
            HttpResponse<byte[]> page = chromium.fetch("app/bao-cao.xhtml?obligation=" + h1);
            assertThat(page.statusCode()).as(other[0] + "/" + other[1]).isEqualTo(404);
            assertThat(new String(page.body(), StandardCharsets.UTF_8)).doesNotContain("204/KH-UBND", "2024-H1");
            chromium.open("app/bao-cao.xhtml?obligation=" + h1);
            assertThat(browser.findElements(By.id("report:summary"))).isEmpty();
            assertThat(browser.findElement(By.tagName("body")).getText()).doesNotContain("204/KH-UBND");
            chromium.shot("not-found-" + other[0]);
            chromium.open("app/viec-cua-toi.xhtml");
            chromium.signOut();
        }
    }

    /** Opens Sở Tư pháp's 2024-H1 report from "Việc của tôi". */
    private void openFromMyTasks() {
        WebElement row = chromium.rows("mine:obligations").stream()
                .filter(r -> r.getText().contains("2024-H1"))
                .findFirst()
                .orElseThrow();
        openLink(row);
        chromium.waitForHeading("Báo cáo kỳ 2024-H1");
    }

    /** Opens the report from the reviewer's queue, where it is the only one. */
    private void openFromQueue() {
        browser.findElement(By.linkText("Chờ duyệt")).click();
        chromium.waitForHeading("Báo cáo chờ duyệt");
        List<WebElement> waiting = chromium.rows("queue:reports");
        assertThat(waiting).hasSize(1);
        assertThat(waiting.get(0).getText()).contains("Sở Tư pháp", "204/KH-UBND", "2024-H1");
        chromium.shot("queue");
        chromium.accessible("queue");
        openLink(waiting.get(0));
        chromium.waitForHeading("Báo cáo kỳ 2024-H1");
    }

    /** Follows a row's link to its report and waits for the page. */
    private void openLink(WebElement row) {
        String link = row.findElement(By.className("dd-open-report")).getAttribute("id");
        chromium.clickAndLoad(By.id(link));
    }

    private JsonObject report() {
        return api.get("api/v1/obligations/" + h1 + "/report", token("so-tu-phap"))
                .object();
    }

    private JsonObject figure() {
        return report().getJsonArray("entries")
                .getJsonObject(0)
                .getJsonArray("figures")
                .getJsonObject(0);
    }

    private String token(String user) {
        return api.token("vinh-phuc", user);
    }
}
