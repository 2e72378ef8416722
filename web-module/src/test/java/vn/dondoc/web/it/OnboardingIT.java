package vn.dondoc.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

/**
 * Onboarding while the server runs (D-045): the platform's operator creates a tenant through the API
 * from the same bundle a folder under tenants/ holds, its administrator signs in at once, a plan is
 * imported, and the new tenant is walled off from the others as the bundled ones are. A malformed
 * bundle writes nothing and says where; the operator sees no tenant's business; a suspended tenant
 * cannot sign in and its tokens end, and it resumes with its data intact. Every tenant made here has
 * an id of its own, so that the tests stand in any order in a database other runs used.
 */
class OnboardingIT extends DeployedProduct {

    private static final Path BUNDLE = Path.of("..", "tenants", "so-tu-phap-dong-thap");

    @Test
    void aTenantCreatedWhileTheServerRunsSignsInImportsAPlanAndIsWalledOffFromTheOthers() throws Exception {
        String id = newId();
        Api.Reply created = api.post("api/v1/tenants", operator(), jsonBundle(id, null));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonObject tenant = created.object().getJsonObject("tenant");
        assertThat(tenant.getString("id")).isEqualTo(id);
        assertThat(tenant.getString("status")).isEqualTo("ACTIVE");
        assertThat(tenant.getInt("agencies")).isEqualTo(5);
        String password = created.object().getJsonObject("admin").getString("password");
        assertThat(password).as("made by the server, shown once").hasSizeGreaterThanOrEqualTo(20);

        String admin = firstSignIn(id, "quantri", password);
        Api.Reply agencies = api.get("api/v1/agencies", admin);
        assertThat(agencies.status()).as(agencies.body()).isEqualTo(200);
        assertThat(agencies.array().getValuesAs(JsonObject.class).stream().map(a -> a.getString("code")))
                .containsExactlyInAnyOrder(
                        "van-phong-so",
                        "thanh-tra-so",
                        "phong-hanh-chinh-tu-phap",
                        "phong-pho-bien-giao-duc-phap-luat",
                        "trung-tam-tro-giup-phap-ly-nha-nuoc");

        String secretariat = newSecretariat(id, admin);
        Api.Reply imported = api.send(api.request("api/v1/documents/import", secretariat)
                .header("Content-Type", "text/plain; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofByteArray(resource("/plans/kh-stp-dong-thap-internal.txt"))));
        assertThat(imported.status()).as(imported.body()).isEqualTo(201);
        long document = imported.object().getJsonNumber("id").longValue();
        Api.Reply tree = api.get("api/v1/documents/" + document, secretariat);
        assertThat(tree.status()).as(tree.body()).isEqualTo(200);
        assertThat(tree.body()).contains("van-phong-so", "cac-phong-don-vi-thuoc-so");

        for (String[] other :
                List.of(new String[] {"vinh-phuc", "secretariat"}, new String[] {"dong-thap", "admin"}, new String[] {
                    "so-tu-phap-dong-thap", "secretariat"
                })) {
            Api.Reply walled = api.get("api/v1/documents/" + document, api.token(other[0], other[1]));
            assertThat(walled.status())
                    .as(other[0] + " reads the new tenant's plan")
                    .isEqualTo(404);
        }
        assertThat(api.get("api/v1/agencies/ubnd-thanh-pho-vinh-yen", admin).status())
                .as("the new tenant reads Vĩnh Phúc's agency")
                .isEqualTo(404);
        Api.Reply own = api.get("api/v1/documents?size=500", secretariat);
        assertThat(own.array()).hasSize(1);
        assertThat(own.body()).doesNotContain("204/KH-UBND", "Vĩnh Phúc");
    }

    @Test
    void aMalformedBundleIsRefusedWithItsFileAndLineAndWritesNothing() throws Exception {
        String id = newId();
        String bad = jsonBundle(id, null).replaceFirst("\"DEPARTMENT_UNIT\"", "\"PHONG\"");
        Api.Reply refused = api.post("api/v1/tenants", operator(), bad).isProblem(400);
        assertThat(refused.object().getString("detail"))
                .contains(
                        "body#/agencies:",
                        "kind \"PHONG\" is not one of",
                        "không có gì được ghi",
                        "nothing was written");

        Map<String, String> files = bundleFiles(id);
        files.put("agencies.json", files.get("agencies.json").replaceFirst("\"Thanh tra Sở\"", "\"Văn phòng Sở\""));
        Api.Reply zipRefused = postZip(zip(id + "/", files)).isProblem(400);
        assertThat(zipRefused.object().getString("detail")).containsPattern(id + "/agencies\\.json:\\d+: ");

        assertThat(api.signIn(id, "quantri", "mat-khau-du-dai-1").status()).isEqualTo(401);
        assertThat(tenantRows(id))
                .as("nothing of the refused bundles was written")
                .isZero();

        Api.Reply created = postZip(zip(id + "/", bundleFiles(id)));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.object().getJsonObject("admin").containsKey("password"))
                .as("the password the upload gave is not echoed")
                .isTrue();
        assertThat(created.object().getJsonObject("admin").isNull("password")).isTrue();
        assertThat(firstSignIn(id, "quantri", "mat-khau-du-dai-1")).isNotBlank();

        api.post("api/v1/tenants", operator(), jsonBundle(id, null)).isProblem(409);
        api.post("api/v1/tenants", operator(), jsonBundle("platform", null)).isProblem(400);
        api.post("api/v1/tenants", operator(), jsonBundle("vinh-phuc", null)).isProblem(409);
    }

    @Test
    void theSameNewTenantSentTwiceAtOnceIsCreatedOnceAndTheOtherIsTold409() throws Exception {
        String id = newId();
        String body = jsonBundle(id, "mat-khau-du-dai-1");
        String operator = operator();
        List<CompletableFuture<Api.Reply>> sent = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            sent.add(CompletableFuture.supplyAsync(() -> api.post("api/v1/tenants", operator, body)));
        }
        List<Integer> statuses = new ArrayList<>();
        for (CompletableFuture<Api.Reply> reply : sent) {
            Api.Reply answer = reply.get(120, TimeUnit.SECONDS);
            statuses.add(answer.status());
            if (answer.status() != 201) {
                assertThat(answer.status()).as(answer.body()).isEqualTo(409);
                assertThat(answer.object().getString("detail")).contains(id, "exists");
            }
        }
        assertThat(statuses).as("one created, the others refused, none a 5xx").containsOnlyOnce(201);
        assertThat(firstSignIn(id, "quantri", "mat-khau-du-dai-1")).isNotBlank();
    }

    @Test
    void onlyTheOperatorCreatesSuspendsAndResumesAndTheOperatorSeesNoTenantsBusiness() {
        for (String[] user : List.of(
                new String[] {"vinh-phuc", "admin"},
                new String[] {"dong-thap", "admin"},
                new String[] {"bo-tu-phap", "secretariat"},
                new String[] {"vinh-phuc", "leader"})) {
            String token = api.token(user[0], user[1]);
            api.post("api/v1/tenants", token, jsonBundle(newId(), null)).isProblem(403);
            api.post("api/v1/tenants/vinh-phuc/suspend", token, "").isProblem(403);
            api.post("api/v1/tenants/" + user[0] + "/suspend", token, "").isProblem(403);
            api.post("api/v1/tenants/vinh-phuc/resume", token, "").isProblem(403);
        }
        String operator = operator();
        for (String path : List.of(
                "api/v1/documents",
                "api/v1/obligations",
                "api/v1/scorecard",
                "api/v1/agencies",
                "api/v1/audit",
                "api/v1/notifications",
                "api/v1/calendar/2024",
                "api/v1/settings/reporting",
                "api/v1/explanation-requests")) {
            Api.Reply reply = api.get(path, operator);
            assertThat(reply.status()).as(path + ": " + reply.body()).isEqualTo(403);
        }
        api.post("api/v1/tenants/khong-co-don-vi-nay/suspend", operator, "").isProblem(404);
        api.post("api/v1/tenants/platform/suspend", operator, "").isProblem(404);
    }

    @Test
    void aSuspendedTenantCannotSignInItsTokensEndAndItResumesWithItsDataIntact() throws Exception {
        String id = newId();
        Api.Reply created = api.post("api/v1/tenants", operator(), jsonBundle(id, "mat-khau-du-dai-2"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String admin = firstSignIn(id, "quantri", "mat-khau-du-dai-2");
        Api.Reply renamed = api.send(api.request("api/v1/agencies/thanh-tra-so", admin)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"name\":\"Thanh tra Sở Tư pháp\"}")));
        assertThat(renamed.status()).as(renamed.body()).isEqualTo(200);

        Api.Reply suspended = api.post("api/v1/tenants/" + id + "/suspend", operator(), "");
        assertThat(suspended.status()).as(suspended.body()).isEqualTo(200);
        assertThat(suspended.object().getString("status")).isEqualTo("SUSPENDED");
        assertThat(api.get("api/v1/agencies", admin).status())
                .as("a token from before")
                .isEqualTo(401);
        Api.Reply refused = api.signIn(id, "quantri", CHOSEN).isProblem(403);
        assertThat(refused.object().getString("detail")).contains("tạm ngừng", "suspended");
        assertThat(api.signIn(id, "quantri", "sai-mat-khau-nay").status())
                .as("a wrong password tells nothing of the tenant")
                .isEqualTo(401);
        assertThat(api.post("api/v1/tenants/" + id + "/suspend", operator(), "").status())
                .as("suspending twice")
                .isEqualTo(200);

        Api.Reply resumed = api.post("api/v1/tenants/" + id + "/resume", operator(), "");
        assertThat(resumed.status()).as(resumed.body()).isEqualTo(200);
        assertThat(resumed.object().getString("status")).isEqualTo("ACTIVE");
        assertThat(api.get("api/v1/agencies", admin).status())
                .as("a token from before the suspension stays ended")
                .isEqualTo(401);
        String again = api.signIn(id, "quantri", CHOSEN).object().getString("accessToken");
        Api.Reply agencies = api.get("api/v1/agencies", again);
        assertThat(agencies.status()).isEqualTo(200);
        assertThat(agencies.body()).contains("Thanh tra Sở Tư pháp").hasSizeGreaterThan(100);
        assertThat(agencies.array()).hasSize(5);

        Api.Reply audit = api.get("api/v1/audit?size=500", again);
        assertThat(audit.body()).contains("tenant.create", "tenant.suspend", "tenant.resume", "\"operator\"");
    }

    @Test
    void theTwoMinistryAndDepartmentBundlesAreLoadedAtStartUp() {
        for (String tenant : List.of("bo-tu-phap", "so-tu-phap-dong-thap")) {
            Api.Reply agencies = api.get("api/v1/agencies", api.token(tenant, "secretariat"));
            assertThat(agencies.status()).as(tenant + ": " + agencies.body()).isEqualTo(200);
            assertThat(agencies.array()).as(tenant).isNotEmpty();
        }
        assertThat(api.get("api/v1/agencies/cuc-cong-tac-phia-nam", api.token("bo-tu-phap", "admin"))
                        .object()
                        .getString("kind"))
                .isEqualTo("MINISTRY_UNIT");
    }

    // ---- helpers

    private String operator() {
        return api.token("platform", "operator");
    }

    private static String newId() {
        return "thu-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** The Sở Tư pháp Đồng Tháp bundle's files, as the tenant {@code id}, with admin.json. */
    private static Map<String, String> bundleFiles(String id) throws IOException {
        Map<String, String> files = new HashMap<>();
        for (String name : List.of("tenant.json", "agencies.json", "groups.json")) {
            files.put(name, Files.readString(BUNDLE.resolve(name), StandardCharsets.UTF_8));
        }
        files.put("tenant.json", files.get("tenant.json").replace("\"so-tu-phap-dong-thap\"", "\"" + id + "\""));
        files.put("admin.json", "{\"username\": \"quantri\", \"password\": \"mat-khau-du-dai-1\"}");
        return files;
    }

    /** The bundle as one JSON object, its administrator's password given or left to the server. */
    private static String jsonBundle(String id, String password) {
        try {
            Map<String, String> files = bundleFiles(id);
            var admin = Json.createObjectBuilder().add("username", "quantri").add("displayName", "Quản trị thử");
            if (password != null) {
                admin.add("password", password);
            }
            return "{\n\"tenant\": " + files.get("tenant.json") + ",\n\"agencies\": " + files.get("agencies.json")
                    + ",\n\"groups\": " + files.get("groups.json") + ",\n\"admin\": " + admin.build() + "\n}";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Api.Reply postZip(byte[] zip) {
        return api.send(api.request("api/v1/tenants", operator())
                .header("Content-Type", "application/zip")
                .POST(HttpRequest.BodyPublishers.ofByteArray(zip)));
    }

    private static byte[] zip(String folder, Map<String, String> files) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            for (Map.Entry<String, String> file : files.entrySet()) {
                zip.putNextEntry(new ZipEntry(folder + file.getKey()));
                zip.write(file.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = OnboardingIT.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            return in.readAllBytes();
        }
    }

    /** Rows the tenant owns in the directory and the registry: none after a refused bundle. */
    private static int tenantRows(String id) throws SQLException {
        int rows = 0;
        try (Connection c = TestEnvironment.database().connect()) {
            for (String sql : List.of(
                    "SELECT COUNT(*) FROM tenant WHERE id = ?",
                    "SELECT COUNT(*) FROM agency WHERE tenant_id = ?",
                    "SELECT COUNT(*) FROM user_account WHERE tenant_id = ?",
                    "SELECT COUNT(*) FROM audit_record WHERE tenant_id = ?")) {
                try (PreparedStatement count = c.prepareStatement(sql)) {
                    count.setString(1, id);
                    try (ResultSet result = count.executeQuery()) {
                        result.next();
                        rows += result.getInt(1);
                    }
                }
            }
        }
        return rows;
    }

    /** The password every user made here chooses at the first sign-in. */
    private static final String CHOSEN = "Mật khẩu đã tự chọn";

    /**
     * The first sign-in of a user whose password was given to them (the tenant's first administrator,
     * a user an administrator made): refused until they choose their own (D-046), then their token.
     */
    private String firstSignIn(String tenant, String username, String given) {
        Api.Reply refused = api.signIn(tenant, username, given).isProblem(403);
        assertThat(refused.object().getString("code")).isEqualTo("password-change-required");
        Api.Reply changed = api.post(
                "api/v1/auth/password",
                null,
                Json.createObjectBuilder()
                        .add("tenant", tenant)
                        .add("username", username)
                        .add("password", given)
                        .add("newPassword", CHOSEN)
                        .build()
                        .toString());
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        return changed.object().getString("accessToken");
    }

    /** A SECRETARIAT of the Văn phòng Sở, made by the tenant's administrator; their token. */
    private String newSecretariat(String tenant, String admin) {
        Api.Reply created = api.post(
                "api/v1/users",
                admin,
                "{\"username\":\"vanphong\",\"displayName\":\"Chuyên viên Văn phòng Sở\","
                        + "\"roles\":[\"SECRETARIAT\"],\"agency\":\"van-phong-so\"}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return firstSignIn(tenant, "vanphong", created.object().getString("oneTimePassword"));
    }
}
