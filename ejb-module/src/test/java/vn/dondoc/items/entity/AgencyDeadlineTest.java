package vn.dondoc.items.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.dondoc.agencies.entity.Agency;
import vn.dondoc.agencies.entity.AgencyKind;

/** An item's deadline for one agency: the later of the item's own date and a granted one. */
class AgencyDeadlineTest {

    private static final LocalDate OWN = LocalDate.of(2024, 12, 31);

    private final Agency justice = new Agency("Sở Tư pháp", null, AgencyKind.DEPARTMENT, List.of());

    @Test
    void theLaterOfTheItemsDateAndTheGrantedOneHoldsAndNoDateMeansNoDeadline() {
        assertThat(AgencyDeadline.later(OWN, null)).isEqualTo(OWN);
        assertThat(AgencyDeadline.later(OWN, OWN.plusDays(10))).isEqualTo(OWN.plusDays(10));
        assertThat(AgencyDeadline.later(OWN, OWN.minusDays(10))).isEqualTo(OWN);
        assertThat(AgencyDeadline.later(null, OWN)).isNull();
    }

    @Test
    void aGrantGivesTimeAndNeverTakesAny() {
        Item item = new Item(1L, null, "II.5.c", "c)", 0);
        item.edit(null, new Schedule(Schedule.Kind.DEADLINE, OWN, "Năm 2024"));
        AgencyDeadline deadline = new AgencyDeadline(item, justice);

        assertThatThrownBy(() -> deadline.extendTo(OWN)).isInstanceOf(IllegalArgumentException.class);
        deadline.extendTo(OWN.plusDays(31));
        assertThatThrownBy(() -> deadline.extendTo(OWN.plusDays(20))).isInstanceOf(IllegalArgumentException.class);
        assertThat(deadline.extendedDueOn()).isEqualTo(OWN.plusDays(31));

        Item undated = new Item(1L, null, "II.10", "10.", 1);
        assertThatThrownBy(() -> new AgencyDeadline(undated, justice).extendTo(OWN))
                .isInstanceOf(IllegalStateException.class);
        assertThat(new AgencyDeadline(undated, justice).dueOn()).isNull();
    }
}
