package vn.dondoc.notifications.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.dondoc.explanations.boundary.ExplanationAnswered;
import vn.dondoc.explanations.boundary.ExplanationAsked;
import vn.dondoc.explanations.entity.ExplanationRequest;
import vn.dondoc.notifications.entity.Notice;
import vn.dondoc.reporting.entity.Obligation;
import vn.dondoc.testing.JpaExtension;

/**
 * The daily job urging requests for explanation on the real database: the leader asks Sở Tư pháp
 * to explain its 2024-H1 report, to answer by a Wednesday; default N, M, K (5, 2, 5); the fixture's
 * calendar has weekends off only.
 */
class ExplanationRemindersTest {

    @RegisterExtension
    static final JpaExtension jpa = new JpaExtension();

    private static final LocalDate ASKED_ON = LocalDate.of(2024, 6, 20);
    private static final LocalDate WEDNESDAY = LocalDate.of(2024, 7, 10);
    private static final String QUESTION = "Đề nghị Sở Tư pháp giải trình lý do chưa gửi báo cáo kết quả thực hiện"
            + " Kế hoạch 204 kỳ 6 tháng đầu năm 2024, nêu rõ trách nhiệm của tập thể, cá nhân liên quan";

    private NotificationsFixture f;
    private long obligation;

    @BeforeEach
    void setUp() {
        f = new NotificationsFixture(jpa);
        obligation = f.obligation("so-tu-phap", "2024-H1");
    }

    @Test
    void anOpenRequestIsUrgedOnTheWorkingDaysOfItsAnswerByDayNeverOnAWeekendNorEscalated() {
        long request = ask(WEDNESDAY);
        LocalDate soon = LocalDate.of(2024, 7, 3); // five working days before
        assertThat(soon.getDayOfWeek()).isEqualTo(DayOfWeek.WEDNESDAY);

        f.remind(soon.minusDays(1));
        assertThat(notices(request)).as("not yet").isEmpty();
        f.remind(LocalDate.of(2024, 7, 6)); // Saturday
        f.remind(LocalDate.of(2024, 7, 7)); // Sunday
        assertThat(notices(request)).as("the weekend after it is not its day").isEmpty();
        for (LocalDate d = soon; !d.isAfter(LocalDate.of(2024, 7, 17)); d = d.plusDays(1)) {
            f.remind(d);
        }

        assertThat(notices(request))
                .containsExactly(
                        "DUE_SOON 2024-07-03 so-tu-phap",
                        "DUE_SOON 2024-07-03 so-tu-phap.head",
                        "DUE_TODAY 2024-07-10 so-tu-phap",
                        "DUE_TODAY 2024-07-10 so-tu-phap.head",
                        "OVERDUE 2024-07-11 so-tu-phap",
                        "OVERDUE 2024-07-11 so-tu-phap.head",
                        "OVERDUE 2024-07-15 so-tu-phap", // every 2 working days: Sat and Sun do not count
                        "OVERDUE 2024-07-15 so-tu-phap.head",
                        "OVERDUE 2024-07-17 so-tu-phap",
                        "OVERDUE 2024-07-17 so-tu-phap.head");
    }

    @Test
    void anAnswerByDayOnASaturdayIsUrgedAsDueOnMonday() {
        LocalDate saturday = LocalDate.of(2024, 7, 13);
        long request = ask(saturday);

        f.remind(saturday);
        f.remind(saturday.plusDays(2));

        assertThat(notices(request))
                .containsExactly("DUE_TODAY 2024-07-15 so-tu-phap", "DUE_TODAY 2024-07-15 so-tu-phap.head");
    }

    @Test
    void twoRunsOfTheSameDayAndAMissedNightUrgeOnce() {
        long request = ask(WEDNESDAY);
        LocalDate overdue = LocalDate.of(2024, 7, 11);

        f.remind(overdue);
        f.remind(overdue);
        f.remind(overdue.plusDays(1)); // the same occurrence, found again

        assertThat(notices(request))
                .containsExactly("OVERDUE 2024-07-11 so-tu-phap", "OVERDUE 2024-07-11 so-tu-phap.head");
    }

    @Test
    void anAnsweredRequestIsNeverUrgedAgain() {
        long answered = ask(WEDNESDAY);
        long open = ask(WEDNESDAY);
        f.remind(WEDNESDAY);
        jpa.inTenant(
                f.tenant,
                em -> em.find(ExplanationRequest.class, answered)
                        .answer("Do chưa tổng hợp được số liệu cấp huyện", "so-tu-phap", now(WEDNESDAY), WEDNESDAY));

        f.remind(WEDNESDAY.plusDays(1));
        f.remind(WEDNESDAY.plusDays(5));

        assertThat(notices(answered))
                .containsExactly("DUE_TODAY 2024-07-10 so-tu-phap", "DUE_TODAY 2024-07-10 so-tu-phap.head");
        assertThat(notices(open)).contains("OVERDUE 2024-07-11 so-tu-phap", "OVERDUE 2024-07-15 so-tu-phap");
    }

    @Test
    void onlyTheAgencysOfficersAndHeadFindItInTheirInboxInVietnamese() {
        long request = ask(WEDNESDAY);

        f.remind(WEDNESDAY);

        String link = "https://dondoc.example.vn/app/giai-trinh.xhtml?id=" + request;
        for (String[] user : new String[][] {{"so-tu-phap", "AGENCY_OFFICER"}, {"so-tu-phap.head", "AGENCY_HEAD"}}) {
            NoticeView notice = explanationNotices(user[0], user[1]).stream()
                    .filter(n -> n.link().equals(link))
                    .findFirst()
                    .orElseThrow();
            assertThat(notice.kind()).isEqualTo("DUE_TODAY");
            assertThat(notice.agencyCode()).isEqualTo("so-tu-phap");
            assertThat(notice.obligationId()).isNull();
            assertThat(notice.subject())
                    .startsWith("[Đôn Đốc] Hôm nay là hạn giải trình \"Đề nghị Sở Tư pháp giải trình")
                    .contains("…", "(hạn 10/07/2024)");
            assertThat(notice.body())
                    .contains(
                            "Kính gửi Sở Tư pháp",
                            "Yêu cầu giải trình của Người dùng leader",
                            QUESTION,
                            "ngày 10/07/2024",
                            link);
        }
        assertThat(explanationNotices("so-tai-chinh", "AGENCY_OFFICER")).isEmpty();
        assertThat(explanationNotices("leader", "LEADER")).isEmpty();
        assertThat(explanationNotices("secretariat", "SECRETARIAT")).isEmpty();
    }

    @Test
    void theAgencyIsToldAtOnceWhenAskedAndTheAskerWhenItAnswers() {
        long request = ask(WEDNESDAY);

        jpa.inTenant(f.tenant, em -> told(em).asked(new ExplanationAsked(request, "so-tu-phap", "leader", WEDNESDAY)));

        assertThat(notices(request)).containsExactly("ASKED 2024-06-20 so-tu-phap", "ASKED 2024-06-20 so-tu-phap.head");
        String link = "https://dondoc.example.vn/app/giai-trinh.xhtml?id=" + request;
        NoticeView asked = explanationNotices("so-tu-phap", "AGENCY_OFFICER").get(0);
        assertThat(asked.kind()).isEqualTo("ASKED");
        assertThat(asked.explanationRequestId()).isEqualTo(request);
        assertThat(asked.subject())
                .startsWith("[Đôn Đốc] Yêu cầu giải trình \"Đề nghị Sở Tư pháp giải trình")
                .endsWith("(hạn 10/07/2024)");
        assertThat(asked.body())
                .contains(
                        "Kính gửi Sở Tư pháp",
                        "Người dùng leader yêu cầu quý cơ quan giải trình",
                        QUESTION,
                        "ngày 10/07/2024",
                        link);
        assertThat(explanationNotices("so-tai-chinh", "AGENCY_OFFICER")).isEmpty();
        assertThat(f.as("secretariat", "SECRETARIAT", n -> n.log("so-tu-phap", 0, 50))
                        .items())
                .allSatisfy(e -> assertThat(e.deliveries())
                        .extracting(NoticeLogEntry.Delivery::channel)
                        .as("no mail server configured, no webhook set")
                        .containsExactly("INBOX"));

        jpa.inTenant(f.tenant, em -> {
            em.find(ExplanationRequest.class, request)
                    .answer("Do chưa tổng hợp được số liệu cấp huyện", "so-tu-phap", now(WEDNESDAY), WEDNESDAY);
            told(em).answered(new ExplanationAnswered(request, "so-tu-phap", "leader", false));
        });

        assertThat(notices(request))
                .containsExactly(
                        "ANSWERED 2024-06-20 leader",
                        "ASKED 2024-06-20 so-tu-phap",
                        "ASKED 2024-06-20 so-tu-phap.head");
        NoticeView answered = explanationNotices("leader", "LEADER").get(0);
        assertThat(answered.kind()).isEqualTo("ANSWERED");
        assertThat(answered.subject()).startsWith("[Đôn Đốc] Sở Tư pháp đã giải trình \"Đề nghị Sở Tư pháp");
        assertThat(answered.body())
                .contains("Kính gửi Người dùng leader", QUESTION, link)
                .doesNotContain("sau hạn");
    }

    private ExplanationNotices told(jakarta.persistence.EntityManager em) {
        return new ExplanationNotices(em, f.clock, name -> java.util.Optional.ofNullable(f.configuration.get(name)));
    }

    /** The leader asks Sở Tư pháp about its 2024-H1 report, on 20/06/2024. */
    private long ask(LocalDate answerBy) {
        return jpa.fromTenant(f.tenant, em -> {
            ExplanationRequest request = ExplanationRequest.aboutObligation(
                    em.find(Obligation.class, obligation), QUESTION, answerBy, "leader", now(ASKED_ON), ASKED_ON);
            em.persist(request);
            em.flush();
            return request.id();
        });
    }

    private static Instant now(LocalDate day) {
        return day.atTime(9, 0).toInstant(java.time.ZoneOffset.ofHours(7));
    }

    /** The request's notices: kind, occurrence and recipient, in the order of the key. */
    private List<String> notices(long request) {
        return jpa.fromTenant(
                f.tenant,
                em -> em.createQuery(
                                "SELECT CONCAT(n.kind, ' ', n.occurrence, ' ', n.recipient) FROM Notice n "
                                        + "WHERE n.topic = :topic ORDER BY n.occurrence, n.recipient",
                                String.class)
                        .setParameter("topic", Notice.explanationTopic(request))
                        .getResultList());
    }

    private List<NoticeView> explanationNotices(String user, String role) {
        return f.as(user, role, n -> n.inbox(0, 200)).items().stream()
                .filter(n -> n.link() != null && n.link().contains("/app/giai-trinh.xhtml?id="))
                .toList();
    }
}
