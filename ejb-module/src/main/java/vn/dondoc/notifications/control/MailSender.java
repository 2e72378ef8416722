package vn.dondoc.notifications.control;

import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;

/** Sends one notice as a plain-text UTF-8 e-mail through a tenant's SMTP server (Jakarta Mail). */
public final class MailSender {

    private final MailServer server;

    public MailSender(MailServer server) {
        this.server = server;
    }

    /** @throws MessagingException the server refused it or could not be reached */
    public void send(String to, String subject, String body, Instant sentAt) throws MessagingException {
        Session session = server.username().isPresent()
                ? Session.getInstance(server.sessionProperties(), new Authenticator() {
                    @Override
                    protected PasswordAuthentication getPasswordAuthentication() {
                        return new PasswordAuthentication(
                                server.username().get(), server.password().orElse(""));
                    }
                })
                : Session.getInstance(server.sessionProperties());
        MimeMessage message = new MimeMessage(session);
        try {
            message.setFrom(new InternetAddress(server.from(), "Đôn Đốc", StandardCharsets.UTF_8.name()));
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e); // UTF-8 is always there
        }
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(to, true));
        message.setSubject(subject, StandardCharsets.UTF_8.name());
        message.setText(body, StandardCharsets.UTF_8.name());
        message.setSentDate(Date.from(sentAt));
        Transport.send(message);
    }
}
