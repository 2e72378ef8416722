package vn.dondoc.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The secretariat's documents screens in Debian's headless Chromium: Kế hoạch 204 imported
 * through the wizard with one lead agency printed under a name the directory does not know, that
 * name mapped in place, the document's item tree against the API's, an item's deadline and
 * assignments corrected, the list, English, a phone's width, and a secretariat of another tenant
 * who sees nothing of it. Screenshots under {@code target/screenshots/documents/}; axe-core on
 * each main page.
 */
class DocumentsUiIT extends BrowserJourney {

    /** Item II.1's lead, printed as no directory entry or alias spells it. */
    private static final String VARIANT = "Sở Tư pháp tỉnh Vĩnh Phúc";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.productWarWith("dondoc.clock=2024-06-17T03:00:00Z\n");
    }

    @BeforeEach
    void noDocuments() throws SQLException {
        TenantDocuments.clear("vinh-phuc", "dong-thap");
    }

    @Test
    void theSecretariatImportsKeHoach204MapsAnUnknownNameInPlaceAndCorrectsAnItem() {
        String secretariat = api.token("vinh-phuc", "secretariat");
        String plan = kh204().replaceFirst("- Cơ quan chủ trì: Sở Tư pháp\\.", "- Cơ quan chủ trì: " + VARIANT + ".");
        JsonObject dryRun = api.send(api.request("api/v1/documents/import?dryRun=true", secretariat)
                        .header("Content-Type", "text/plain; charset=UTF-8")
                        .POST(HttpRequest.BodyPublishers.ofString(plan, StandardCharsets.UTF_8)))
                .object();
        assertThat(dryRun.getJsonArray("unresolved").getValuesAs(jakarta.json.JsonString.class))
                .extracting(jakarta.json.JsonString::getString)
                .contains(VARIANT);

        chromium.signIn("vinh-phuc", "secretariat", Api.PASSWORD);
        chromium.clickAndLoad(By.linkText("Nhập kế hoạch"));
        chromium.waitForHeading("Nhập kế hoạch");
        assertThat(chromium.driver.getCurrentUrl()).endsWith("/app/nhap-ke-hoach.xhtml");
        assertThat(chromium.driver.findElement(By.id("busy_start")).getAttribute("textContent"))
                .as("a busy bar with words while the plan is read")
                .contains("Đang đọc văn bản, xin chờ…");
        chromium.shot("wizard");
        chromium.accessible("wizard");

        // Reading nothing is refused beside the field.
        chromium.driver.findElement(By.id("source:read")).click();
        chromium.waitForText(By.id("source:pastedError"), "Hãy dán nội dung kế hoạch.");

        paste(plan);
        chromium.driver.findElement(By.id("source:read")).click();
        chromium.waitUntil(d -> d.findElement(By.id("previewHeading")).isDisplayed());
        assertThat(chromium.text(By.id("previewNumber"))).isEqualTo("204/KH-UBND");
        assertThat(chromium.text(By.id("itemCount")))
                .isEqualTo(String.valueOf(codes(dryRun.getJsonArray("items")).size()));
        assertThat(codesOnThePage()).containsExactlyElementsOf(codes(dryRun.getJsonArray("items")));
        WebElement lead = itemRow("II.1").findElement(By.className("dd-leads"));
        assertThat(lead.findElement(By.cssSelector("mark.dd-unresolved")).getText())
                .isEqualTo(VARIANT);
        assertThat(lead.findElement(By.cssSelector("mark.dd-unresolved")).getCssValue("background-color"))
                .as("highlighted")
                .isEqualTo("rgba(255, 224, 138, 1)");
        show(itemRow("II.1"));
        chromium.shot("preview-unresolved");
        chromium.accessible("preview");

        // Mapped in place: the name's own row of the list, then the preview read again.
        WebElement mapping = mappingOf(VARIANT);
        mapping.findElement(By.className("ui-button")).click();
        chromium.waitUntil(d ->
                !mappingOf(VARIANT).findElements(By.className("dd-field-error")).isEmpty()
                        && mappingOf(VARIANT)
                                .findElement(By.className("dd-field-error"))
                                .getText()
                                .equals("Hãy chọn cơ quan hoặc nhóm."));
        new Select(mappingOf(VARIANT).findElement(By.tagName("select"))).selectByValue("agency:so-tu-phap");
        mappingOf(VARIANT).findElement(By.className("ui-button")).click();
        chromium.waitUntil(d ->
                itemRow("II.1").findElements(By.cssSelector(".dd-leads mark")).isEmpty());
        assertThat(itemRow("II.1").findElement(By.className("dd-leads")).getText())
                .isEqualTo(VARIANT + " → Sở Tư pháp");
        assertThat(chromium.driver.findElements(By.cssSelector(".dd-mapping mark")))
                .extracting(WebElement::getText)
                .doesNotContain(VARIANT);
        assertThat(chromium.text(By.id("done"))).isEqualTo("Đã gán \"" + VARIANT + "\".");
        show(itemRow("II.1"));
        chromium.shot("preview-mapped");

        chromium.clickAndLoad(By.id("preview:confirm"));
        assertThat(chromium.driver.getCurrentUrl()).contains("/app/van-ban/chi-tiet.xhtml?id=");
        long id = Long.parseLong(chromium.driver.getCurrentUrl().replaceFirst(".*[?&]id=(\\d+).*", "$1"));
        JsonObject document = api.get("api/v1/documents/" + id, secretariat).object();
        assertThat(chromium.text(By.id("number"))).isEqualTo("204/KH-UBND");
        assertThat(codesOnThePage()).containsExactlyElementsOf(codes(document.getJsonArray("items")));
        JsonObject one = Api.item(document, "II.1");
        assertThat(one.getJsonArray("responsibilities").getJsonObject(0).getString("agencyCode"))
                .as("the name mapped before the import is the agency's alias")
                .isEqualTo("so-tu-phap");
        assertThat(assignments(one)).contains("so-tu-phap LEAD");
        assertThat(itemRow("II.1").findElements(By.cssSelector("[data-agency='so-tu-phap']")))
                .hasSize(1);
        assertThat(chromium.text(By.id("references"))).contains("Thực hiện: 46-CT/TU");
        assertThat(chromium.text(By.id("frequencies"))).isEqualTo("6 tháng, hằng năm");
        chromium.shot("document");
        chromium.accessible("document");

        // II.5.b is due on 30/06/2024: the secretariat moves it, and gives it to one more agency.
        assertThat(itemRow("II.5.b").findElement(By.className("dd-deadline")).getText())
                .isEqualTo("30/06/2024");
        chromium.clickAndLoad(By.cssSelector("tr[data-code='II.5.b'] a.dd-edit"));
        chromium.waitForHeading("Sửa nội dung II.5.b");
        assertThat(chromium.driver.findElement(By.id("edit:deadline")).getAttribute("value"))
                .isEqualTo("30/06/2024");
        chromium.type(By.id("edit:deadline"), "31/13/2024");
        chromium.clickAndLoad(By.id("edit:save"));
        assertThat(chromium.text(By.id("edit:deadlineError")))
                .isEqualTo("Ngày cần theo dạng dd/MM/yyyy, ví dụ 17/06/2024.");
        chromium.driver.findElement(By.id("edit:deadline")).clear();
        chromium.clickAndLoad(By.id("edit:save"));
        assertThat(chromium.text(By.id("edit:deadlineError")))
                .as("the boundary's refusal, in the page's language, beside the field")
                .isEqualTo("Hạn DEADLINE cần ngày");
        chromium.shot("item-refused");
        chromium.type(By.id("edit:deadline"), "15/09/2024");
        chromium.clickAndLoad(By.id("edit:save"));
        assertThat(chromium.text(By.id("done"))).isEqualTo("Đã lưu nội dung.");
        JsonObject moved =
                Api.item(api.get("api/v1/documents/" + id, secretariat).object(), "II.5.b");
        assertThat(moved.getJsonObject("schedule").getString("deadline")).isEqualTo("2024-09-15");
        assertThat(moved.getBoolean("edited")).isTrue();

        // Sở Tài chính coordinates II.5.b already: refused beside the field; Sở Y tế is new to it.
        new Select(chromium.driver.findElement(By.id("assign:agency"))).selectByValue("so-tai-chinh");
        chromium.clickAndLoad(By.id("assign:add"));
        assertThat(chromium.text(By.id("assign:agencyError")))
                .isEqualTo("Cơ quan 'so-tai-chinh' đã được giao nội dung này");
        new Select(chromium.driver.findElement(By.id("assign:agency"))).selectByValue("so-y-te");
        new Select(chromium.driver.findElement(By.id("assign:role"))).selectByValue("COORDINATOR");
        chromium.clickAndLoad(By.id("assign:add"));
        assertThat(chromium.text(By.tagName("main"))).contains("Đã giao thêm cơ quan.");
        assertThat(assignments(
                        Api.item(api.get("api/v1/documents/" + id, secretariat).object(), "II.5.b")))
                .contains("so-y-te COORDINATOR");
        assertThat(chromium.driver.findElements(By.cssSelector("#assignments tr[data-agency='so-y-te']")))
                .hasSize(1);
        show(chromium.driver.findElement(By.id("assignHeading")));
        chromium.shot("item-edited");
        chromium.accessible("item-edit");

        chromium.clickAndLoad(By.cssSelector(".dd-back a"));
        assertThat(itemRow("II.5.b").findElement(By.className("dd-deadline")).getText())
                .isEqualTo("15/09/2024");
        assertThat(itemRow("II.5.b").findElements(By.cssSelector("[data-agency='so-y-te']")))
                .hasSize(1);
        show(itemRow("II.5.b"));
        chromium.shot("document-item-edited");

        // The list: what GET /documents answers, with the chain upwards.
        chromium.clickAndLoad(By.linkText("Văn bản"));
        chromium.waitForHeading("Văn bản chỉ đạo, kế hoạch");
        Api.Reply listed = api.get("api/v1/documents", secretariat);
        List<WebElement> rows = chromium.rows("documents:list");
        assertThat(rows).hasSize(Integer.parseInt(listed.header("X-Total-Count")));
        assertThat(rows.get(0).getText()).contains("204/KH-UBND", "Kế hoạch", "21/07/2023", "Thực hiện: 46-CT/TU");
        chromium.shot("documents");
        chromium.accessible("documents");
        chromium.fitsAPhone("documents");

        chromium.driver.findElement(By.id("language:en")).click();
        chromium.waitForHeading("Directives and plans");
        assertThat(chromium.text(By.tagName("main"))).contains("Number and symbol", "Plan", "Implements: 46-CT/TU");
        chromium.shot("documents-english");
        chromium.clickAndLoad(By.cssSelector("a.dd-doc-link"));
        assertThat(chromium.text(By.tagName("main")))
                .contains("Lead agencies", "Coordinating agencies", "Reporting regime", "every 6 months, yearly");
        chromium.shot("document-english");
        chromium.accessible("document-english");
        chromium.clickAndLoad(By.linkText("Import a plan"));
        chromium.waitForHeading("Import a plan");
        chromium.shot("wizard-english");
    }

    @Test
    void aPlanUploadedAsATextFileIsPreviewedAndAnAgencyOfficerMayNotImport() throws IOException {
        Path file = Path.of(System.getProperty("dondoc.test.work", "target/it-work"))
                .toAbsolutePath()
                .resolve("upload/kh-204-vinh-phuc.txt");
        Files.createDirectories(file.getParent());
        Files.writeString(file, kh204());

        chromium.signIn("vinh-phuc", "secretariat", Api.PASSWORD);
        chromium.open("app/nhap-ke-hoach.xhtml");
        chromium.waitForHeading("Nhập kế hoạch");
        chromium.driver.findElement(By.cssSelector("input[type='file']")).sendKeys(file.toString());
        chromium.waitUntil(d -> d.findElement(By.id("previewNumber")).getText().equals("204/KH-UBND"));
        assertThat(chromium.text(By.tagName("main"))).contains("kh-204-vinh-phuc.txt");
        chromium.shot("uploaded");
        assertThat(api.get("api/v1/documents", api.token("vinh-phuc", "secretariat"))
                        .header("X-Total-Count"))
                .as("a preview stores nothing")
                .isEqualTo("0");
        Files.delete(file);

        chromium.signOut();
        chromium.signIn("vinh-phuc", "so-tu-phap", Api.PASSWORD);
        assertThat(chromium.text(By.tagName("nav"))).doesNotContain("Nhập kế hoạch", "Văn bản");
        assertThat(status("app/nhap-ke-hoach.xhtml")).isEqualTo(403);
    }

    @Test
    void theLeaderSortsTheListAndWalksTheChainFromThePlanToTheDirectiveAndBackReadOnly() {
        String secretariat = api.token("vinh-phuc", "secretariat");
        long plan = api.importKeHoach204(secretariat);
        Api.Reply directive = api.send(api.request("api/v1/documents/import", secretariat)
                .header("Content-Type", "text/plain; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(resource("ct-46-tu-vinh-phuc.txt"), StandardCharsets.UTF_8)));
        assertThat(directive.status()).as(directive.body()).isEqualTo(201);

        chromium.signIn("vinh-phuc", "leader", Api.PASSWORD);
        assertThat(chromium.text(By.tagName("nav"))).contains("Văn bản").doesNotContain("Nhập kế hoạch");
        chromium.clickAndLoad(By.linkText("Văn bản"));
        chromium.waitForHeading("Văn bản chỉ đạo, kế hoạch");
        assertThat(numbersListed()).containsExactlyElementsOf(numbers("api/v1/documents"));
        assertThat(numbersListed()).containsExactly("204/KH-UBND", "46-CT/TU");
        assertThat(chromium.driver.findElements(By.id("import")))
                .as("no import for a leader")
                .isEmpty();
        chromium.sortBy("Số, ký hiệu", "ascending");
        chromium.sortBy("Số, ký hiệu", "descending");
        chromium.waitUntil(d -> numbersListed().equals(numbers("api/v1/documents?sort=-number")));
        assertThat(numbersListed()).containsExactly("46-CT/TU", "204/KH-UBND");
        api.get("api/v1/documents?sort=signer", api.token("vinh-phuc", "leader"))
                .isProblem(400);
        chromium.shot("sorted-by-number");

        // Plan → directive → plan, through the links of the chain.
        chromium.clickAndLoad(By.xpath(
                "//tr[.//a[normalize-space()='204/KH-UBND']]//ul[@class='dd-chain']//a[normalize-space()='46-CT/TU']"));
        assertThat(chromium.text(By.id("number"))).isEqualTo("46-CT/TU");
        assertThat(chromium.text(By.id("referencedBy"))).isEqualTo("Thực hiện: 204/KH-UBND");
        chromium.shot("directive");
        chromium.accessible("directive");
        chromium.clickAndLoad(By.cssSelector("#referencedBy a"));
        assertThat(chromium.driver.getCurrentUrl()).endsWith("/app/van-ban/chi-tiet.xhtml?id=" + plan);
        assertThat(chromium.text(By.id("references")))
                .contains("Thực hiện: 46-CT/TU")
                .doesNotContain("46-CT/TU (");
        assertThat(chromium.driver.findElements(By.cssSelector("a.dd-edit")))
                .as("read-only")
                .isEmpty();
        long item = Api.item(api.get("api/v1/documents/" + plan, secretariat).object(), "II.1")
                .getJsonNumber("id")
                .longValue();
        assertThat(status("app/van-ban/noi-dung.xhtml?document=" + plan + "&item=" + item))
                .isEqualTo(403);
    }

    @Test
    void theSecretariatOpensThePlansTargetsSeesOneReadFromThePlanAndAddsOne() {
        String secretariat = api.token("vinh-phuc", "secretariat");
        long plan = api.importKeHoach204(secretariat);

        chromium.signIn("vinh-phuc", "secretariat", Api.PASSWORD);
        chromium.open("app/van-ban/chi-tiet.xhtml?id=" + plan);
        chromium.clickAndLoad(By.id("targetsLink"));
        assertThat(chromium.driver.getCurrentUrl()).endsWith("/app/van-ban/chi-tieu.xhtml?document=" + plan);
        assertThat(chromium.text(By.id("number"))).isEqualTo("204/KH-UBND");
        List<WebElement> rows = chromium.rows("list:targets");
        assertThat(rows).as("targets read from the plan").isNotEmpty();
        assertThat(rows.stream().map(WebElement::getText).toList())
                .anySatisfy(row -> assertThat(row).contains("%", "Đọc từ kế hoạch"));
        chromium.shot("targets");

        chromium.driver.findElement(By.id("adding:add")).click();
        chromium.waitUntil(d -> d.findElement(By.id("target:save")).isDisplayed());
        chromium.driver.findElement(By.id("target:save")).click();
        chromium.waitUntil(
                d -> d.findElement(By.id("target:agencyError")).getText().contains("cần đúng một"));
        new Select(chromium.driver.findElement(By.id("target:agency"))).selectByVisibleText("Sở Tư pháp");
        chromium.type(By.id("target:name"), "Tỷ lệ hồ sơ lý lịch tư pháp trả đúng hạn");
        chromium.type(By.id("target:value"), "97");
        chromium.type(By.id("target:unit"), "%");
        chromium.type(By.id("target:year"), "2024");
        chromium.driver.findElement(By.id("target:save")).click();
        chromium.waitUntil(d -> d.findElement(By.id("said")).getText().contains("Đã thêm chỉ tiêu"));
        long added = api.get("api/v1/targets?document=" + plan + "&size=100", secretariat).array().stream()
                .map(JsonObject.class::cast)
                .filter(t -> t.getString("source").equals("MANUAL"))
                .count();
        assertThat(added).isEqualTo(1);
    }

    @Test
    void aDongThapSecretariatGetsNotFoundForVinhPhucsDocumentAndListsNothingOfIt() {
        long id = api.importKeHoach204(api.token("vinh-phuc", "secretariat"));
        long item = Api.item(
                        api.get("api/v1/documents/" + id, api.token("vinh-phuc", "secretariat"))
                                .object(),
                        "II.1")
                .getJsonNumber("id")
                .longValue();

        chromium.signIn("dong-thap", "secretariat", Api.PASSWORD);
        chromium.open("app/van-ban/chi-tiet.xhtml?id=" + id);
        assertThat(chromium.driver.findElements(By.id("number"))).isEmpty();
        assertThat(chromium.text(By.tagName("body"))).doesNotContain("204/KH-UBND", "Sở Tư pháp");
        chromium.shot("not-found");
        HttpResponse<byte[]> page = fetch("app/van-ban/chi-tiet.xhtml?id=" + id);
        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(new String(page.body(), StandardCharsets.UTF_8)).doesNotContain("204/KH-UBND", "Vĩnh Phúc");
        assertThat(status("app/van-ban/noi-dung.xhtml?document=" + id + "&item=" + item))
                .isEqualTo(404);

        chromium.open("app/van-ban.xhtml");
        chromium.waitForHeading("Văn bản chỉ đạo, kế hoạch");
        assertThat(chromium.text(By.tagName("main")))
                .contains("Chưa có văn bản nào.")
                .doesNotContain("204/KH-UBND");
        chromium.shot("dong-thap-list");
    }

    // --- helpers ---

    /** Puts the text into the wizard's field at once (typing 60 000 characters takes minutes). */
    private void paste(String text) {
        WebElement field = chromium.driver.findElement(By.id("source:pasted"));
        ((JavascriptExecutor) chromium.driver).executeScript("arguments[0].value = arguments[1];", field, text);
    }

    /** Scrolls the element to the middle of the window, for the screenshot. */
    private void show(WebElement element) {
        ((JavascriptExecutor) chromium.driver)
                .executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
    }

    private WebElement itemRow(String code) {
        return chromium.driver.findElement(By.cssSelector("tr.dd-item[data-code='" + code + "']"));
    }

    private WebElement mappingOf(String name) {
        return chromium.driver.findElements(By.className("dd-mapping")).stream()
                .filter(m -> m.findElement(By.className("dd-name")).getText().equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no mapping row for " + name));
    }

    private List<String> codesOnThePage() {
        return chromium.driver.findElements(By.cssSelector("tr.dd-item")).stream()
                .map(r -> r.getAttribute("data-code"))
                .toList();
    }

    /** Every item's code, depth first, as the tree prints them. */
    private static List<String> codes(JsonArray items) {
        List<String> codes = new ArrayList<>();
        for (JsonObject item : items.getValuesAs(JsonObject.class)) {
            codes.add(item.getString("code"));
            codes.addAll(codes(item.getJsonArray("children")));
        }
        return codes;
    }

    private static List<String> assignments(JsonObject item) {
        return item.getJsonArray("assignments").getValuesAs(JsonObject.class).stream()
                .map(a -> a.getString("agencyCode") + " " + a.getString("role"))
                .toList();
    }

    private HttpResponse<byte[]> fetch(String path) {
        try {
            return chromium.fetch(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private int status(String path) {
        return fetch(path).statusCode();
    }

    /** The numbers of the documents listed on the page, top to bottom. */
    private List<String> numbersListed() {
        return chromium.rows("documents:list").stream()
                .map(r -> r.findElement(By.className("dd-number")).getText())
                .toList();
    }

    /** The numbers of a page of {@code GET /documents}, in its order. */
    private List<String> numbers(String path) {
        return api.get(path, api.token("vinh-phuc", "leader")).array().getValuesAs(JsonObject.class).stream()
                .map(d -> d.getString("number"))
                .toList();
    }

    private static String kh204() {
        return resource("kh-204-vinh-phuc.txt");
    }

    private static String resource(String name) {
        try (InputStream in = DocumentsUiIT.class.getResourceAsStream("/plans/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
