package vn.dondoc.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoTenantTest {

    @TempDir
    Path tenants;

    @Test
    void listsFoldersWithATenantJsonSortedById() throws IOException {
        write("vinh-phuc/tenant.json", """
                { "id": "vinh-phuc", "name": "Tỉnh Vĩnh Phúc", "nameEn": "Vinh Phuc Province",
                  "issuingBody": "UBND tỉnh", "timeZone": "Asia/Ho_Chi_Minh" }
                """);
        write("vinh-phuc/agencies.json", """
                [ { "name": "Sở Tư pháp", "nameEn": "Department of Justice", "kind": "DEPARTMENT",
                    "aliases": ["STP"] },
                  { "name": "Đài Phát thanh và Truyền hình tỉnh", "kind": "UNIT" } ]
                """);
        write("dong-thap/tenant.json", "{\"name\": \"Tỉnh \\\"Đồng\\\" Tháp\", \"id\": \"dong-thap\"}");
        write("README.md", "not a tenant");
        Files.createDirectories(tenants.resolve("empty-folder"));

        List<DemoTenant> found = DemoTenant.listIn(tenants);

        assertEquals(
                List.of(
                        new DemoTenant("dong-thap", "Tỉnh \"Đồng\" Tháp", List.of()),
                        new DemoTenant(
                                "vinh-phuc",
                                "Tỉnh Vĩnh Phúc",
                                List.of("so-tu-phap", "dai-phat-thanh-va-truyen-hinh-tinh"))),
                found);
    }

    @Test
    void aTenantJsonWithoutIdIsLeftOut() throws IOException {
        write("broken/tenant.json", "{ \"name\": \"no id\" }");
        assertTrue(DemoTenant.listIn(tenants).isEmpty());
    }

    @Test
    void aMissingTenantsFolderGivesNoTenants() {
        assertTrue(DemoTenant.listIn(tenants.resolve("absent")).isEmpty());
    }

    @Test
    void unicodeEscapesAreDecoded() {
        assertEquals(List.of("Sở"), DemoTenant.values("{\"name\":\"S\\u1edf\"}", "name"));
    }

    private void write(String relative, String text) throws IOException {
        Path file = tenants.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
