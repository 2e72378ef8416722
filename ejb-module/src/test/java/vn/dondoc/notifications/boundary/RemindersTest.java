package vn.dondoc.notifications.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.dondoc.reporting.entity.Extension;
import vn.dondoc.reporting.entity.Obligation;
import vn.dondoc.reporting.entity.ObligationStatus;
import vn.dondoc.testing.JpaExtension;

/**
 * The daily job on the real database: Sở Tư pháp's and Sở Tài chính's 2024-H1 reports and Sở Tư
 * pháp's 2023-H2 report owed, everything else of Kế hoạch 204 sent; default N, M, K (5, 2, 5).
 */
class RemindersTest {

    @RegisterExtension
    static final JpaExtension jpa = new JpaExtension();

    private NotificationsFixture f;
    private long justice;
    private long finance;
    private long older;
    private LocalDate due;

    @BeforeEach
    void owedReports() {
        f = new NotificationsFixture(jpa);
        justice = f.obligation("so-tu-phap", "2024-H1");
        finance = f.obligation("so-tai-chinh", "2024-H1");
        older = f.obligation("so-tu-phap", "2023-H2");
        f.onlyOwed(justice, finance, older);
        due = f.calendar.plusWorkingDays(f.dueOn(justice), 0);
    }

    @Test
    void twoRunsOfTheSameDaySendNothingTwice() {
        LocalDate day = f.calendar.plusWorkingDays(due, 1);

        Reminders.Result first = f.remind(day);
        Reminders.Result second = f.remind(day);

        assertThat(first.notices()).isPositive();
        assertThat(second.notices()).isZero();
        assertThat(f.notices(justice))
                .containsExactlyInAnyOrder("OVERDUE " + day + " so-tu-phap", "OVERDUE " + day + " so-tu-phap.head");
        assertThat(f.notices(finance)).containsExactlyInAnyOrder("OVERDUE " + day + " so-tai-chinh");
    }

    @Test
    void twoServersRecordingTheSameDayAtOnceRecordEachNoticeOnce() throws Exception {
        LocalDate day = f.calendar.plusWorkingDays(due, 1);
        EntityManager first = jpa.entityManager(f.tenant);
        Reminders.Result recorded = f.reminders(first).remind(f.tenant, day); // written, not yet committed
        ExecutorService secondServer = Executors.newSingleThreadExecutor();
        try {
            Future<Reminders.Result> second = secondServer.submit(() -> f.remind(day));
            Thread.sleep(1000); // let the second reach the rows the first holds
            first.getTransaction().commit();
            try {
                assertThat(second.get(60, TimeUnit.SECONDS).notices())
                        .as("it saw the first's notices")
                        .isZero();
            } catch (ExecutionException e) {
                assertThat(e.getCause())
                        .as("it collided with the unique key and rolled back")
                        .isInstanceOf(PersistenceException.class);
            }
        } finally {
            secondServer.shutdownNow();
        }

        assertThat(recorded.notices()).isPositive();
        assertThat(f.noticeCount()).isEqualTo(recorded.notices());
    }

    @Test
    void aDayOffSendsNothingAndAMissedDayIsCaughtUpOnce() {
        LocalDate soon = workingDaysBefore(due, 5);
        LocalDate saturday = soon.with(TemporalAdjusters.next(DayOfWeek.SATURDAY));
        LocalDate monday = f.calendar.plusWorkingDays(saturday, 0);
        assertThat(monday)
                .as("the fixture's deadline leaves a Monday before it")
                .isBefore(due);

        Reminders.Result weekend = f.remind(saturday);
        assertThat(weekend.workingDay()).isFalse();
        assertThat(weekend.notices()).isZero();

        f.remind(monday); // the night of `soon` was missed: Monday catches up
        f.remind(f.calendar.plusWorkingDays(monday, 1));

        assertThat(f.notices(justice))
                .containsExactlyInAnyOrder("DUE_SOON " + soon + " so-tu-phap", "DUE_SOON " + soon + " so-tu-phap.head");
    }

    @Test
    void anApprovedExtensionMovesTheReminders() {
        LocalDate dayAfter = f.calendar.plusWorkingDays(due, 1);
        LocalDate later = f.calendar.plusWorkingDays(due, 10);
        Instant asked = Instant.parse("2024-06-10T03:00:00Z");
        jpa.inTenant(f.tenant, em -> {
            Obligation obligation = em.find(Obligation.class, justice);
            Extension extension = Extension.request(
                    obligation, Optional.empty(), later.plusDays(3), "Chờ số liệu cấp huyện", "so-tu-phap", asked);
            em.persist(extension);
            extension.approve(later, "secretariat", asked);
        });
        LocalDate granted = jpa.fromTenant(
                f.tenant, em -> em.find(Obligation.class, justice).dueOn());
        assertThat(granted).isEqualTo(later);

        f.remind(dayAfter);
        LocalDate soon = workingDaysBefore(later, 5);
        f.remind(soon);
        f.remind(f.calendar.plusWorkingDays(later, 1));

        assertThat(f.notices(justice))
                .containsExactlyInAnyOrder(
                        "DUE_SOON " + soon + " so-tu-phap",
                        "DUE_SOON " + soon + " so-tu-phap.head",
                        "OVERDUE " + f.calendar.plusWorkingDays(later, 1) + " so-tu-phap",
                        "OVERDUE " + f.calendar.plusWorkingDays(later, 1) + " so-tu-phap.head");
        assertThat(f.notices(finance))
                .as("still due on the old date")
                .contains("OVERDUE " + dayAfter + " so-tai-chinh");
    }

    @Test
    void nothingGoesToAnAgencyThatSubmitted() {
        f.status(justice, ObligationStatus.SUBMITTED);
        LocalDate day = f.calendar.plusWorkingDays(due, 1);

        f.remind(day);

        assertThat(f.notices(justice)).isEmpty();
        assertThat(f.notices(finance)).isNotEmpty();
        assertThat(f.noticesTo("so-tu-phap"))
                .as("only its older report, still owed")
                .allMatch(n -> n.startsWith("OVERDUE"));
    }

    @Test
    void aReturnedReportCountsAsNotSubmittedAndADraftToo() {
        f.status(justice, ObligationStatus.RETURNED);
        f.status(finance, ObligationStatus.DRAFT);
        LocalDate day = f.calendar.plusWorkingDays(due, 1);

        f.remind(day);

        assertThat(f.notices(justice)).hasSize(2);
        assertThat(f.notices(finance)).hasSize(1);
    }

    @Test
    void theLeaderHearsAfterFiveWorkingDaysOverdueOnceNamingTheAgencyAndTheDays() {
        f.remind(f.calendar.plusWorkingDays(due, 4));
        assertThat(f.notices(justice)).noneMatch(n -> n.startsWith("ESCALATION"));

        LocalDate fifth = f.calendar.plusWorkingDays(due, 5);
        f.remind(fifth);
        f.remind(f.calendar.plusWorkingDays(due, 6));

        assertThat(f.notices(justice))
                .filteredOn(n -> n.startsWith("ESCALATION"))
                .containsExactly("ESCALATION " + fifth + " leader");
        NoticeView escalation = f.as("leader", "LEADER", n -> n.inbox(0, 50)).items().stream()
                .filter(n -> n.kind().equals("ESCALATION") && n.obligationId() == justice)
                .findFirst()
                .orElseThrow();
        assertThat(escalation.subject()).contains("Sở Tư pháp", "quá hạn 5 ngày làm việc");
        assertThat(escalation.body()).contains("Sở Tư pháp chưa gửi báo cáo kỳ 2024-H1", "204/KH-UBND");
    }

    @Test
    void overdueRemindersComeEveryTwoWorkingDays() {
        for (int i = 1; i <= 4; i++) {
            f.remind(f.calendar.plusWorkingDays(due, i));
        }

        assertThat(f.noticesTo("so-tai-chinh"))
                .filteredOn(n -> n.startsWith("OVERDUE"))
                .containsExactly(
                        "OVERDUE " + f.calendar.plusWorkingDays(due, 1),
                        "OVERDUE " + f.calendar.plusWorkingDays(due, 3));
    }

    @Test
    void theSecretariatGetsAWeeklyDigestOfWhoIsLateOldestFirst() {
        LocalDate monday = f.calendar.plusWorkingDays(
                f.calendar.plusWorkingDays(due, 1).with(TemporalAdjusters.next(DayOfWeek.MONDAY)), 0);

        f.remind(monday);
        f.remind(f.calendar.plusWorkingDays(monday, 1));

        List<NoticeView> inbox =
                f.as("secretariat", "SECRETARIAT", n -> n.inbox(0, 50)).items();
        assertThat(inbox).extracting(NoticeView::kind).containsExactly("WEEKLY_DIGEST");
        String body = inbox.get(0).body();
        assertThat(body).contains("Sở Tư pháp: báo cáo kỳ 2023-H2", "Sở Tài chính: báo cáo kỳ 2024-H1");
        assertThat(body.indexOf("kỳ 2023-H2")).isLessThan(body.indexOf("Sở Tư pháp: báo cáo kỳ 2024-H1"));
    }

    @Test
    void anAgencysNoticeSaysWhatWhenAndWhere() {
        LocalDate day = due;
        f.remind(day);

        NoticeView notice = f.as("so-tu-phap", "AGENCY_OFFICER", n -> n.inbox(0, 10)).items().stream()
                .filter(n -> n.obligationId() == justice)
                .findFirst()
                .orElseThrow();
        String deadline = String.format("%02d/%02d/%d", due.getDayOfMonth(), due.getMonthValue(), due.getYear());
        assertThat(notice.kind()).isEqualTo("DUE_TODAY");
        assertThat(notice.subject())
                .isEqualTo("[Đôn Đốc] Hôm nay là hạn gửi báo cáo kỳ 2024-H1 - 204/KH-UBND (hạn " + deadline + ")");
        assertThat(notice.body())
                .startsWith("Kính gửi Sở Tư pháp,")
                .contains("ngày " + deadline, "văn bản số 204/KH-UBND")
                .contains("https://dondoc.example.vn/app/bao-cao.xhtml?obligation=" + justice);
        assertThat(notice.link()).isEqualTo("https://dondoc.example.vn/app/bao-cao.xhtml?obligation=" + justice);
    }

    private LocalDate workingDaysBefore(LocalDate day, int n) {
        LocalDate d = day;
        for (int counted = 0; counted < n; ) {
            d = d.minusDays(1);
            if (f.calendar.isWorkingDay(d)) {
                counted++;
            }
        }
        return d;
    }
}
