package vn.dondoc.web.platform;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * What a request says of its client, believing the {@code X-Forwarded-For} and {@code
 * X-Forwarded-Proto} headers only when the request came straight from a proxy named in {@code
 * dondoc.http.trusted-proxies} (addresses, comma-separated; none by default). Anyone else can write
 * those headers, so from anyone else they are ignored: a client could otherwise pick the address
 * its failed sign-ins are counted under.
 */
public final class TrustedProxy {

    private TrustedProxy() {}

    /** The client's address: the one the trusted proxy saw, else the connection's. */
    public static String clientAddress(HttpServletRequest request) {
        return clientAddress(request, proxies());
    }

    static String clientAddress(HttpServletRequest request, List<String> proxies) {
        if (proxies.contains(request.getRemoteAddr())) {
            String forwarded = request.getHeader("X-Forwarded-For");
            if (forwarded != null && !forwarded.isBlank()) {
                // the proxy appends the address it saw last: the right-most entry is the one it vouches for
                String[] hops = forwarded.split(",");
                return hops[hops.length - 1].strip();
            }
        }
        return request.getRemoteAddr();
    }

    /** Whether the client reached us over HTTPS, directly or through the trusted proxy. */
    public static boolean overHttps(HttpServletRequest request) {
        return overHttps(request, proxies());
    }

    static boolean overHttps(HttpServletRequest request, List<String> proxies) {
        if (request.isSecure()) {
            return true;
        }
        return proxies.contains(request.getRemoteAddr())
                && "https"
                        .equals(Optional.ofNullable(request.getHeader("X-Forwarded-Proto"))
                                .map(p -> p.strip().toLowerCase(Locale.ROOT))
                                .orElse(""));
    }

    private static List<String> proxies() {
        return ConfigProvider.getConfig()
                .getOptionalValue("dondoc.http.trusted-proxies", String.class)
                .map(list -> Arrays.stream(list.split(","))
                        .map(String::strip)
                        .filter(s -> !s.isEmpty())
                        .toList())
                .orElse(List.of());
    }
}
