package vn.dondoc.notifications.control;

import java.util.Optional;
import java.util.Properties;
import java.util.function.Function;

/**
 * A tenant's SMTP server, from configuration (MicroProfile Config: system properties, environment,
 * {@code microprofile-config.properties}), so that a province changes it without a new build:
 * {@code dondoc.mail.<tenant>.host} (a tenant without it sends no e-mail), {@code .port} (25),
 * {@code .from}, {@code .username}, {@code .password}, {@code .starttls} (false).
 */
public record MailServer(
        String host, int port, String from, Optional<String> username, Optional<String> password, boolean startTls) {

    /**
     * The tenant's server, if configured.
     *
     * @param property reads one configuration property by its full name
     */
    public static Optional<MailServer> of(String tenant, Function<String, Optional<String>> property) {
        String prefix = "dondoc.mail." + tenant + ".";
        return property.apply(prefix + "host")
                .filter(h -> !h.isBlank())
                .map(host -> new MailServer(
                        host,
                        property.apply(prefix + "port").map(Integer::parseInt).orElse(25),
                        property.apply(prefix + "from").orElse("dondoc@" + host),
                        property.apply(prefix + "username"),
                        property.apply(prefix + "password"),
                        property.apply(prefix + "starttls")
                                .map(Boolean::parseBoolean)
                                .orElse(false)));
    }

    /** The Jakarta Mail session properties; bounded timeouts so a slow server fails, not hangs. */
    public Properties sessionProperties() {
        Properties p = new Properties();
        p.setProperty("mail.transport.protocol", "smtp");
        p.setProperty("mail.smtp.host", host);
        p.setProperty("mail.smtp.port", Integer.toString(port));
        p.setProperty("mail.smtp.auth", Boolean.toString(username.isPresent()));
        p.setProperty("mail.smtp.starttls.enable", Boolean.toString(startTls));
        p.setProperty("mail.smtp.connectiontimeout", "10000");
        p.setProperty("mail.smtp.timeout", "20000");
        p.setProperty("mail.smtp.writetimeout", "20000");
        p.setProperty("mail.mime.charset", "UTF-8");
        return p;
    }
}
