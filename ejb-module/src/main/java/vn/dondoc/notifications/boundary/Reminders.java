package vn.dondoc.notifications.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import org.eclipse.microprofile.config.ConfigProvider;
import vn.dondoc.audit.boundary.AuditTarget;
import vn.dondoc.audit.boundary.Audited;
import vn.dondoc.calendar.control.MovedDay;
import vn.dondoc.calendar.control.WorkingCalendar;
import vn.dondoc.calendar.entity.DayChange;
import vn.dondoc.explanations.control.UnansweredRequest;
import vn.dondoc.explanations.control.UnansweredRequests;
import vn.dondoc.identity.entity.UserAccount;
import vn.dondoc.notifications.control.MailServer;
import vn.dondoc.notifications.control.NoticeText;
import vn.dondoc.notifications.control.PageLinks;
import vn.dondoc.notifications.control.ReminderSchedule;
import vn.dondoc.notifications.entity.Channel;
import vn.dondoc.notifications.entity.Notice;
import vn.dondoc.notifications.entity.NoticeDelivery;
import vn.dondoc.notifications.entity.NoticeKind;
import vn.dondoc.notifications.entity.NotificationSettings;
import vn.dondoc.platform.boundary.InvalidInput;
import vn.dondoc.platform.security.CallerIdentity;
import vn.dondoc.platform.security.Role;
import vn.dondoc.reporting.entity.Obligation;
import vn.dondoc.reporting.entity.ObligationStatus;
import vn.dondoc.tenancy.boundary.TenantBound;
import vn.dondoc.tenancy.boundary.TenantId;
import vn.dondoc.tenancy.entity.Tenant;

/**
 * The daily urging (đôn đốc) of one tenant: records, for one working day, every reminder,
 * escalation and weekly digest that falls due, each once per obligation, kind, occurrence and
 * recipient (the database's unique key guards it), with its deliveries to send after commit.
 * Only reports not sent count: PENDING, DRAFT and RETURNED (a returned report is not submitted).
 * Requests for explanation not answered are urged the same way, their answer-by day for deadline.
 */
@Stateless
@TenantBound
public class Reminders {

    /** A report still owed: nothing sent yet, or sent back for revision. */
    static final Set<ObligationStatus> NOT_SUBMITTED =
            Set.of(ObligationStatus.PENDING, ObligationStatus.DRAFT, ObligationStatus.RETURNED);

    static final String BASE_URL = "dondoc.notifications.base-url";

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    CallerIdentity caller;

    /** Reads one configuration property; MicroProfile Config in the server, a map in tests. */
    Function<String, Optional<String>> configuration =
            name -> ConfigProvider.getConfig().getOptionalValue(name, String.class);

    /** What one run recorded. */
    public record Result(LocalDate day, boolean workingDay, int notices, int deliveries) {}

    /**
     * Records what falls due on {@code day} in the tenant. A day off records nothing; the next
     * working day finds the same occurrences and records each once. Run again, it records nothing.
     */
    @Audited(value = "notifications.remind", anonymousActor = "system")
    @PermitAll // the daily timer has no caller; the tenant is named, and a caller may name only its own
    public Result remind(@TenantId @AuditTarget String tenant, LocalDate day) {
        return recordFor(tenant, day);
    }

    /**
     * The administrator replays a day that the job missed (a server down for longer than a night):
     * the same as the job's run, once per occurrence. A day after today is refused: its reminders
     * would go out before their time.
     */
    @Audited("notifications.replay")
    @RolesAllowed(Role.Names.ADMIN)
    public Result replay(@AuditTarget LocalDate day) {
        String tenant = caller.principal().orElseThrow().tenant();
        ZoneId zone = em.find(Tenant.class, tenant).timeZone();
        if (day == null || day.isAfter(LocalDate.ofInstant(clock.instant(), zone))) {
            throw new InvalidInput("day: một ngày đã qua hoặc hôm nay (YYYY-MM-DD) / a past day or today");
        }
        return recordFor(tenant, day);
    }

    private Result recordFor(String tenant, LocalDate day) {
        WorkingCalendar calendar = new WorkingCalendar(em.createNamedQuery(DayChange.ALL, DayChange.class)
                .getResultStream()
                .map(d -> new MovedDay(d.day(), d.working(), d.reason()))
                .toList());
        if (!calendar.isWorkingDay(day)) {
            return new Result(day, false, 0, 0);
        }
        NotificationSettings settings = settings(em);
        ReminderSchedule schedule = new ReminderSchedule(
                calendar, settings.daysBefore(), settings.overdueEvery(), settings.escalateAfter());
        List<Obligation> owed = em.createQuery(
                        "SELECT o FROM Obligation o JOIN FETCH o.agency WHERE o.status IN :open "
                                + "AND o.orphaned = FALSE AND o.dueOn <= :horizon ORDER BY o.dueOn, o.id",
                        Obligation.class)
                .setParameter("open", NOT_SUBMITTED)
                .setParameter("horizon", schedule.horizon(day))
                .getResultList();
        List<UserAccount> users = em
                .createQuery(
                        "SELECT u FROM UserAccount u LEFT JOIN FETCH u.agency ORDER BY u.username", UserAccount.class)
                .getResultList()
                .stream()
                .filter(UserAccount::active)
                .toList();
        Map<Long, String> numbers = documentNumbers(owed);
        String baseUrl =
                configuration.apply(BASE_URL).orElse("http://localhost:8080").replaceAll("/+$", "");
        Instant now = clock.instant();

        List<Notice> candidates = new ArrayList<>();
        List<NoticeText.Late> late = new ArrayList<>();
        for (Obligation o : owed) {
            NoticeText.Subject subject = new NoticeText.Subject(
                    o.agency().name(),
                    numbers.getOrDefault(o.documentId(), "?"),
                    o.periodLabel(),
                    schedule.deadline(o.dueOn()),
                    PageLinks.obligation(baseUrl, o.id()));
            int overdue = schedule.workingDaysOverdue(o.dueOn(), day);
            if (overdue > 0) {
                late.add(new NoticeText.Late(subject, overdue));
            }
            for (ReminderSchedule.Due due : schedule.on(o.dueOn(), day)) {
                int days = due.kind() == NoticeKind.DUE_SOON
                        ? schedule.workingDaysOverdue(day, subject.deadline())
                        : due.workingDaysOverdue();
                NoticeText.Text text = NoticeText.of(due.kind(), subject, days);
                Predicate<UserAccount> to = due.kind() == NoticeKind.ESCALATION
                        ? u -> u.roles().contains(Role.LEADER)
                        : u -> u.agency() != null
                                && u.agency().code().equals(o.agency().code())
                                && (u.roles().contains(Role.AGENCY_OFFICER)
                                        || u.roles().contains(Role.AGENCY_HEAD));
                for (UserAccount user : users) {
                    if (to.test(user)) {
                        candidates.add(new Notice(
                                due.kind(),
                                due.occurrence(),
                                user.username(),
                                o.id(),
                                o.agency().code(),
                                text.subject(),
                                text.body(),
                                subject.link(),
                                now));
                    }
                }
            }
        }
        candidates.addAll(explanationNotices(day, schedule, users, baseUrl, now));
        Optional<LocalDate> digest = schedule.digestOn(day);
        if (digest.isPresent() && !late.isEmpty()) {
            late.sort(Comparator.comparing((NoticeText.Late l) -> l.subject().deadline())
                    .thenComparing(l -> l.subject().agencyName()));
            NoticeText.Text text = NoticeText.digest(day, late, PageLinks.board(baseUrl));
            for (UserAccount user : users) {
                if (user.roles().contains(Role.SECRETARIAT)) {
                    candidates.add(new Notice(
                            NoticeKind.WEEKLY_DIGEST,
                            digest.get(),
                            user.username(),
                            null,
                            null,
                            text.subject(),
                            text.body(),
                            PageLinks.board(baseUrl),
                            now));
                }
            }
        }
        return record(tenant, day, candidates, users, settings, now);
    }

    /**
     * The reminders of the requests for explanation still unanswered, to the agency's officers and
     * head, as a report's with {@code answerBy} for its deadline; never escalated (the asker is a
     * leader or the secretariat already, and sees the request open in its list, D-029).
     */
    private List<Notice> explanationNotices(
            LocalDate day, ReminderSchedule schedule, List<UserAccount> users, String baseUrl, Instant now) {
        List<UnansweredRequest> open = new UnansweredRequests(em).dueBy(schedule.horizon(day));
        if (open.isEmpty()) {
            return List.of();
        }
        Map<String, String> names = new HashMap<>();
        em.createQuery("SELECT u.username, u.displayName FROM UserAccount u", Object[].class)
                .getResultList()
                .forEach(row -> names.put((String) row[0], (String) row[1]));
        List<Notice> notices = new ArrayList<>();
        for (UnansweredRequest r : open) {
            NoticeText.Request request = new NoticeText.Request(
                    r.agencyName(),
                    r.question(),
                    names.getOrDefault(r.askedBy(), r.askedBy()),
                    schedule.deadline(r.answerBy()),
                    PageLinks.explanation(baseUrl, r.id()));
            for (ReminderSchedule.Due due : schedule.on(r.answerBy(), day)) {
                if (due.kind() == NoticeKind.ESCALATION) {
                    continue;
                }
                int days = due.kind() == NoticeKind.DUE_SOON
                        ? schedule.workingDaysOverdue(day, request.answerBy())
                        : due.workingDaysOverdue();
                NoticeText.Text text = NoticeText.explanation(due.kind(), request, days);
                for (UserAccount user : users) {
                    if (user.agency() != null
                            && user.agency().code().equals(r.agencyCode())
                            && (user.roles().contains(Role.AGENCY_OFFICER)
                                    || user.roles().contains(Role.AGENCY_HEAD))) {
                        notices.add(Notice.about(
                                Notice.explanationTopic(r.id()),
                                due.kind(),
                                due.occurrence(),
                                user.username(),
                                r.agencyCode(),
                                text.subject(),
                                text.body(),
                                request.link(),
                                now));
                    }
                }
            }
        }
        return notices;
    }

    private Result record(
            String tenant,
            LocalDate day,
            List<Notice> candidates,
            List<UserAccount> users,
            NotificationSettings settings,
            Instant now) {
        if (candidates.isEmpty()) {
            return new Result(day, true, 0, 0);
        }
        LocalDate since = candidates.stream()
                .map(Notice::occurrence)
                .min(Comparator.naturalOrder())
                .orElseThrow();
        Set<String> sent = new HashSet<>(em.createNamedQuery(Notice.KEYS_OF_TOPICS, String.class)
                .setParameter("since", since)
                .getResultList());
        Map<String, UserAccount> byName = new HashMap<>();
        users.forEach(u -> byName.put(u.username(), u));
        boolean mail = MailServer.of(tenant, configuration).isPresent();
        int notices = 0;
        int deliveries = 0;
        for (Notice notice : candidates) {
            if (!sent.add(notice.key())) {
                continue;
            }
            em.persist(notice);
            notices++;
            Optional<String> email = byName.get(notice.recipient()).email();
            if (mail && email.isPresent()) {
                em.persist(new NoticeDelivery(notice, Channel.EMAIL, email.get(), now));
                deliveries++;
            }
            if (settings.webhookUrl().isPresent()) {
                em.persist(new NoticeDelivery(
                        notice, Channel.WEBHOOK, settings.webhookUrl().get(), now));
                deliveries++;
            }
        }
        // A second server that recorded the same notices first makes this flush fail on the unique
        // key: this run rolls back whole, and what the other recorded stands, once.
        em.flush();
        return new Result(day, true, notices, deliveries);
    }

    private Map<Long, String> documentNumbers(List<Obligation> owed) {
        Set<Long> ids = new HashSet<>();
        owed.forEach(o -> ids.add(o.documentId()));
        Map<Long, String> numbers = new HashMap<>();
        if (ids.isEmpty()) {
            return numbers;
        }
        em.createQuery("SELECT d.id, d.number FROM Document d WHERE d.id IN :ids", Object[].class)
                .setParameter("ids", ids)
                .getResultList()
                .forEach(row -> numbers.put((Long) row[0], (String) row[1]));
        return numbers;
    }

    /** The tenant's settings, or the defaults when it set none. */
    static NotificationSettings settings(EntityManager em) {
        return em.createNamedQuery(NotificationSettings.OF_TENANT, NotificationSettings.class)
                .getResultStream()
                .findFirst()
                .orElseGet(NotificationSettings::defaults);
    }
}
