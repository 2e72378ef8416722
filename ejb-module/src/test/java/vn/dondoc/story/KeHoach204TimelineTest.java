package vn.dondoc.story;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.dondoc.calendar.control.DayOff;
import vn.dondoc.calendar.control.DayOffReason;
import vn.dondoc.calendar.control.PublicHolidays;
import vn.dondoc.consolidation.boundary.ConsolidatedFile;
import vn.dondoc.consolidation.control.ConsolidatedReport;
import vn.dondoc.explanations.boundary.AnswerInput;
import vn.dondoc.explanations.boundary.ExplanationRequestInput;
import vn.dondoc.explanations.boundary.ExplanationRequestView;
import vn.dondoc.notifications.boundary.NoticeView;
import vn.dondoc.notifications.entity.Notice;
import vn.dondoc.notifications.entity.NoticeKind;
import vn.dondoc.platform.boundary.NotFound;
import vn.dondoc.platform.boundary.Page;
import vn.dondoc.reporting.boundary.ExtensionDecision;
import vn.dondoc.reporting.boundary.ExtensionRequest;
import vn.dondoc.reporting.boundary.ExtensionView;
import vn.dondoc.reporting.boundary.ObligationView;
import vn.dondoc.reporting.boundary.ReportInput;
import vn.dondoc.story.KeHoach204Story.Row;
import vn.dondoc.testing.JpaExtension;
import vn.dondoc.testing.MovableClock;

/**
 * Kế hoạch 204's report for the first half of 2024 (kỳ 2024-H1), told in time order on one tenant
 * with the clock moved day by day: the daily urging job (đôn đốc), the agencies' reports, a request
 * for more time (gia hạn), the leader's escalation and request for explanation (giải trình), the
 * consolidated report (báo cáo tổng hợp), and who may see what. Three agencies play: Sở Tư pháp
 * (A) sends on time, Sở Tài chính (B) is granted a later date and sends by it, Sở Nội vụ (C) never
 * sends; the other departments and districts owe the report too and have no users.
 *
 * <p>What it proves that the tests of each piece do not: that the pieces fit when they run through
 * their real boundaries one after another on the same rows. A report sent through the reports
 * boundary, not a status set by hand, stops the job's reminders; an extension approved through its
 * boundary moves them; the job's runs on consecutive days (a missed night, a weekend, Tết, a second
 * run) record each notice once, on working days of the real calendar only; a request asked and
 * answered through its boundary is urged, then no more; the consolidated Word file is made from the
 * very reports and extension of the story. Dates are worked out with the real calendar
 * ({@code WorkingCalendar}), with a few known facts checked outright: 2024-H1 is due Wednesday
 * 19/06/2024, the job records nothing on a Saturday or Sunday, nor on mùng 1 Tết Ất Tỵ (29/01/2025).
 * Reminder settings are the defaults: N = 5, M = 2, K = 5 (D-029).
 */
class KeHoach204TimelineTest {

    @RegisterExtension
    static final JpaExtension jpa = new JpaExtension();

    private static final String H1 = "2024-H1";
    /** Sends on time. */
    private static final String A = "so-tu-phap";
    /** Is granted a later date, and sends by it. */
    private static final String B = "so-tai-chinh";
    /** Never sends. */
    private static final String C = "so-noi-vu";

    /** The tenant's settings, the defaults: first reminder N working days before the deadline. */
    private static final int N = 5;
    /** Overdue reminders every M working days. */
    private static final int M = 2;
    /** The leader hears K working days after the deadline. */
    private static final int K = 5;

    private static final String A_DID = "Tổ chức 12 hội nghị tuyên truyền Chỉ thị số 46-CT/TU";
    private static final String B_DID = "Bố trí kinh phí tuyên truyền cho 9 huyện, thành phố";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private KeHoach204Story story;
    private long a;
    private long b;
    private long c;
    private LocalDate due;
    private long item;

    @Test
    void theFirstHalfOf2024FromTheFirstReminderToTheConsolidatedReport() throws IOException {
        LocalDate cutOff = LocalDate.of(2024, 6, 14);
        LocalDate start = cutOff.minusDays(6); // Saturday 08/06/2024
        keHoach204AsOf(start);
        story.reportsDueBeforeAccepted(start);
        assertThat(due)
                .as("three working days after the cut-off")
                .isEqualTo(story.plusWorkingDays(cutOff, 3))
                .isEqualTo(LocalDate.of(2024, 6, 19));
        LocalDate soon = story.workingDaysBefore(due, N);
        LocalDate escalated = story.plusWorkingDays(due, K);
        LocalDate granted = story.plusWorkingDays(due, 8);

        story.daysPassUntil(soon); // Wed 12/06: everyone's DUE_SOON
        bAsksForMoreTime(story.plusWorkingDays(due, 10));
        story.daysPassUntil(story.plusWorkingDays(soon, 1));
        theSecretariatGrantsB(granted); // Mon 01/07, less than asked
        story.daysPassUntil(story.plusWorkingDays(soon, 3));
        Instant aSent = sends(A, a, A_DID, "120"); // Mon 17/06, before the deadline
        story.daysPassUntil(story.plusWorkingDays(soon, 4));
        story.reports(A + ".head", r -> r.approve(a, null));
        story.daysPassUntil(due);
        story.reports(KeHoach204Story.SECRETARIAT, r -> r.accept(a, null));
        story.daysPassUntil(story.plusWorkingDays(escalated, 1)); // Wed 26/06 the leader heard of C
        LocalDate answerBy = story.plusWorkingDays(story.today(), N + 2);
        ExplanationRequestView asked = theLeaderAsksCToExplain(answerBy);
        story.daysPassUntil(granted);
        Instant bSent = sends(B, b, B_DID, "30"); // on its new date, after that morning's DUE_TODAY
        story.clock.at(granted, LocalTime.of(14, 0));
        Instant answering = story.clock.instant();
        ExplanationRequestView answered = cAnswers(asked); // after that morning's reminder to answer
        story.daysPassUntil(story.plusWorkingDays(granted, 1));
        story.reports(B + ".head", r -> r.approve(b, null));
        story.reports(KeHoach204Story.SECRETARIAT, r -> r.accept(b, null));
        LocalDate end = story.plusWorkingDays(granted, 5);
        story.daysPassUntil(end); // Mon 08/07

        List<Row> notices = story.notices();
        theJobRecordedOnWorkingDaysOnlyAndEachNoticeOnce(notices);
        aHeardOnlyBeforeItSent(notices, soon, aSent);
        bsRemindersFollowedItsNewDate(notices, soon, granted, bSent);
        cWasUrgedEveryOtherWorkingDayAndTheLeaderHeardOnce(notices, soon, escalated, end);
        theRequestWasUrgedUntilAnswered(notices, asked, answered, answerBy, answering);
        theSecretariatsWeeklyDigestNamesCNotAOrB();
        theConsolidatedDocxHoldsBothReportsTheSumCAndBsExtension(granted);
        eachAgencySeesItsOwnAndAnotherProvinceNothing(asked, end);
    }

    @Test
    void anAgencyThatNeverSendsIsStillUrgedInTheNewYearButNotOnTet() {
        LocalDate tet = LocalDate.of(2025, 1, 29); // mùng 1 Tết Ất Tỵ
        List<LocalDate> tetDays = PublicHolidays.of(2025).stream()
                .filter(d -> d.reason() == DayOffReason.TET)
                .map(DayOff::date)
                .toList();
        assertThat(tetDays).contains(tet);
        LocalDate start = tet.minusDays(9); // Monday 20/01/2025
        LocalDate end = tet.plusDays(9); // Friday 07/02/2025
        keHoach204AsOf(start);
        story.reportsDueBeforeAccepted(start, c); // everyone sent everything, but C its 2024-H1 report

        story.daysPassUntil(end);

        assertThat(story.daysOff())
                .as("the weekends and the days of Tết in the walk")
                .contains(tet)
                .containsAll(tetDays.stream()
                        .filter(d -> !d.isBefore(start) && !d.isAfter(end))
                        .toList())
                .allMatch(d -> weekend(d) || isHoliday(d));
        assertThat(story.recordedOnDaysOff()).isZero();
        assertThat(story.recordedOnSecondRuns()).isZero();
        List<Row> notices = story.notices();
        assertThat(notices)
                .isNotEmpty()
                .extracting(Row::createdOn)
                .doesNotContain(tet)
                .noneMatch(tetDays::contains);
        assertThat(notices).filteredOn(n -> n.obligationId() != null).allMatch(n -> n.obligationId() == c);

        List<Row> toC = notices.stream().filter(n -> n.obligationId() != null).toList();
        assertThat(toC)
                .filteredOn(n -> n.kind() == NoticeKind.ESCALATION)
                .as("missed since June, caught up once on the first run")
                .extracting(Row::occurrence, Row::createdOn, Row::recipient)
                .containsExactly(tuple(story.plusWorkingDays(due, K), start, KeHoach204Story.LEADER));
        List<LocalDate> overdue = new ArrayList<>();
        for (int k = 1; !story.plusWorkingDays(due, k).isAfter(end); k += M) {
            LocalDate occurrence = story.plusWorkingDays(due, k);
            if (occurrence.isAfter(start)) {
                overdue.add(occurrence);
            } else {
                overdue.clear(); // a run catches up the latest occurrence only
                overdue.add(occurrence);
            }
        }
        assertThat(toC)
                .filteredOn(n -> n.kind() == NoticeKind.OVERDUE && n.recipient().equals(C))
                .extracting(Row::occurrence)
                .containsExactlyElementsOf(overdue)
                .noneMatch(tetDays::contains)
                .allMatch(story.calendar::isWorkingDay);
        assertThat(toC).extracting(Row::kind).containsOnly(NoticeKind.OVERDUE, NoticeKind.ESCALATION);
    }

    // --- the story's steps ---

    /**
     * Kế hoạch 204 in a new province on {@code day}, its obligations as of that day; the three agencies' 2024-H1 obligations, all due on the same day, and an item
     * A and B both hold.
     */
    private void keHoach204AsOf(LocalDate day) {
        story = new KeHoach204Story(jpa, day, A, B, C);
        a = story.obligation(A, H1);
        b = story.obligation(B, H1);
        c = story.obligation(C, H1);
        due = story.obligationRow(a).dueOn();
        assertThat(List.of(
                        story.obligationRow(b).dueOn(), story.obligationRow(c).dueOn()))
                .containsOnly(due);
        item = story.itemHeldByAll(A, B);
    }

    private void bAsksForMoreTime(LocalDate requested) {
        ExtensionRequest request = new ExtensionRequest();
        request.requestedDueOn = requested;
        request.reason = "Chờ số liệu quyết toán kinh phí của các huyện";
        ObligationView asked = story.extensions(B, e -> e.request(b, request));
        assertThat(asked.extension().status()).isEqualTo("PENDING");
        assertThat(asked.dueOn()).isEqualTo(due);
    }

    /** The secretariat grants B less than it asked, but later than the plan's date. */
    private void theSecretariatGrantsB(LocalDate granted) {
        ExtensionDecision decision = new ExtensionDecision();
        decision.dueOn = granted;
        ObligationView approved = story.extensions(KeHoach204Story.SECRETARIAT, e -> e.approve(b, decision));
        assertThat(approved.dueOn()).isEqualTo(granted);
        assertThat(approved.originalDueOn()).isEqualTo(due);
    }

    /**
     * The agency's officer writes its report on the shared item, with the figure "Số vụ việc" in
     * "vụ", and sends it: now.
     */
    private Instant sends(String agency, long obligation, String narrative, String cases) {
        ReportInput input = new ReportInput();
        input.summary = "Báo cáo kết quả 6 tháng đầu năm 2024";
        ReportInput.Entry entry = new ReportInput.Entry();
        entry.itemId = item;
        entry.narrative = narrative;
        ReportInput.Figure figure = new ReportInput.Figure();
        figure.name = "Số vụ việc";
        figure.numerator = new BigDecimal(cases);
        figure.unit = "vụ";
        entry.figures.add(figure);
        input.entries.add(entry);
        story.reports(agency, r -> r.save(obligation, input, null));
        assertThat(story.reports(agency, r -> r.submit(obligation, null, null)).status())
                .isEqualTo("SUBMITTED");
        return story.clock.instant();
    }

    private ExplanationRequestView theLeaderAsksCToExplain(LocalDate answerBy) {
        ExplanationRequestInput input = new ExplanationRequestInput();
        input.agencyCode = C;
        input.obligationId = c;
        input.question = "Đề nghị Sở Nội vụ giải trình lý do chưa gửi báo cáo kỳ 6 tháng đầu năm 2024";
        input.answerBy = answerBy;
        ExplanationRequestView asked = story.explanations(KeHoach204Story.LEADER, r -> r.ask(input));
        assertThat(asked.status()).isEqualTo("OPEN");
        return asked;
    }

    private ExplanationRequestView cAnswers(ExplanationRequestView asked) {
        AnswerInput answer = new AnswerInput();
        answer.text = "Do chưa tổng hợp được số liệu của các phòng nội vụ cấp huyện";
        return story.explanations(C, r -> r.answer(asked.id(), answer));
    }

    // --- what the story shows ---

    private void theJobRecordedOnWorkingDaysOnlyAndEachNoticeOnce(List<Row> notices) {
        assertThat(story.daysOff())
                .as("no holiday falls between 08/06 and 08/07/2024: the days off are the weekends")
                .contains(LocalDate.of(2024, 6, 15), LocalDate.of(2024, 6, 16))
                .allMatch(KeHoach204TimelineTest::weekend);
        assertThat(story.recordedOnDaysOff()).isZero();
        assertThat(story.recordedOnSecondRuns()).isZero();
        assertThat(notices).isNotEmpty().allSatisfy(n -> {
            assertThat(weekend(n.createdOn())).as(n.line()).isFalse();
            assertThat(weekend(n.occurrence())).as(n.line()).isFalse();
        });
        assertThat(notices)
                .filteredOn(n -> n.obligationId() != null)
                .as("everything due before 08/06 was sent, 2024-Y is not near: only 2024-H1 is urged")
                .allMatch(
                        n -> story.obligationRow(n.obligationId()).periodLabel().equals(H1));
    }

    private void aHeardOnlyBeforeItSent(List<Row> notices, LocalDate soon, Instant sent) {
        assertThat(lines(notices, a)).containsExactlyElementsOf(toAgency(A, NoticeKind.DUE_SOON, soon));
        assertThat(notices)
                .filteredOn(n -> A.equals(n.agencyCode()) || n.recipient().startsWith(A))
                .allMatch(n -> n.createdAt().isBefore(sent));
    }

    private void bsRemindersFollowedItsNewDate(List<Row> notices, LocalDate soon, LocalDate granted, Instant sent) {
        List<String> expected = new ArrayList<>(toAgency(B, NoticeKind.DUE_SOON, soon));
        expected.addAll(toAgency(B, NoticeKind.DUE_SOON, story.workingDaysBefore(granted, N)));
        expected.addAll(toAgency(B, NoticeKind.DUE_TODAY, granted));
        assertThat(lines(notices, b))
                .as("neither due on the plan's date nor overdue after it")
                .containsExactlyElementsOf(expected);
        assertThat(notices)
                .filteredOn(n -> B.equals(n.agencyCode()))
                .allMatch(n -> n.createdAt().isBefore(sent));
    }

    private void cWasUrgedEveryOtherWorkingDayAndTheLeaderHeardOnce(
            List<Row> notices, LocalDate soon, LocalDate escalated, LocalDate end) {
        List<String> expected = new ArrayList<>(toAgency(C, NoticeKind.DUE_SOON, soon));
        expected.addAll(toAgency(C, NoticeKind.DUE_TODAY, due));
        for (int k = 1; !story.plusWorkingDays(due, k).isAfter(end); k += M) {
            expected.addAll(toAgency(C, NoticeKind.OVERDUE, story.plusWorkingDays(due, k)));
        }
        assertThat(lines(notices, c)).containsExactlyElementsOf(expected);

        List<Row> escalations =
                notices.stream().filter(n -> n.kind() == NoticeKind.ESCALATION).toList();
        assertThat(escalations)
                .as("K working days overdue, not before, to the leader")
                .allSatisfy(n -> {
                    assertThat(n.occurrence()).isEqualTo(escalated);
                    assertThat(n.createdOn()).isEqualTo(escalated);
                    assertThat(n.recipient()).isEqualTo(KeHoach204Story.LEADER);
                });
        List<String> late = new ArrayList<>(story.agenciesOwing(H1));
        late.removeAll(List.of(A, B));
        assertThat(escalations)
                .extracting(Row::agencyCode)
                .as("every agency late on 2024-H1, once each: C and those with nobody to remind")
                .containsExactlyInAnyOrderElementsOf(late)
                .containsOnlyOnce(C);
    }

    private void theRequestWasUrgedUntilAnswered(
            List<Row> notices,
            ExplanationRequestView asked,
            ExplanationRequestView answered,
            LocalDate answerBy,
            Instant answering) {
        assertThat(answered.status()).isEqualTo("ANSWERED");
        assertThat(answered.answerBy()).isEqualTo(answerBy);
        assertThat(answered.answeredBy()).isEqualTo(C);
        assertThat(answered.answeredLate()).isFalse();
        assertThat(answered.answeredAt()).isEqualTo(answering).isAfter(answered.askedAt());
        ExplanationRequestView read = story.explanations(KeHoach204Story.LEADER, r -> r.one(asked.id()));
        assertThat(read).isEqualTo(answered);

        List<Row> urged = notices.stream()
                .filter(n -> n.topic().equals(Notice.explanationTopic(asked.id())))
                .toList();
        assertThat(lines(urged))
                .as("due soon, then answered before its day: no more")
                .containsExactlyElementsOf(toAgency(C, NoticeKind.DUE_SOON, story.workingDaysBefore(answerBy, N)));
        assertThat(urged)
                .allMatch(n ->
                        n.createdAt().isAfter(asked.askedAt()) && n.createdAt().isBefore(answered.answeredAt()));
    }

    private void theSecretariatsWeeklyDigestNamesCNotAOrB() {
        List<NoticeView> digests = story.notifications(KeHoach204Story.SECRETARIAT, n -> n.inbox(0, 50))
                .items();
        assertThat(digests).extracting(NoticeView::occurrence).doesNotHaveDuplicates();
        assertThat(digests).isNotEmpty().allSatisfy(d -> {
            assertThat(d.kind()).isEqualTo("WEEKLY_DIGEST");
            assertThat(d.createdAt()).as("nobody is late before the deadline").isAfter(story.endOf(due));
            assertThat(d.occurrence().getDayOfWeek())
                    .as("the week's first working day: no Monday off in June and July 2024")
                    .isEqualTo(DayOfWeek.MONDAY);
            assertThat(LocalDate.ofInstant(d.createdAt(), MovableClock.VIETNAM))
                    .as("recorded that week, the first week on the first day someone was late")
                    .isBetween(d.occurrence(), d.occurrence().plusDays(4));
            assertThat(d.body())
                    .contains("Sở Nội vụ: báo cáo kỳ 2024-H1")
                    .doesNotContain("Sở Tư pháp: báo cáo", "Sở Tài chính: báo cáo");
        });
    }

    private void theConsolidatedDocxHoldsBothReportsTheSumCAndBsExtension(LocalDate granted) throws IOException {
        ConsolidatedReport report =
                story.consolidation(KeHoach204Story.SECRETARIAT, x -> x.report(story.documentId, H1));
        assertThat(report.header().agenciesReported()).isEqualTo(2);
        assertThat(report.notReported())
                .extracting(ConsolidatedReport.Missing::agencyCode)
                .contains(C)
                .doesNotContain(A, B)
                .hasSize(story.agenciesOwing(H1).size() - 2);
        assertThat(report.extensions())
                .extracting(
                        ConsolidatedReport.Extension::agencyCode,
                        ConsolidatedReport.Extension::originalDueOn,
                        ConsolidatedReport.Extension::dueOn)
                .containsExactly(tuple(B, due, granted));

        ConsolidatedFile file = story.consolidation(KeHoach204Story.SECRETARIAT, x -> x.docx(story.documentId, H1));
        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(file.content()));
                XWPFWordExtractor extractor = new XWPFWordExtractor(docx)) {
            String text = extractor.getText();
            int heading = text.indexOf(story.itemHeading(item));
            assertThat(heading).as("the shared item's heading").isNotNegative();
            assertThat(text.indexOf("Sở Tư pháp: " + A_DID)).isGreaterThan(heading);
            assertThat(text.indexOf("Sở Tài chính: " + B_DID)).isGreaterThan(heading);
            assertThat(figureRow(docx, "Số vụ việc"))
                    .as("name, unit, sum, rate, who")
                    .containsExactly("Số vụ việc", "vụ", "150", "", "Sở Tài chính: 30; Sở Tư pháp: 120");
            assertThat(text)
                    .contains("Chưa gửi báo cáo (" + report.notReported().size() + "):")
                    .contains("- Sở Nội vụ (hạn " + DATE.format(due) + ");")
                    .contains("- Sở Tài chính: gia hạn từ " + DATE.format(due) + " đến " + DATE.format(granted) + ";")
                    .doesNotContain("- Sở Tư pháp (hạn", "- Sở Tài chính (hạn");
        }
    }

    private void eachAgencySeesItsOwnAndAnotherProvinceNothing(ExplanationRequestView asked, LocalDate today) {
        for (String user : List.of(A, A + ".head", B, B + ".head", C, C + ".head")) {
            String agency = user.replace(".head", "");
            Page<NoticeView> inbox = story.notifications(user, n -> n.inbox(0, 100));
            assertThat(inbox.items())
                    .as(user)
                    .isNotEmpty()
                    .extracting(NoticeView::agencyCode)
                    .containsOnly(agency);
            assertThat(inbox.total()).as(user).isEqualTo(story.noticeIdsOf(user).size());
        }
        long cNotice = story.noticeIdsOf(C).get(0);
        assertThatThrownBy(() -> story.notifications(A, n -> n.markRead(cNotice)))
                .isInstanceOf(NotFound.class);

        assertThat(story.extensions(A, e -> e.list(null, null, null, 0, 50)).total())
                .isZero();
        assertThat(story.extensions(B, e -> e.list(null, null, null, 0, 50)).items())
                .extracting(ExtensionView::agencyCode, ExtensionView::status)
                .containsExactly(tuple(B, "APPROVED"));
        assertThat(story.extensions(C, e -> e.list(null, B, null, 0, 50)).total())
                .isZero();
        assertThatThrownBy(() -> story.extensions(A, e -> e.history(b))).isInstanceOf(NotFound.class);

        assertThat(story.explanations(C + ".head", r -> r.list(null, null, 0, 50))
                        .items())
                .extracting(ExplanationRequestView::id)
                .containsExactly(asked.id());
        assertThat(story.explanations(A, r -> r.list(null, null, 0, 50)).total())
                .isZero();
        assertThatThrownBy(() -> story.explanations(A, r -> r.one(asked.id()))).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> story.reports(A, r -> r.current(c))).isInstanceOf(NotFound.class);

        // A province next door: the same directory, users of the same names, none of these rows.
        KeHoach204Story neighbour = KeHoach204Story.neighbour(jpa, today, C);
        assertThatThrownBy(() -> neighbour.notifications(C, n -> n.markRead(cNotice)))
                .isInstanceOf(NotFound.class);
        assertThat(neighbour.notifications(C, n -> n.inbox(0, 50)).total()).isZero();
        assertThatThrownBy(() -> neighbour.extensions(KeHoach204Story.SECRETARIAT, e -> e.history(b)))
                .isInstanceOf(NotFound.class);
        assertThat(neighbour
                        .extensions(KeHoach204Story.SECRETARIAT, e -> e.list(null, null, null, 0, 50))
                        .total())
                .isZero();
        assertThatThrownBy(() -> neighbour.explanations(KeHoach204Story.LEADER, r -> r.one(asked.id())))
                .isInstanceOf(NotFound.class);
        assertThat(neighbour
                        .explanations(KeHoach204Story.LEADER, r -> r.list(null, null, 0, 50))
                        .total())
                .isZero();
        assertThatThrownBy(() -> neighbour.reports(KeHoach204Story.SECRETARIAT, r -> r.current(a)))
                .isInstanceOf(NotFound.class);
        assertThatThrownBy(
                        () -> neighbour.consolidation(KeHoach204Story.SECRETARIAT, x -> x.report(story.documentId, H1)))
                .isInstanceOf(NotFound.class);
    }

    // --- reading ---

    /**
     * The reminders about one obligation to its agency, as "KIND occurrence recipient", in the order
     * recorded (the recipients of one run in the order of their names).
     */
    private static List<String> lines(List<Row> notices, long obligation) {
        return lines(notices.stream()
                .filter(n -> n.obligationId() != null && n.obligationId() == obligation)
                .filter(Predicate.not(n -> n.kind() == NoticeKind.ESCALATION))
                .toList());
    }

    private static List<String> lines(List<Row> notices) {
        return notices.stream()
                .sorted(Comparator.comparing(Row::createdAt).thenComparing(Row::line))
                .map(Row::line)
                .toList();
    }

    /** One reminder to the agency's officer and head. */
    private static List<String> toAgency(String agency, NoticeKind kind, LocalDate occurrence) {
        return List.of(kind + " " + occurrence + " " + agency, kind + " " + occurrence + " " + agency + ".head");
    }

    /** The cells of the figure table's row for {@code name}. */
    private static List<String> figureRow(XWPFDocument docx, String name) {
        for (XWPFTable table : docx.getTables()) {
            for (XWPFTableRow row : table.getRows()) {
                List<String> cells =
                        row.getTableCells().stream().map(XWPFTableCell::getText).toList();
                if (!cells.isEmpty() && cells.get(0).equals(name)) {
                    return cells;
                }
            }
        }
        return List.of();
    }

    private static boolean weekend(LocalDate day) {
        return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
    }

    private static boolean isHoliday(LocalDate day) {
        return PublicHolidays.of(day.getYear()).stream().anyMatch(d -> d.date().equals(day));
    }
}
