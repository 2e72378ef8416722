package vn.dondoc.notifications.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import org.eclipse.microprofile.config.ConfigProvider;
import vn.dondoc.explanations.boundary.ExplanationAnswered;
import vn.dondoc.explanations.boundary.ExplanationAsked;
import vn.dondoc.explanations.entity.ExplanationRequest;
import vn.dondoc.identity.entity.UserAccount;
import vn.dondoc.notifications.control.MailServer;
import vn.dondoc.notifications.control.NoticeText;
import vn.dondoc.notifications.control.PageLinks;
import vn.dondoc.notifications.entity.Channel;
import vn.dondoc.notifications.entity.Notice;
import vn.dondoc.notifications.entity.NoticeDelivery;
import vn.dondoc.notifications.entity.NoticeKind;
import vn.dondoc.notifications.entity.NotificationSettings;
import vn.dondoc.platform.security.Role;
import vn.dondoc.tenancy.boundary.BoundTenant;
import vn.dondoc.tenancy.entity.Tenant;

/**
 * Tells the people concerned, the moment it happens, that a request for explanation was made (the
 * asked agency's officers and head: {@link NoticeKind#ASKED}) or answered (whoever asked: {@link
 * NoticeKind#ANSWERED}), in their inbox and through the tenant's channels, as a reminder is told.
 * Without it the agency would hear of a request only when the daily run urges it, N working days
 * before its day. Runs inside the transaction that asks or answers (D-022): a refused request tells
 * nobody.
 */
@ApplicationScoped
public class ExplanationNotices {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    /** Reads one configuration property; MicroProfile Config in the server, a map in tests. */
    Function<String, Optional<String>> configuration =
            name -> ConfigProvider.getConfig().getOptionalValue(name, String.class);

    protected ExplanationNotices() {}

    /** For a test: the entity manager, clock and configuration of its choosing. */
    ExplanationNotices(EntityManager em, Clock clock, Function<String, Optional<String>> configuration) {
        this.em = em;
        this.clock = clock;
        this.configuration = configuration;
    }

    public void asked(@Observes ExplanationAsked asked) {
        ExplanationRequest request = em.find(ExplanationRequest.class, asked.requestId());
        NoticeText.Text text = NoticeText.asked(about(request));
        tell(
                request,
                NoticeKind.ASKED,
                text,
                u -> u.agency() != null
                        && u.agency().code().equals(asked.agencyCode())
                        && (u.roles().contains(Role.AGENCY_OFFICER) || u.roles().contains(Role.AGENCY_HEAD)));
    }

    public void answered(@Observes ExplanationAnswered answered) {
        ExplanationRequest request = em.find(ExplanationRequest.class, answered.requestId());
        String asker = nameOf(answered.askedBy());
        NoticeText.Text text = NoticeText.answered(about(request), asker, answered.late());
        tell(request, NoticeKind.ANSWERED, text, u -> u.username().equals(answered.askedBy()));
    }

    private NoticeText.Request about(ExplanationRequest request) {
        return new NoticeText.Request(
                request.agency().name(),
                request.question(),
                nameOf(request.askedBy()),
                request.answerBy(),
                PageLinks.explanation(baseUrl(), request.id()));
    }

    /** One notice to each active user {@code to} picks, with its deliveries by e-mail and webhook. */
    private void tell(ExplanationRequest request, NoticeKind kind, NoticeText.Text text, Predicate<UserAccount> to) {
        Tenant tenant = BoundTenant.of(em).orElseThrow();
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, tenant.timeZone());
        NotificationSettings settings = Reminders.settings(em);
        boolean mail = MailServer.of(tenant.id(), configuration).isPresent();
        List<UserAccount> users = em.createQuery(
                        "SELECT u FROM UserAccount u LEFT JOIN FETCH u.agency ORDER BY u.username", UserAccount.class)
                .getResultList();
        for (UserAccount user : users) {
            if (!user.active() || !to.test(user)) {
                continue;
            }
            Notice notice = Notice.about(
                    Notice.explanationTopic(request.id()),
                    kind,
                    today,
                    user.username(),
                    request.agency().code(),
                    text.subject(),
                    text.body(),
                    PageLinks.explanation(baseUrl(), request.id()),
                    now);
            em.persist(notice);
            if (mail && user.email().isPresent()) {
                em.persist(
                        new NoticeDelivery(notice, Channel.EMAIL, user.email().get(), now));
            }
            if (settings.webhookUrl().isPresent()) {
                em.persist(new NoticeDelivery(
                        notice, Channel.WEBHOOK, settings.webhookUrl().get(), now));
            }
        }
        em.flush();
    }

    private String nameOf(String username) {
        return em.createQuery("SELECT u.displayName FROM UserAccount u WHERE u.username = :u", String.class)
                .setParameter("u", username)
                .getResultStream()
                .findFirst()
                .orElse(username);
    }

    private String baseUrl() {
        return configuration
                .apply(Reminders.BASE_URL)
                .orElse("http://localhost:8080")
                .replaceAll("/+$", "");
    }
}
