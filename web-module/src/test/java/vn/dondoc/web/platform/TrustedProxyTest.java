package vn.dondoc.web.platform;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The forwarded headers count only from a trusted proxy: the client address and whether HTTPS was used. */
class TrustedProxyTest {

    private static final List<String> PROXIES = List.of("10.0.0.5");

    @Test
    void aRequestOverHttpsIsOverHttpsWhoeverSentIt() {
        assertThat(TrustedProxy.overHttps(request("203.0.113.9", true, Map.of()), List.of()))
                .isTrue();
    }

    @Test
    void forwardedHttpsCountsOnlyFromATrustedProxy() {
        Map<String, String> https = Map.of("X-Forwarded-Proto", "HTTPS");
        assertThat(TrustedProxy.overHttps(request("10.0.0.5", false, https), PROXIES))
                .isTrue();
        assertThat(TrustedProxy.overHttps(request("203.0.113.9", false, https), PROXIES))
                .isFalse();
        assertThat(TrustedProxy.overHttps(request("10.0.0.5", false, Map.of("X-Forwarded-Proto", "http")), PROXIES))
                .isFalse();
        assertThat(TrustedProxy.overHttps(request("10.0.0.5", false, Map.of()), PROXIES))
                .isFalse();
    }

    @Test
    void theClientAddressIsTheOneTheTrustedProxySawAndAClientCannotChooseIt() {
        Map<String, String> forwarded = Map.of("X-Forwarded-For", "1.2.3.4, 198.51.100.7");
        assertThat(TrustedProxy.clientAddress(request("10.0.0.5", false, forwarded), PROXIES))
                .as("the right-most entry: the one the proxy appended")
                .isEqualTo("198.51.100.7");
        assertThat(TrustedProxy.clientAddress(request("203.0.113.9", false, forwarded), PROXIES))
                .as("from anyone else the header is ignored")
                .isEqualTo("203.0.113.9");
        assertThat(TrustedProxy.clientAddress(request("10.0.0.5", false, Map.of()), PROXIES))
                .isEqualTo("10.0.0.5");
    }

    /** A request from {@code remote}, secure or not, with these headers; nothing else is asked of it. */
    private static HttpServletRequest request(String remote, boolean secure, Map<String, String> headers) {
        return (HttpServletRequest) Proxy.newProxyInstance(
                TrustedProxyTest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getRemoteAddr" -> remote;
                    case "isSecure" -> secure;
                    case "getHeader" -> headers.get((String) args[0]);
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }
}
