package vn.dondoc.reporting.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.dondoc.agencies.entity.Agency;
import vn.dondoc.agencies.entity.AgencyKind;
import vn.dondoc.platform.boundary.Conflict;
import vn.dondoc.platform.boundary.InvalidInput;
import vn.dondoc.platform.boundary.Unprocessable;

/**
 * The rules of a request for more time, without a database: Sở Tư pháp's 2024-H1 report, due
 * 19/06/2024 by the regime, asks for 05/07/2024.
 */
class ExtensionTest {

    private static final LocalDate DUE = LocalDate.of(2024, 6, 19);
    private static final LocalDate ASKED = LocalDate.of(2024, 7, 5);
    private static final Instant ASKED_AT = Instant.parse("2024-06-17T02:00:00Z");
    private static final Instant DECIDED_AT = Instant.parse("2024-06-18T08:30:00Z");

    private final Obligation h1 = new Obligation(
            1L,
            new Agency("Sở Tư pháp", null, AgencyKind.DEPARTMENT, List.of()),
            ObligationKind.PERIODIC,
            "2024-H1",
            LocalDate.of(2023, 12, 15),
            LocalDate.of(2024, 6, 14),
            DUE);

    @Test
    void aRequestWaitsWithTheDeadlineItAsksToMoveAndChangesNothingYet() {
        Extension asked = ask(ASKED, "  Chờ số liệu của các huyện  ");

        assertThat(asked.status()).isEqualTo(ExtensionStatus.PENDING);
        assertThat(asked.dueOnBefore()).isEqualTo(DUE);
        assertThat(asked.requestedDueOn()).isEqualTo(ASKED);
        assertThat(asked.reason()).isEqualTo("Chờ số liệu của các huyện");
        assertThat(asked.requestedBy()).isEqualTo("so-tu-phap");
        assertThat(asked.requestedAt()).isEqualTo(ASKED_AT);
        assertThat(h1.dueOn()).isEqualTo(DUE);
        assertThat(h1.originalDueOn()).isEqualTo(DUE);
    }

    @Test
    void anApprovalMayGrantAnotherDateThanAskedWhichBecomesTheDeadlineWhileTheOriginalStays() {
        Extension asked = ask(ASKED, "Chờ số liệu");
        LocalDate granted = LocalDate.of(2024, 6, 28);

        asked.approve(granted, "secretariat", DECIDED_AT);

        assertThat(asked.status()).isEqualTo(ExtensionStatus.APPROVED);
        assertThat(asked.grantedDueOn()).isEqualTo(granted);
        assertThat(asked.decidedBy()).isEqualTo("secretariat");
        assertThat(asked.decidedAt()).isEqualTo(DECIDED_AT);
        assertThat(h1.dueOn()).isEqualTo(granted);
        assertThat(h1.originalDueOn()).isEqualTo(DUE);
        assertThat(h1.extendedDueOn()).isEqualTo(granted);
    }

    @Test
    void aRefusalKeepsTheDeadlineAndSaysWhy() {
        Extension asked = ask(ASKED, "Chờ số liệu");

        asked.refuse("  Số liệu đã có từ 14/6  ", "secretariat", DECIDED_AT);

        assertThat(asked.status()).isEqualTo(ExtensionStatus.REFUSED);
        assertThat(asked.comment()).isEqualTo("Số liệu đã có từ 14/6");
        assertThat(asked.grantedDueOn()).isNull();
        assertThat(h1.dueOn()).isEqualTo(DUE);
    }

    @Test
    void aRequestNeedsADateAfterTheDeadlineAndAReason() {
        assertThatThrownBy(() -> ask(null, "Chờ số liệu"))
                .isInstanceOf(InvalidInput.class)
                .hasMessageStartingWith("requestedDueOn: ");
        assertThatThrownBy(() -> ask(ASKED, "   "))
                .isInstanceOf(InvalidInput.class)
                .hasMessageStartingWith("reason: ");
        assertThatThrownBy(() -> ask(ASKED, "x".repeat(Extension.MAX_TEXT + 1)))
                .isInstanceOf(InvalidInput.class)
                .hasMessageStartingWith("reason: ");
        assertThatThrownBy(() -> ask(DUE, "Chờ số liệu"))
                .isInstanceOf(Unprocessable.class)
                .hasMessageStartingWith("requestedDueOn: ")
                .hasMessageContaining("2024-06-19");
        assertThatThrownBy(() -> ask(DUE.minusDays(3), "Chờ số liệu")).isInstanceOf(Unprocessable.class);
    }

    @Test
    void oneRequestAtATimeMayWait() {
        Extension first = ask(ASKED, "Chờ số liệu");

        assertThatThrownBy(() -> Extension.request(
                        h1, Optional.of(first), ASKED.plusDays(3), "Thêm thời gian", "so-tu-phap", ASKED_AT))
                .isInstanceOf(Conflict.class)
                .hasMessageContaining("2024-07-05");
        first.refuse("Không có căn cứ", "secretariat", DECIDED_AT);
        assertThat(Extension.request(h1, Optional.empty(), ASKED, "Lý do mới", "so-tu-phap", DECIDED_AT)
                        .status())
                .isEqualTo(ExtensionStatus.PENDING);
    }

    @Test
    void aSecondRequestAsksForADateAfterTheGrantedOneAndItsApprovalNeverShortensIt() {
        ask(ASKED, "Chờ số liệu").approve(ASKED, "secretariat", DECIDED_AT);

        assertThatThrownBy(() -> ask(ASKED, "Thêm nữa"))
                .isInstanceOf(Unprocessable.class)
                .hasMessageContaining("2024-07-05");
        Extension second = ask(LocalDate.of(2024, 7, 19), "Thêm nữa");
        assertThatThrownBy(() -> second.approve(LocalDate.of(2024, 7, 1), "secretariat", DECIDED_AT))
                .isInstanceOf(Unprocessable.class)
                .hasMessageStartingWith("dueOn: ")
                .hasMessageContaining("2024-07-05")
                .hasMessageContaining("2024-06-19");
        second.approve(LocalDate.of(2024, 7, 12), "secretariat", DECIDED_AT);
        assertThat(h1.dueOn()).isEqualTo(LocalDate.of(2024, 7, 12));
        assertThat(h1.originalDueOn()).isEqualTo(DUE);
    }

    @Test
    void anApprovalNeedsADateAfterTheOriginalAndARefusalAComment() {
        Extension asked = ask(ASKED, "Chờ số liệu");

        assertThatThrownBy(() -> asked.approve(null, "secretariat", DECIDED_AT))
                .isInstanceOf(InvalidInput.class)
                .hasMessageStartingWith("dueOn: ");
        assertThatThrownBy(() -> asked.approve(DUE, "secretariat", DECIDED_AT))
                .isInstanceOf(Unprocessable.class)
                .hasMessageStartingWith("dueOn: ");
        assertThatThrownBy(() -> asked.refuse(" ", "secretariat", DECIDED_AT))
                .isInstanceOf(InvalidInput.class)
                .hasMessageStartingWith("comment: ");
        assertThatThrownBy(() -> asked.refuse(null, "secretariat", DECIDED_AT))
                .isInstanceOf(InvalidInput.class)
                .hasMessageStartingWith("comment: ");
        assertThat(asked.status()).as("still waiting").isEqualTo(ExtensionStatus.PENDING);
        assertThat(h1.dueOn()).isEqualTo(DUE);
    }

    @Test
    void aDecidedRequestIsNotDecidedAgain() {
        Extension approved = ask(ASKED, "Chờ số liệu");
        approved.approve(ASKED, "secretariat", DECIDED_AT);

        assertThatThrownBy(() -> approved.refuse("Đổi ý", "secretariat", DECIDED_AT))
                .isInstanceOf(Conflict.class);
        assertThatThrownBy(() -> approved.approve(ASKED.plusDays(1), "secretariat", DECIDED_AT))
                .isInstanceOf(Conflict.class);
        assertThat(h1.dueOn()).isEqualTo(ASKED);
    }

    @Test
    void aReportSentNeedsNoExtensionAndAReturnedOneMayAskAgain() {
        Report report = new Report(h1, ASKED_AT);
        h1.follow(report);
        assertThat(ask(ASKED, "Bản nháp chưa xong").status()).as("a draft").isEqualTo(ExtensionStatus.PENDING);

        Obligation other = new Obligation(
                2L,
                new Agency("Sở Nội vụ", null, AgencyKind.DEPARTMENT, List.of()),
                ObligationKind.PERIODIC,
                "2024-H1",
                LocalDate.of(2023, 12, 15),
                LocalDate.of(2024, 6, 14),
                DUE);
        Report sent = new Report(other, ASKED_AT);
        sent.submit(ASKED_AT);
        other.follow(sent);
        assertThatThrownBy(() -> Extension.request(other, Optional.empty(), ASKED, "x", "so-noi-vu", ASKED_AT))
                .isInstanceOf(Conflict.class);
        sent.approve(ASKED_AT);
        sent.accept(ASKED_AT);
        other.follow(sent);
        assertThatThrownBy(() -> Extension.request(other, Optional.empty(), ASKED, "x", "so-noi-vu", ASKED_AT))
                .isInstanceOf(Conflict.class)
                .hasMessageContaining("ACCEPTED");

        Obligation third = new Obligation(
                3L,
                new Agency("Sở Y tế", null, AgencyKind.DEPARTMENT, List.of()),
                ObligationKind.PERIODIC,
                "2024-H1",
                LocalDate.of(2023, 12, 15),
                LocalDate.of(2024, 6, 14),
                DUE);
        Report returned = new Report(third, ASKED_AT);
        returned.submit(ASKED_AT);
        returned.returnForRevision(ObligationStatus.SUBMITTED, ASKED_AT);
        third.follow(returned);
        assertThat(Extension.request(third, Optional.empty(), ASKED, "Sửa theo ý kiến", "so-y-te", ASKED_AT)
                        .status())
                .isEqualTo(ExtensionStatus.PENDING);
    }

    @Test
    void aRequestMadeInTimeMayBeApprovedAfterTheReportWasSentButNotOnceItWasAccepted() {
        Extension first = ask(ASKED, "Chờ số liệu");
        Report report = new Report(h1, ASKED_AT);
        report.submit(ASKED_AT);
        h1.follow(report);

        first.approve(LocalDate.of(2024, 6, 28), "secretariat", DECIDED_AT);
        assertThat(h1.dueOn()).as("submitted, not yet accepted").isEqualTo(LocalDate.of(2024, 6, 28));

        report.returnForRevision(ObligationStatus.SUBMITTED, DECIDED_AT);
        h1.follow(report);
        Extension second = ask(ASKED, "Sửa theo ý kiến của thủ trưởng");
        report.submit(DECIDED_AT);
        report.approve(DECIDED_AT);
        report.accept(DECIDED_AT);
        h1.follow(report);

        assertThatThrownBy(() -> second.approve(ASKED, "secretariat", DECIDED_AT))
                .isInstanceOf(Conflict.class)
                .hasMessageContaining("accepted");
        second.refuse("Báo cáo đã được tiếp nhận", "secretariat", DECIDED_AT);
        assertThat(second.status()).isEqualTo(ExtensionStatus.REFUSED);
        assertThat(h1.dueOn()).isEqualTo(LocalDate.of(2024, 6, 28));
    }

    @Test
    void anOrphanedObligationIsNotExtended() {
        h1.orphan();

        assertThatThrownBy(() -> ask(ASKED, "Chờ số liệu")).isInstanceOf(Conflict.class);
    }

    @Test
    void aNewRegimeMovesTheOriginalAndKeepsTheGrantedDateUnlessItGivesMore() {
        ask(ASKED, "Chờ số liệu").approve(ASKED, "secretariat", DECIDED_AT);

        h1.reschedule(LocalDate.of(2024, 6, 21));
        assertThat(h1.originalDueOn()).isEqualTo(LocalDate.of(2024, 6, 21));
        assertThat(h1.dueOn()).as("the grant holds").isEqualTo(ASKED);

        h1.reschedule(LocalDate.of(2024, 7, 10));
        assertThat(h1.dueOn()).as("never less than everyone else gets").isEqualTo(LocalDate.of(2024, 7, 10));

        h1.reschedule(LocalDate.of(2024, 6, 20));
        assertThat(h1.dueOn()).as("the grant is kept, not lost to the regime").isEqualTo(ASKED);
        assertThat(h1.originalDueOn()).isEqualTo(LocalDate.of(2024, 6, 20));
    }

    @Test
    void withoutAnExtensionARescheduleMovesBothDates() {
        h1.reschedule(LocalDate.of(2024, 6, 21));

        assertThat(h1.dueOn()).isEqualTo(LocalDate.of(2024, 6, 21));
        assertThat(h1.originalDueOn()).isEqualTo(LocalDate.of(2024, 6, 21));
        assertThat(h1.extendedDueOn()).isNull();
    }

    private Extension ask(LocalDate date, String reason) {
        return Extension.request(h1, Optional.empty(), date, reason, "so-tu-phap", ASKED_AT);
    }
}
