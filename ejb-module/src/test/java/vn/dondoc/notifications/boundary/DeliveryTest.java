package vn.dondoc.notifications.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.sun.net.httpserver.HttpServer;
import jakarta.mail.Message;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.dondoc.notifications.control.WebhookSender;
import vn.dondoc.notifications.entity.NotificationSettings;
import vn.dondoc.testing.JpaExtension;

/**
 * The channels against real servers inside the test: GreenMail as the tenant's SMTP server and a
 * JDK HTTP server as its webhook receiver. Sở Tư pháp's 2024-H1 report is the only one owed.
 */
class DeliveryTest {

    @RegisterExtension
    static final JpaExtension jpa = new JpaExtension();

    @RegisterExtension
    static final GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

    private static final String SECRET = "bí-mật-của-tỉnh-0123456789";

    private NotificationsFixture f;
    private long justice;
    private LocalDate due;
    private HttpServer receiver;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final AtomicInteger failuresLeft = new AtomicInteger();

    private record Received(String body, String timestamp, String signature) {}

    @BeforeEach
    void oneOwedReport() throws IOException {
        f = new NotificationsFixture(jpa);
        justice = f.obligation("so-tu-phap", "2024-H1");
        f.onlyOwed(justice);
        due = f.calendar.plusWorkingDays(f.dueOn(justice), 0);
        receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/hook", exchange -> {
            try (InputStream in = exchange.getRequestBody()) {
                String body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                if (failuresLeft.getAndDecrement() > 0) {
                    exchange.sendResponseHeaders(503, -1);
                    return;
                }
                received.add(new Received(
                        body,
                        exchange.getRequestHeaders().getFirst(WebhookSender.TIMESTAMP),
                        exchange.getRequestHeaders().getFirst(WebhookSender.SIGNATURE)));
                exchange.sendResponseHeaders(204, -1);
            } finally {
                exchange.close();
            }
        });
        receiver.start();
    }

    @AfterEach
    void stopReceiver() {
        receiver.stop(0);
    }

    @Test
    void theAgencysOfficerAndHeadGetTheVietnameseMailIntact() throws Exception {
        mailThroughGreenMail();
        f.clock.at(due);
        f.remind(due);

        assertThat(f.dispatch()).isEqualTo(2);

        MimeMessage[] messages = smtp.getReceivedMessages();
        assertThat(messages).hasSize(2);
        assertThat(List.of(messages))
                .extracting(m -> ((InternetAddress) m.getRecipients(Message.RecipientType.TO)[0]).getAddress())
                .containsExactlyInAnyOrder(
                        "so-tu-phap@" + f.tenant + ".dondoc.example",
                        "so-tu-phap.head@" + f.tenant + ".dondoc.example");
        MimeMessage mail = messages[0];
        String deadline = String.format("%02d/%02d/%d", due.getDayOfMonth(), due.getMonthValue(), due.getYear());
        assertThat(mail.getSubject())
                .isEqualTo("[Đôn Đốc] Hôm nay là hạn gửi báo cáo kỳ 2024-H1 - 204/KH-UBND (hạn " + deadline + ")");
        assertThat(((String) mail.getContent()).replace("\r\n", "\n"))
                .startsWith("Kính gửi Sở Tư pháp,\n\nHôm nay, ngày " + deadline + ", là hạn gửi báo cáo kỳ 2024-H1")
                .contains("https://dondoc.example.vn/app/bao-cao.xhtml?obligation=" + justice);
        assertThat(((InternetAddress) mail.getFrom()[0]).getPersonal()).isEqualTo("Đôn Đốc");

        assertThat(f.dispatch()).as("nothing is sent twice").isZero();
        assertThat(smtp.getReceivedMessages()).hasSize(2);
    }

    @Test
    void theWebhookIsSignedAndAFailingReceiverIsRetriedVisiblyWhileTheInboxHasTheNotice() throws Exception {
        webhook();
        failuresLeft.set(1);
        f.clock.at(due);
        f.remind(due);

        assertThat(f.dispatch()).as("the receiver refused the first post").isEqualTo(1);
        NoticeLogEntry.Delivery hook = webhookOf(failedNotice());
        assertThat(hook.status()).isEqualTo("PENDING");
        assertThat(hook.attempts()).isEqualTo(1);
        assertThat(hook.lastError()).contains("HTTP 503");
        assertThat(hook.nextAttemptAt()).isEqualTo(f.clock.instant().plus(Duration.ofMinutes(1)));
        assertThat(f.as("so-tu-phap", "AGENCY_OFFICER", n -> n.inbox(0, 10)).items())
                .as("the inbox has it all the same")
                .extracting(NoticeView::kind)
                .containsExactly("DUE_TODAY");

        assertThat(f.dispatch()).as("not before its time").isZero();
        f.clock.set(f.clock.instant().plus(Duration.ofMinutes(2)));
        assertThat(f.dispatch()).isEqualTo(1);

        assertThat(received).hasSize(2);
        for (Received r : received) {
            assertThat(r.signature()).isEqualTo("sha256=" + WebhookSender.sign(SECRET, r.timestamp(), r.body()));
            try (var reader = jakarta.json.Json.createReader(new StringReader(r.body()))) {
                var json = reader.readObject();
                assertThat(json.getString("kind")).isEqualTo("DUE_TODAY");
                assertThat(json.getString("agencyCode")).isEqualTo("so-tu-phap");
                assertThat(json.getJsonNumber("obligationId").longValue()).isEqualTo(justice);
                assertThat(json.getString("subject")).contains("Hôm nay là hạn gửi báo cáo kỳ 2024-H1");
            }
        }
        assertThat(f.as("secretariat", "SECRETARIAT", n -> n.log(0, 50)).items())
                .flatExtracting(NoticeLogEntry::deliveries)
                .filteredOn(d -> d.channel().equals("WEBHOOK"))
                .extracting(NoticeLogEntry.Delivery::status)
                .containsOnly("SENT");
    }

    @Test
    void aDeadMailServerFailsVisiblyAndTheWebhookStillGoesOut() {
        f.configuration.put("dondoc.mail." + f.tenant + ".host", "127.0.0.1");
        f.configuration.put("dondoc.mail." + f.tenant + ".port", Integer.toString(deadPort()));
        webhook();
        f.clock.at(due);
        f.remind(due);

        assertThat(f.dispatch()).isEqualTo(2);

        List<NoticeLogEntry.Delivery> deliveries =
                f.as("secretariat", "SECRETARIAT", n -> n.log(0, 50)).items().stream()
                        .flatMap(e -> e.deliveries().stream())
                        .toList();
        assertThat(deliveries)
                .extracting(NoticeLogEntry.Delivery::channel, NoticeLogEntry.Delivery::status)
                .containsOnly(
                        org.assertj.core.groups.Tuple.tuple("INBOX", "SENT"),
                        org.assertj.core.groups.Tuple.tuple("EMAIL", "PENDING"),
                        org.assertj.core.groups.Tuple.tuple("WEBHOOK", "SENT"));
        assertThat(deliveries)
                .filteredOn(d -> d.channel().equals("EMAIL"))
                .hasSize(2)
                .allSatisfy(d -> assertThat(d.lastError()).isNotBlank());
        assertThat(received).hasSize(2);
    }

    private void mailThroughGreenMail() {
        f.configuration.put("dondoc.mail." + f.tenant + ".host", "127.0.0.1");
        f.configuration.put(
                "dondoc.mail." + f.tenant + ".port",
                Integer.toString(smtp.getSmtp().getPort()));
        f.configuration.put("dondoc.mail." + f.tenant + ".from", "nhac-viec@" + f.tenant + ".dondoc.example");
    }

    private void webhook() {
        jpa.inTenant(f.tenant, em -> {
            NotificationSettings settings = NotificationSettings.defaults();
            settings.postTo("http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook", SECRET);
            em.persist(settings);
        });
    }

    private NoticeLogEntry failedNotice() {
        return f.as("secretariat", "SECRETARIAT", n -> n.log(0, 50)).items().stream()
                .filter(e -> e.deliveries().stream().anyMatch(d -> d.lastError() != null))
                .findFirst()
                .orElseThrow();
    }

    private static NoticeLogEntry.Delivery webhookOf(NoticeLogEntry entry) {
        return entry.deliveries().stream()
                .filter(d -> d.channel().equals("WEBHOOK"))
                .findFirst()
                .orElseThrow();
    }

    /** A port nothing listens on: one just opened and closed. */
    private static int deadPort() {
        try (var socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
