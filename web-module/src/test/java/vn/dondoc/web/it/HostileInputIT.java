package vn.dondoc.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Duration;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Hostile input over HTTP, as a client would send it: a 50 MB upload, bytes that are not UTF-8, and
 * SQL and HTML in a plan's title and items, which the API gives back as the exact text and the
 * document's page shows escaped. The importer's own refusals (zip bombs, external entities, deep
 * nesting) and the other text fields are tested beside their code (docs/reliability/hostile-input.md).
 */
class HostileInputIT extends DeployedProduct {

    private static final String IMPORT = "api/v1/documents/import";
    private static final String SCRIPT = "<script>alert(1)</script>";
    private static final String IMG = "<img src=x onerror=alert(2)>";
    private static final String DROP = "'; DROP TABLE document; --";
    private static final int FIFTY_MB = 50 * 1024 * 1024;

    @BeforeEach
    void noDocuments() throws SQLException {
        TenantDocuments.clear("vinh-phuc", "dong-thap");
    }

    @Test
    void aFiftyMegabyteUploadIsRefusedWith413WhetherItsLengthIsDeclaredOrNot() {
        long started = System.nanoTime();
        Api.Reply declared = api.send(api.request(IMPORT, api.token("vinh-phuc", "secretariat"))
                .header("Content-Type", "text/plain; charset=UTF-8")
                .expectContinue(true)
                .POST(HttpRequest.BodyPublishers.ofByteArray(new byte[FIFTY_MB])));
        assertThat(declared.status()).as(declared.body()).isEqualTo(413);
        assertThat(declared.object().getString("detail")).isEqualTo("Tệp vượt quá 10 MB / The upload exceeds 10 MB");

        // No Content-Length (chunked): the server reads one byte past its limit, then answers.
        Supplier<InputStream> endless = () -> new InputStream() {
            private long left = FIFTY_MB;

            @Override
            public int read() {
                return left-- > 0 ? 'x' : -1;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (left <= 0) {
                    return -1;
                }
                int n = (int) Math.min(len, left);
                java.util.Arrays.fill(b, off, off + n, (byte) 'x');
                left -= n;
                return n;
            }
        };
        Api.Reply chunked = api.send(api.request(IMPORT, api.token("vinh-phuc", "secretariat"))
                .header("Content-Type", "text/plain; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofInputStream(endless)));
        assertThat(chunked.status()).as(chunked.body()).isEqualTo(413);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(60));
    }

    @Test
    void aJsonBodyCutShortInsideAFieldTheBodyDoesNotHaveIsA400NotAThreadSpinningForEver() {
        long started = System.nanoTime();
        // Sign-in takes JSON-B's TokenRequest without a token: anyone could send this.
        Api.Reply refused = api.post("api/v1/auth/token", null, "{\"tenant\":\"vinh-phuc\",\"extra\":{\"a\"");

        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        assertThat(refused.object().getString("detail"))
                .isEqualTo(
                        "Nội dung yêu cầu không phải JSON hợp lệ / The request body is not valid JSON of the expected"
                                + " shape");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(10));
    }

    @Test
    void aPlanThatIsNotUtf8IsRefusedWithABilingualMessage() {
        byte[] latin1 = "KẾ HOẠCH\nI. Nhiệm vụ\n1. Tuyên truyền\n".getBytes(StandardCharsets.ISO_8859_1);
        Api.Reply refused = upload("text/plain", latin1);

        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        assertThat(refused.object().getString("detail")).isEqualTo("Văn bản không phải UTF-8 / The text is not UTF-8");
    }

    @Test
    void sqlAndHtmlInAPlanAreStoredAsTextAndShownEscapedOnItsPage() throws IOException {
        String plan = new String(plan(), StandardCharsets.UTF_8)
                .replace("GIAI ĐOẠN HIỆN NAY\n", "GIAI ĐOẠN HIỆN NAY " + SCRIPT + " " + DROP + "\n")
                .replace("- Tuyên truyền, nâng cao nhận thức", "- Tuyên truyền " + IMG + ", nâng cao nhận thức");
        Api.Reply created = upload("text/plain; charset=UTF-8", plan.getBytes(StandardCharsets.UTF_8));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonObject document = created.object();
        long id = document.getJsonNumber("id").longValue();
        assertThat(document.getString("title")).endsWith(" " + SCRIPT + " " + DROP);
        assertThat(texts(document.getJsonArray("items")))
                .anySatisfy(t -> assertThat(t).contains("Tuyên truyền " + IMG));

        Api.Reply page = api.send(api.request("app/van-ban/chi-tiet.xhtml?id=" + id, null)
                .header("Cookie", "dondoc_session=" + api.token("vinh-phuc", "secretariat"))
                .GET());
        assertThat(page.status()).isEqualTo(200);
        String html = page.body();
        assertThat(html)
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;")
                .contains("DROP TABLE document; --")
                .contains("&lt;img src=x onerror=alert(2)&gt;");
        assertThat(html.contains("<script>alert(1)") || html.contains("<img src=x"))
                .as("the hostile markup reached the page as markup")
                .isFalse();
    }

    /** Every item's text, at any depth. */
    private static java.util.List<String> texts(jakarta.json.JsonArray items) {
        java.util.List<String> all = new java.util.ArrayList<>();
        for (JsonObject item : items.getValuesAs(JsonObject.class)) {
            all.add(item.getString("text"));
            all.addAll(texts(item.getJsonArray("children")));
        }
        return all;
    }

    private Api.Reply upload(String contentType, byte[] body) {
        return api.send(api.request(IMPORT, api.token("vinh-phuc", "secretariat"))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    private static byte[] plan() throws IOException {
        try (InputStream in = HostileInputIT.class.getResourceAsStream("/plans/kh-204-vinh-phuc.txt")) {
            return in.readAllBytes();
        }
    }
}
