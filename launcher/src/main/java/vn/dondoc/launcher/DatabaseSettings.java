package vn.dondoc.launcher;

import java.util.Map;
import java.util.Optional;

/** How the product reaches its database; handed to Payara through the environment. */
record DatabaseSettings(String url, String user, String password) {

    /** An external database wins over the embedded one, so CI and staging can point anywhere. */
    static Optional<DatabaseSettings> fromEnvironment(Map<String, String> env) {
        String url = env.get("DONDOC_DB_URL");
        if (url == null || url.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(new DatabaseSettings(
                url, env.getOrDefault("DONDOC_DB_USER", ""), env.getOrDefault("DONDOC_DB_PASSWORD", "")));
    }

    /** The URL without any password a user may have put in its query string. */
    String safeUrl() {
        return url.replaceAll("(?i)(password=)[^&]*", "$1***");
    }
}
