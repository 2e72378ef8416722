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
import vn.dondoc.items.entity.AgencyDeadline;
import vn.dondoc.items.entity.Item;
import vn.dondoc.items.entity.Schedule;
import vn.dondoc.platform.boundary.Conflict;
import vn.dondoc.platform.boundary.InvalidInput;
import vn.dondoc.platform.boundary.Unprocessable;

/**
 * The rules of a request for more time on a dated item for one agency, without a database: item
 * II.5.c of Kế hoạch 204 is due 31/12/2024; Sở Tư pháp leads it and asks for 31/01/2025, Công an
 * tỉnh coordinates it and keeps the item's date.
 */
class ItemExtensionTest {

    private static final LocalDate DUE = LocalDate.of(2024, 12, 31);
    private static final LocalDate ASKED = LocalDate.of(2025, 1, 31);
    private static final Instant ASKED_AT = Instant.parse("2024-12-20T02:00:00Z");
    private static final Instant DECIDED_AT = Instant.parse("2024-12-23T08:30:00Z");

    private final Agency justice = new Agency("Sở Tư pháp", null, AgencyKind.DEPARTMENT, List.of());
    private final Agency police = new Agency("Công an tỉnh", null, AgencyKind.DEPARTMENT, List.of());
    private final Item item = dated(DUE);
    private final AgencyDeadline justiceDeadline = new AgencyDeadline(item, justice);
    private final ItemDeadline assigned = new ItemDeadline(justiceDeadline, true);

    @Test
    void aRequestOnAnAssignedDatedItemWaitsWithTheItemsDeadlineAndNamesItsAgency() {
        Extension asked = ask(assigned, ASKED, "  Chờ kết quả rà soát  ");

        assertThat(asked.status()).isEqualTo(ExtensionStatus.PENDING);
        assertThat(asked.item()).isSameAs(item);
        assertThat(asked.obligation()).isNull();
        assertThat(asked.agency()).isSameAs(justice);
        assertThat(asked.dueOnBefore()).isEqualTo(DUE);
        assertThat(asked.reason()).isEqualTo("Chờ kết quả rà soát");
        assertThat(justiceDeadline.granted()).as("nothing granted yet").isFalse();
        assertThat(justiceDeadline.dueOn()).isEqualTo(DUE);
    }

    @Test
    void anApprovalMovesOnlyThatAgencysDeadlineAndTheItemKeepsItsOwnDate() {
        Extension asked = ask(assigned, ASKED, "Chờ kết quả rà soát");
        LocalDate granted = LocalDate.of(2025, 1, 15);

        asked.approve(assigned, granted, "secretariat", DECIDED_AT);

        assertThat(asked.status()).isEqualTo(ExtensionStatus.APPROVED);
        assertThat(asked.grantedDueOn()).isEqualTo(granted);
        assertThat(asked.decidedAt()).isEqualTo(DECIDED_AT);
        assertThat(justiceDeadline.granted()).isTrue();
        assertThat(justiceDeadline.dueOn()).isEqualTo(granted);
        assertThat(justiceDeadline.originalDueOn()).isEqualTo(DUE);
        assertThat(item.deadline()).isEqualTo(DUE);
        assertThat(new AgencyDeadline(item, police).dueOn())
                .as("the coordinator's")
                .isEqualTo(DUE);
    }

    @Test
    void aRefusalKeepsTheDeadline() {
        Extension asked = ask(assigned, ASKED, "Chờ kết quả rà soát");

        asked.refuse("Đủ thời gian", "secretariat", DECIDED_AT);

        assertThat(asked.status()).isEqualTo(ExtensionStatus.REFUSED);
        assertThat(justiceDeadline.granted()).isFalse();
        assertThat(justiceDeadline.dueOn()).isEqualTo(DUE);
    }

    @Test
    void onlyAnAgencyAssignedADatedItemMayAskAndTheRulesNameTheirField() {
        assertThatThrownBy(() -> ask(new ItemDeadline(new AgencyDeadline(item, police), false), ASKED, "Chờ"))
                .isInstanceOf(Conflict.class)
                .hasMessageContaining("không được giao mục II.5.c")
                .hasMessageContaining("is not assigned item II.5.c");
        Item recurring = new Item(1L, null, "II.10", "10.", 3);
        recurring.edit(null, new Schedule(Schedule.Kind.RECURRING, null, "Thường xuyên"));
        assertThatThrownBy(() -> ask(new ItemDeadline(new AgencyDeadline(recurring, justice), true), ASKED, "Chờ"))
                .isInstanceOf(Conflict.class)
                .hasMessageContaining("không có hạn")
                .hasMessageContaining("has no deadline");
        assertThatThrownBy(() -> ask(assigned, DUE, "Chờ"))
                .isInstanceOf(Unprocessable.class)
                .hasMessageStartingWith("requestedDueOn: ")
                .hasMessageContaining("2024-12-31");
        assertThatThrownBy(() -> ask(assigned, ASKED, " "))
                .isInstanceOf(InvalidInput.class)
                .hasMessageStartingWith("reason: ");
        Extension first = ask(assigned, ASKED, "Chờ");
        assertThatThrownBy(() -> Extension.request(
                        assigned, Optional.of(first), ASKED.plusDays(7), "Thêm", "so-tu-phap", ASKED_AT))
                .isInstanceOf(Conflict.class)
                .hasMessageContaining("2025-01-31");
        assertThatThrownBy(() -> first.approve(assigned, DUE, "secretariat", DECIDED_AT))
                .isInstanceOf(Unprocessable.class)
                .hasMessageStartingWith("dueOn: ")
                .hasMessageContaining("2024-12-31");
        assertThatThrownBy(() -> first.refuse(null, "secretariat", DECIDED_AT))
                .isInstanceOf(InvalidInput.class)
                .hasMessageStartingWith("comment: ");
        assertThat(first.status()).isEqualTo(ExtensionStatus.PENDING);
    }

    @Test
    void anItemThatLostItsDateWhileARequestWaitedIsNotExtendedButMayBeRefused() {
        Extension asked = ask(assigned, ASKED, "Chờ");
        item.edit(null, new Schedule(Schedule.Kind.LINKED, null, "Theo Chương trình của Trung ương"));

        assertThatThrownBy(() -> asked.approve(assigned, ASKED, "secretariat", DECIDED_AT))
                .isInstanceOf(Conflict.class)
                .hasMessageContaining("has no deadline");
        asked.refuse("Nội dung không còn hạn", "secretariat", DECIDED_AT);
        assertThat(asked.status()).isEqualTo(ExtensionStatus.REFUSED);
    }

    @Test
    void aRequestIsApprovedOnlyWithItsOwnSubject() {
        Extension asked = ask(assigned, ASKED, "Chờ");
        ItemDeadline police = new ItemDeadline(new AgencyDeadline(item, this.police), true);

        assertThatThrownBy(() -> asked.approve(police, ASKED, "secretariat", DECIDED_AT))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> asked.approve(ASKED, "secretariat", DECIDED_AT))
                .as("the obligation's way")
                .isInstanceOf(IllegalStateException.class);
        assertThat(asked.status()).isEqualTo(ExtensionStatus.PENDING);
    }

    @Test
    void anEditMovingTheItemLaterThanTheGrantWinsAndOneMovingItEarlierKeepsTheGrant() {
        Extension asked = ask(assigned, ASKED, "Chờ");
        asked.approve(assigned, ASKED, "secretariat", DECIDED_AT);

        item.edit(null, new Schedule(Schedule.Kind.DEADLINE, LocalDate.of(2025, 3, 31), "Quý I/2025"));
        assertThat(justiceDeadline.dueOn()).isEqualTo(LocalDate.of(2025, 3, 31));
        assertThat(justiceDeadline.originalDueOn()).isEqualTo(LocalDate.of(2025, 3, 31));

        item.edit(null, new Schedule(Schedule.Kind.DEADLINE, LocalDate.of(2024, 11, 30), "Tháng 11/2024"));
        assertThat(justiceDeadline.dueOn()).isEqualTo(ASKED);
        assertThat(justiceDeadline.originalDueOn()).isEqualTo(LocalDate.of(2024, 11, 30));
    }

    private static Item dated(LocalDate due) {
        Item item = new Item(1L, null, "II.5.c", "c)", 2);
        item.edit(null, new Schedule(Schedule.Kind.DEADLINE, due, "Năm 2024"));
        return item;
    }

    private static Extension ask(ItemDeadline subject, LocalDate date, String reason) {
        return Extension.request(subject, Optional.empty(), date, reason, "so-tu-phap", ASKED_AT);
    }
}
