package vn.dondoc.reporting.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.dondoc.platform.boundary.InvalidInput;

/** Days overdue as "Việc của tôi" shows them, and the orders a list of obligations takes. */
class ObligationViewTest {

    private static final LocalDate DUE = LocalDate.of(2024, 6, 19);

    @Test
    void onlyAnObligationWithNoReportReceivedIsOverdueAndByCalendarDaysPastItsDeadline() {
        assertThat(owed("PENDING", false).daysOverdue(DUE)).isZero();
        assertThat(owed("PENDING", false).daysOverdue(DUE.plusDays(1))).isEqualTo(1);
        assertThat(owed("DRAFT", false).daysOverdue(LocalDate.of(2024, 7, 19))).isEqualTo(30);
        assertThat(owed("RETURNED", false).daysOverdue(DUE.plusDays(3))).isEqualTo(3);
        assertThat(owed("SUBMITTED", false).daysOverdue(DUE.plusDays(3))).isZero();
        assertThat(owed("APPROVED", false).daysOverdue(DUE.plusDays(3))).isZero();
        assertThat(owed("ACCEPTED", false).daysOverdue(DUE.plusDays(3))).isZero();
        assertThat(owed("PENDING", true).daysOverdue(DUE.plusDays(3)))
                .as("no longer asked for")
                .isZero();
    }

    @Test
    void anOrderIsNamedAsTheApiNamesItAndAnythingElseIsRefused() {
        assertThat(ObligationOrder.of("dueOn")).isEqualTo(ObligationOrder.DUE_ON);
        assertThat(ObligationOrder.of("-due_on")).isEqualTo(ObligationOrder.DUE_ON);
        assertThat(ObligationOrder.of("Period")).isEqualTo(ObligationOrder.PERIOD);
        assertThat(ObligationOrder.STATUS.orderBy(true)).startsWith("o.status DESC, o.dueOn");
        assertThatThrownBy(() -> ObligationOrder.of("tenant_id")).isInstanceOf(InvalidInput.class);
    }

    private static ObligationView owed(String status, boolean orphaned) {
        return new ObligationView(
                1L,
                "so-tu-phap",
                2L,
                "PERIODIC",
                "2024-H1",
                LocalDate.of(2023, 12, 15),
                LocalDate.of(2024, 6, 14),
                DUE,
                DUE,
                status,
                null,
                orphaned,
                null);
    }
}
