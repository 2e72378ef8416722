package vn.dondoc.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Importing Kế hoạch 204 through the API, reading it back, correcting it, and everything that
 * must be refused: wrong role, another tenant, no plan, an oversized or hostile upload.
 *
 * <p>Each test stands alone, in any order: it starts with no documents and no name mappings in
 * either demo tenant, and imports what it needs itself.
 *
 * <p>Longer than our usual ~300 lines on purpose: one class is one Payara Micro deployment (about
 * 30 s to start), so the document endpoints share it rather than pay for a second.
 */
class DocumentsIT extends DeployedProduct {

    private static final String IMPORT = "api/v1/documents/import";

    @BeforeEach
    void noDocumentsInEitherTenant() throws SQLException {
        TenantDocuments.clear("vinh-phuc", "dong-thap");
    }

    @Test
    void aDryRunPreviewsTheWholeTreeAndStoresNothing() throws Exception {
        int before = count("SELECT COUNT(*) FROM document");
        int itemsBefore = count("SELECT COUNT(*) FROM item");
        Api.Reply preview = upload(IMPORT + "?dryRun=true", "secretariat", plan(), "text/plain; charset=UTF-8");
        assertThat(preview.status()).as(preview.body()).isEqualTo(200);
        JsonObject document = preview.object();
        assertThat(document.getString("number")).isEqualTo("204/KH-UBND");
        assertThat(document.isNull("id")).isTrue();
        assertThat(item(document, "II.5.b").getJsonObject("schedule").getString("deadline"))
                .isEqualTo("2024-06-30");
        assertThat(item(document, "III.4").getBoolean("requested")).isTrue();
        assertThat(item(document, "III.4").getBoolean("noLeadNamed")).isFalse();
        assertThat(item(document, "III.7").getBoolean("requested")).isFalse();
        assertThat(count("SELECT COUNT(*) FROM document")).isEqualTo(before);
        assertThat(count("SELECT COUNT(*) FROM item")).isEqualTo(itemsBefore);
    }

    @Test
    void theSecretariatImportsKeHoach204AndEveryoneInTheTenantReadsIt() throws Exception {
        Api.Reply created = upload(IMPORT, "secretariat", plan(), "text/plain; charset=UTF-8");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonObject document = created.object();
        long id = document.getJsonNumber("id").longValue();
        assertThat(created.header("Location")).endsWith("/api/v1/documents/" + id);
        assertThat(document.getString("type")).isEqualTo("KH");
        assertThat(document.getString("issuedOn")).isEqualTo("2023-07-21");
        assertThat(document.getString("signer")).isEqualTo("Vũ Chí Giang");
        assertThat(relation(document, "46-CT/TU")).isEqualTo("IMPLEMENTS");
        assertThat(relation(document, "484-CV/BCS")).isEqualTo("BASED_ON");
        assertThat(document.getJsonObject("implementation").getString("agencyPlanDueOn"))
                .isEqualTo("2023-08-01");

        JsonObject read = api.get("api/v1/documents/" + id, api.token("vinh-phuc", "ubnd-huyen-tam-dao"))
                .object();
        JsonObject twoA = item(read, "II.2.a");
        assertThat(twoA.getString("label")).isEqualTo("a)");
        assertThat(twoA.getJsonArray("responsibilities").getValuesAs(JsonObject.class))
                .allSatisfy(r -> assertThat(r.getString("role")).isEqualTo("LEAD"));
        assertThat(twoA.getJsonArray("assignments").getValuesAs(JsonObject.class))
                .anySatisfy(a -> {
                    assertThat(a.getString("agencyCode")).isEqualTo("ubnd-huyen-tam-dao");
                    assertThat(a.getString("viaGroupCode")).isEqualTo("ubnd-cac-huyen-thanh-pho");
                });
        JsonObject sevenA =
                item(read, "II.7.a").getJsonArray("responsibilities").getJsonObject(0);
        assertThat(sevenA.getString("agencyCode")).isEqualTo("so-tu-phap");
        assertThat(sevenA.getString("unit")).isEqualTo("Trung tâm TGPL Nhà nước");
        assertThat(read.getJsonArray("unresolved").getValuesAs(JsonValue::toString))
                .contains("\"Giám đốc sở Tư pháp\"");
        JsonObject request = item(read, "III.4");
        assertThat(request.getBoolean("requested")).isTrue();
        assertThat(request.getBoolean("noLeadNamed")).isFalse();
        assertThat(request.getJsonArray("responsibilities").getValuesAs(JsonObject.class))
                .extracting(r -> r.getString("role") + " " + r.getString("agencyCode"))
                .containsExactly("LEAD toa-an-nhan-dan-tinh", "LEAD vien-kiem-sat-nhan-dan-tinh", "LEAD cong-an-tinh");
        assertThat(request.getJsonArray("assignments"))
                .as("requested, not assigned")
                .isEmpty();
        assertThat(item(read, "III.7").getJsonArray("assignments").getValuesAs(JsonObject.class))
                .extracting(a -> a.getString("agencyCode"))
                .containsExactlyInAnyOrder("so-tai-chinh", "so-ke-hoach-va-dau-tu");
        JsonObject listed = api
                .get("api/v1/documents", api.token("vinh-phuc", "leader"))
                .array()
                .getValuesAs(JsonObject.class)
                .stream()
                .filter(d -> d.getString("number").equals("204/KH-UBND"))
                .findFirst()
                .orElseThrow();
        assertThat(listed.getString("signer")).isEqualTo("Vũ Chí Giang");
        assertThat(listed.getJsonArray("references").toString()).contains("46-CT/TU");
        assertThat(listed.getJsonArray("unresolved").toString()).contains("Giám đốc sở Tư pháp");
        assertThat(listed.containsKey("items"))
                .as("a list entry carries no item tree")
                .isFalse();
    }

    @Test
    void anotherTenantGets404ForTheDocumentAndSeesNoneInItsList() throws IOException {
        importKeHoach204();
        long id = documentId();
        String dongThap = api.token("dong-thap", "secretariat");
        api.get("api/v1/documents/" + id, dongThap).isProblem(404);
        api.get("api/v1/documents/999999", dongThap).isProblem(404);
        assertThat(api.get("api/v1/documents", dongThap).body()).doesNotContain("204/KH-UBND");
        Api.Reply foreignMapping = api.send(api.request("api/v1/name-mappings", dongThap)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(
                        "{\"text\":\"Trưởng phòng Tư pháp\",\"agencyCode\":\"so-tu-phap\"}")));
        assertThat(foreignMapping.status()).as(foreignMapping.body()).isEqualTo(200);
        assertThat(foreignMapping.object().getInt("resolved"))
                .as("no vinh-phuc responsibility is touched")
                .isZero();
        assertThat(api.get("api/v1/documents/" + id, api.token("vinh-phuc", "secretariat"))
                        .object()
                        .getJsonArray("unresolved")
                        .toString())
                .contains("Trưởng phòng Tư pháp");
        api.send(api.request("api/v1/documents/" + id + "/items/1", dongThap)
                        .header("Content-Type", "application/json")
                        .method("PATCH", HttpRequest.BodyPublishers.ofString("{\"text\":\"x\"}")))
                .isProblem(404);
    }

    @Test
    void anEditedItemSurvivesAReimportWhichCreatesNoSecondDocument() throws Exception {
        importKeHoach204();
        long id = documentId();
        JsonObject one = item(
                api.get("api/v1/documents/" + id, api.token("vinh-phuc", "secretariat"))
                        .object(),
                "II.1");
        long itemId = one.getJsonNumber("id").longValue();
        Api.Reply edited = api.send(
                api.request("api/v1/documents/" + id + "/items/" + itemId, api.token("vinh-phuc", "secretariat"))
                        .header("Content-Type", "application/json")
                        .method(
                                "PATCH",
                                HttpRequest.BodyPublishers.ofString(
                                        "{\"text\":\"Tuyên truyền (đã sửa)\",\"schedule\":{\"kind\":\"DEADLINE\",\"deadline\":\"2026-12-31\","
                                                + "\"text\":\"Năm 2026\"}}")));
        assertThat(edited.status()).as(edited.body()).isEqualTo(200);
        assertThat(edited.object().getBoolean("edited")).isTrue();

        Api.Reply again = upload(IMPORT, "secretariat", plan(), "text/plain; charset=UTF-8");
        assertThat(again.status()).as(again.body()).isEqualTo(200);
        assertThat(again.header("X-Preserved-Items")).contains("II.1");
        assertThat(again.object().getJsonNumber("id").longValue()).isEqualTo(id);
        JsonObject kept = item(again.object(), "II.1");
        assertThat(kept.getString("text")).isEqualTo("Tuyên truyền (đã sửa)");
        assertThat(kept.getJsonObject("schedule").getString("deadline")).isEqualTo("2026-12-31");
        assertThat(count("SELECT COUNT(*) FROM document WHERE number = '204/KH-UBND' AND tenant_id = 'vinh-phuc'"))
                .isEqualTo(1);
    }

    @Test
    void aMappedNameIsResolvedNowAndRememberedForTheNextImport() throws Exception {
        importKeHoach204();
        String secretariat = api.token("vinh-phuc", "secretariat");
        Api.Reply mapped = api.send(api.request("api/v1/name-mappings", secretariat)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(
                        "{\"text\":\"Giám đốc sở Tư pháp\",\"agencyCode\":\"so-tu-phap\"}")));
        assertThat(mapped.status()).as(mapped.body()).isEqualTo(200);
        assertThat(mapped.object().getInt("resolved")).isPositive();
        JsonObject document =
                api.get("api/v1/documents/" + documentId(), secretariat).object();
        assertThat(document.getJsonArray("unresolved").toString()).doesNotContain("Giám đốc sở Tư pháp");
        Api.Reply preview = upload(IMPORT + "?dryRun=true", "secretariat", plan(), "text/plain; charset=UTF-8");
        assertThat(item(preview.object(), "II.2.c")
                        .getJsonArray("responsibilities")
                        .getJsonObject(0)
                        .getString("agencyCode"))
                .isEqualTo("so-tu-phap");
    }

    @Test
    void onlyTheSecretariatImportsAndEveryRefusalLeavesNothingBehind() throws Exception {
        importKeHoach204();
        int documents = count("SELECT COUNT(*) FROM document");
        int items = count("SELECT COUNT(*) FROM item");
        upload(IMPORT, "leader", plan(), "text/plain").isProblem(403);
        upload(IMPORT, "so-tu-phap", plan(), "text/plain").isProblem(403);
        String unprocessable = upload(
                        IMPORT,
                        "secretariat",
                        "Hôm nay trời đẹp.\nKhông có kế hoạch nào ở đây.".getBytes(StandardCharsets.UTF_8),
                        "text/plain; charset=UTF-8")
                .isProblem(422)
                .object()
                .getString("detail");
        assertThat(unprocessable).contains("No numbered content");
        upload(IMPORT, "secretariat", new byte[] {'I', '.', ' ', (byte) 0xC3, (byte) 0x28}, "text/plain")
                .isProblem(400);
        api.send(api.request(IMPORT, api.token("vinh-phuc", "secretariat"))
                        .header("Content-Type", "text/plain")
                        .expectContinue(true)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(new byte[11 * 1024 * 1024])))
                .isProblem(413);
        upload(
                        IMPORT,
                        "secretariat",
                        "PK\u0003\u0004 not a zip".getBytes(StandardCharsets.ISO_8859_1),
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document")
                .isProblem(400);
        upload(
                        IMPORT,
                        "secretariat",
                        zipBomb(),
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document")
                .isProblem(400);
        assertThat(count("SELECT COUNT(*) FROM document")).isEqualTo(documents);
        assertThat(count("SELECT COUNT(*) FROM item")).isEqualTo(items);
    }

    @Test
    void aWrongContentTypeIsToldWhatTheImportTakesAndAnIdThatIsNoNumberIsNotFound() throws IOException {
        String detail = upload(IMPORT, "secretariat", "{}".getBytes(StandardCharsets.UTF_8), "application/json")
                .isProblem(415)
                .object()
                .getString("detail");
        assertThat(detail)
                .contains("text/plain", "application/vnd.openxmlformats-officedocument.wordprocessingml.document")
                .contains("application/json");
        String secretariat = api.token("vinh-phuc", "secretariat");
        api.send(api.request("api/v1/name-mappings", secretariat)
                        .header("Content-Type", "text/plain")
                        .PUT(HttpRequest.BodyPublishers.ofString("Trưởng phòng Tư pháp")))
                .isProblem(415);
        importKeHoach204();
        long id = documentId();
        String notANumber = api.send(api.request("api/v1/documents/" + id + "/items/abc", secretariat)
                        .header("Content-Type", "application/json")
                        .method("PATCH", HttpRequest.BodyPublishers.ofString("{\"text\":\"x\"}")))
                .isProblem(404)
                .object()
                .getString("detail");
        assertThat(notANumber)
                .as("an item id that is no number is not a missing document")
                .doesNotContain("document");
        api.send(api.request("api/v1/documents/" + id + "/items/1/assignments/x", secretariat)
                        .DELETE())
                .isProblem(404);
        api.get("api/v1/documents/abc", secretariat).isProblem(404);
    }

    @Test
    void theSecretariatAssignsAndUnassignsAnAgencyByHand() throws IOException {
        importKeHoach204();
        long id = documentId();
        String secretariat = api.token("vinh-phuc", "secretariat");
        long itemId = item(api.get("api/v1/documents/" + id, secretariat).object(), "II.9")
                .getJsonNumber("id")
                .longValue();
        String path = "api/v1/documents/" + id + "/items/" + itemId + "/assignments";
        Api.Reply added = api.post(path, secretariat, "{\"agencyCode\":\"bao-vinh-phuc\",\"role\":\"LEAD\"}");
        assertThat(added.status()).as(added.body()).isEqualTo(200);
        JsonObject assignment = added.object().getJsonArray("assignments").getValuesAs(JsonObject.class).stream()
                .filter(a -> a.getString("agencyCode").equals("bao-vinh-phuc"))
                .findFirst()
                .orElseThrow();
        assertThat(assignment.getString("role")).isEqualTo("LEAD");
        assertThat(added.object().getBoolean("edited")).isTrue();
        api.post(path, secretariat, "{\"agencyCode\":\"bao-vinh-phuc\",\"role\":\"COORDINATOR\"}")
                .isProblem(409);
        api.post(path, secretariat, "{\"agencyCode\":\"khong-co\",\"role\":\"LEAD\"}")
                .isProblem(400);
        api.post(path, api.token("dong-thap", "secretariat"), "{\"agencyCode\":\"bao-vinh-phuc\",\"role\":\"LEAD\"}")
                .isProblem(404);
        api.post(path, api.token("vinh-phuc", "leader"), "{\"agencyCode\":\"bao-vinh-phuc\",\"role\":\"LEAD\"}")
                .isProblem(403);
        String one = path + "/" + assignment.getJsonNumber("id").longValue();
        api.send(api.request(one, api.token("dong-thap", "secretariat")).DELETE())
                .isProblem(404);
        Api.Reply removed = api.send(api.request(one, secretariat).DELETE());
        assertThat(removed.status()).as(removed.body()).isEqualTo(200);
        assertThat(removed.body()).doesNotContain("\"bao-vinh-phuc\"");
    }

    @Test
    void registeringTheDirectiveLinksThePlanToItBothWays() throws IOException {
        importKeHoach204();
        byte[] directive;
        try (InputStream in = DocumentsIT.class.getResourceAsStream("/plans/ct-46-tu-vinh-phuc.txt")) {
            directive = in.readAllBytes();
        }
        Api.Reply created = upload(IMPORT, "secretariat", directive, "text/plain; charset=UTF-8");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonObject ct = created.object();
        assertThat(ct.getString("number")).isEqualTo("46-CT/TU");
        assertThat(ct.getString("type")).isEqualTo("CT");
        long planId = documentId();
        assertThat(ct.getJsonArray("referencedBy").getValuesAs(JsonObject.class))
                .anySatisfy(r -> {
                    assertThat(r.getString("number")).isEqualTo("204/KH-UBND");
                    assertThat(r.getString("relation")).isEqualTo("IMPLEMENTS");
                    assertThat(r.getJsonNumber("documentId").longValue()).isEqualTo(planId);
                });
        JsonObject plan = api.get("api/v1/documents/" + planId, api.token("vinh-phuc", "leader"))
                .object();
        JsonObject implemented = plan.getJsonArray("references").getValuesAs(JsonObject.class).stream()
                .filter(r -> r.getString("number").equals("46-CT/TU"))
                .findFirst()
                .orElseThrow();
        assertThat(implemented.getJsonNumber("documentId").longValue())
                .isEqualTo(ct.getJsonNumber("id").longValue());
        assertThat(plan.getJsonArray("references").getValuesAs(JsonObject.class).stream()
                        .filter(r -> r.getString("number").equals("27-NQ/TW"))
                        .findFirst()
                        .orElseThrow()
                        .isNull("documentId"))
                .as("a reference to an unregistered document keeps its number only")
                .isTrue();
    }

    /** The fixture the tests that need a plan start from: Kế hoạch 204 imported, as it is printed. */
    private void importKeHoach204() throws IOException {
        Api.Reply created = upload(IMPORT, "secretariat", plan(), "text/plain; charset=UTF-8");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
    }

    private long documentId() {
        return api
                .get("api/v1/documents", api.token("vinh-phuc", "secretariat"))
                .array()
                .getValuesAs(JsonObject.class)
                .stream()
                .filter(d -> d.getString("number").equals("204/KH-UBND"))
                .findFirst()
                .orElseThrow()
                .getJsonNumber("id")
                .longValue();
    }

    private Api.Reply upload(String path, String user, byte[] body, String contentType) {
        return api.send(api.request(path, api.token("vinh-phuc", user))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    private static byte[] plan() throws IOException {
        try (InputStream in = DocumentsIT.class.getResourceAsStream("/plans/kh-204-vinh-phuc.txt")) {
            return in.readAllBytes();
        }
    }

    /** A DOCX-shaped zip whose document.xml inflates to 300 MB of spaces. */
    private static byte[] zipBomb() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"
                    .getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            byte[] spaces = new byte[1024 * 1024];
            java.util.Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < 300; i++) {
                zip.write(spaces);
            }
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }

    private static JsonObject item(JsonObject document, String code) {
        return Api.item(document, code);
    }

    private static String relation(JsonObject document, String number) {
        return document.getJsonArray("references").getValuesAs(JsonObject.class).stream()
                .filter(r -> r.getString("number").equals(number))
                .findFirst()
                .orElseThrow()
                .getString("relation");
    }

    private static int count(String sql) throws SQLException {
        try (Connection c = TestEnvironment.database().connect();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
