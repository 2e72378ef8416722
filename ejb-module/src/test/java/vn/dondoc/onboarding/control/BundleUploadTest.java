package vn.dondoc.onboarding.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

/**
 * A bundle sent to {@code POST /tenants} (D-045) is read with the start-up loader's checks, as a JSON
 * object or a zip: the same bundle gives the same tenant, and a problem names the JSON pointer or the
 * zip's entry, and the line where the sender must look.
 */
class BundleUploadTest {

    private static final Path SO_TU_PHAP = Path.of("..", "tenants", "so-tu-phap-dong-thap");

    private static final String ADMIN = "{\"username\": \"quantri\", \"displayName\": \"Quản trị Sở\"}";

    @Test
    void aJsonBodyOfTheBundlesFilesReadsAsTheFolderDoes() throws IOException {
        TenantBundle fromFolder = new TenantBundleReader().read(SO_TU_PHAP);
        BundleUpload upload = BundleUpload.ofJson(jsonBody(file("tenant.json"), file("agencies.json")));

        TenantBundle bundle = upload.bundle();
        assertThat(bundle.tenant()).isEqualTo(fromFolder.tenant());
        assertThat(bundle.agencies()).isEqualTo(fromFolder.agencies());
        assertThat(bundle.groups()).isEqualTo(fromFolder.groups());
        assertThat(upload.admin())
                .isEqualTo(new FirstAdmin(
                        "quantri", "Quản trị Sở", java.util.Optional.empty(), java.util.Optional.empty()));
    }

    @Test
    void aZipOfTheFilesInAFolderNamedAsTheTenantReadsAsTheFolderDoes() throws IOException {
        TenantBundle fromFolder = new TenantBundleReader().read(SO_TU_PHAP);
        Map<String, String> entries = new LinkedHashMap<>();
        for (String name : new String[] {"tenant.json", "agencies.json", "groups.json"}) {
            entries.put("so-tu-phap-dong-thap/" + name, file(name));
        }
        entries.put("so-tu-phap-dong-thap/admin.json", ADMIN);

        BundleUpload upload = BundleUpload.ofZip(zip(entries));
        assertThat(upload.bundle().agencies()).isEqualTo(fromFolder.agencies());
        assertThat(upload.admin().username()).isEqualTo("quantri");
    }

    @Test
    void aProblemInAJsonBodyNamesTheFieldsPointerAndTheBodysLine() throws IOException {
        String agencies = file("agencies.json").replaceFirst("\"DEPARTMENT_UNIT\"", "\"ROOM\"");
        byte[] body = jsonBody(file("tenant.json"), agencies);
        String text = new String(body, StandardCharsets.UTF_8);
        long line = text.substring(0, text.indexOf("\"ROOM\"")).lines().count();
        long entryLine = text.substring(0, text.lastIndexOf('{', text.indexOf("\"ROOM\"")))
                .lines()
                .count();

        MalformedBundle e = catchThrowableOfType(
                MalformedBundle.class, () -> BundleUpload.ofJson(body).bundle());
        assertThat(e.file()).hasToString("body#/agencies");
        assertThat(e.line())
                .as("the line of the agency in the body, not in its own file")
                .isEqualTo(entryLine);
        assertThat(line).isGreaterThan(entryLine);
        assertThat(e.getMessage()).contains("kind \"ROOM\" is not one of");
    }

    @Test
    void aFieldThatIsNoFileOfTheBundleIsRefusedAtItsLine() {
        String body = "{\n  \"tenant\": {},\n  \"users\": []\n}";
        MalformedBundle e = catchThrowableOfType(
                MalformedBundle.class, () -> BundleUpload.ofJson(body.getBytes(StandardCharsets.UTF_8)));
        assertThat(e.line()).isEqualTo(3);
        assertThat(e.getMessage()).contains("\"users\" is not one of");
    }

    @Test
    void demoUsersAndAMissingAdminAreRefusedInAZip() throws IOException {
        Map<String, String> entries = new LinkedHashMap<>();
        entries.put("tenant.json", file("tenant.json"));
        entries.put("agencies.json", file("agencies.json"));
        entries.put("demo-users.json", file("demo-users.json"));
        MalformedBundle demo = catchThrowableOfType(
                MalformedBundle.class, () -> BundleUpload.ofZip(zip(entries)).bundle());
        assertThat(demo.getMessage()).startsWith("demo-users.json: demo users are loaded from the folders");

        entries.remove("demo-users.json");
        MalformedBundle noAdmin = catchThrowableOfType(
                MalformedBundle.class, () -> BundleUpload.ofZip(zip(entries)).admin());
        assertThat(noAdmin.getMessage()).isEqualTo("admin.json: the file is missing");
    }

    @Test
    void aZipWhoseFolderIsNotTheTenantsIdIsRefusedAsAFolderIs() throws IOException {
        Map<String, String> entries = new LinkedHashMap<>();
        entries.put("so-khac/tenant.json", file("tenant.json"));
        MalformedBundle e = catchThrowableOfType(
                MalformedBundle.class, () -> BundleUpload.ofZip(zip(entries)).bundle());
        assertThat(e.getMessage()).startsWith("so-khac/tenant.json:2: id \"so-tu-phap-dong-thap\" differs");
    }

    @Test
    void aBodyThatIsNoZipOrAShortAdminPasswordIsRefused() {
        assertThat(catchThrowableOfType(
                                MalformedBundle.class,
                                () -> BundleUpload.ofZip("PK not a zip".getBytes(StandardCharsets.UTF_8)))
                        .getMessage())
                .startsWith("(zip)");
        String body = "{\"admin\": {\n\"username\": \"quantri\",\n\"password\": \"ngan\"}}";
        MalformedBundle e = catchThrowableOfType(
                MalformedBundle.class,
                () -> BundleUpload.ofJson(body.getBytes(StandardCharsets.UTF_8)).admin());
        assertThat(e.file()).hasToString("body#/admin");
        assertThat(e.line()).isEqualTo(3);
    }

    private static String file(String name) throws IOException {
        return Files.readString(SO_TU_PHAP.resolve(name), StandardCharsets.UTF_8);
    }

    private static byte[] jsonBody(String tenant, String agencies) throws IOException {
        return ("{\n\"tenant\": " + tenant + ",\n\"agencies\": " + agencies + ",\n\"groups\": " + file("groups.json")
                        + ",\n\"admin\": " + ADMIN + "\n}")
                .getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] zip(Map<String, String> entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            for (Map.Entry<String, String> entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}
