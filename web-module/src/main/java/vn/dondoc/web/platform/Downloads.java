package vn.dondoc.web.platform;

import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

/**
 * Every file the API hands out goes through here: always a download, never shown inline, never
 * sniffed into another type, never cached by a shared proxy.
 */
public final class Downloads {

    private Downloads() {}

    /** An uploaded file (a report's, an answer's): also sandboxed and with its SHA-256 (hex). */
    public static Response uploaded(byte[] content, String contentType, String fileName, String sha256) {
        return Response.fromResponse(made(content, contentType, fileName))
                .header("Content-Security-Policy", "default-src 'none'; sandbox")
                .header("Digest", "sha-256=" + sha256)
                .build();
    }

    /** A file the product made (a consolidated report). */
    public static Response made(byte[] content, String contentType, String fileName) {
        return Response.ok(content, contentType)
                .header("Content-Disposition", disposition(fileName))
                .header("X-Content-Type-Options", "nosniff")
                .header("Cache-Control", "private, no-store")
                .build();
    }

    /** RFC 6266: an ASCII fallback name and the real one in UTF-8 (RFC 8187). */
    public static String disposition(String fileName) {
        String ascii = Normalizer.normalize(fileName.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .replaceAll("[^\\x20-\\x7E]|[\"\\\\;]", "_");
        String encoded = URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }
}
