package vn.dondoc.reporting.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.dondoc.reporting.entity.ObligationKind;

class ObligationKeyTest {

    private static ObligationKey report(String agency, String label) {
        return ObligationKey.periodReport(agency, ReportingPeriod.parse(label));
    }

    @Test
    void anAgencyPlanBelongsToNoPeriod() {
        assertThat(ObligationKey.agencyPlan("so-tu-phap").periodLabel()).isNull();
        assertThatThrownBy(() ->
                        new ObligationKey("so-tu-phap", ObligationKind.DELIVERABLE, ReportingPeriod.parse("2024-H1")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aPeriodReportNeedsItsPeriod() {
        assertThat(report("so-tu-phap", "2024-H1").periodLabel()).isEqualTo("2024-H1");
        assertThatThrownBy(() -> new ObligationKey("so-tu-phap", ObligationKind.PERIODIC, null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anObligationWithoutAnAgencyIsRefused() {
        assertThatThrownBy(() -> ObligationKey.agencyPlan(" ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ObligationKey.agencyPlan(null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void keysAreEqualByAgencyKindAndPeriod() {
        assertThat(report("a", "2024-H1")).isEqualTo(report("a", "2024-H1"));
        assertThat(report("a", "2024-H1")).isNotEqualTo(report("b", "2024-H1"));
        assertThat(report("a", "2024-H1")).isNotEqualTo(report("a", "2024-Q2"));
    }

    @Test
    void keysSortByAgencyThenThePlanThenPeriodsByCutOffShorterFirst() {
        List<ObligationKey> sorted = List.of(
                ObligationKey.agencyPlan("a"),
                report("a", "2023-H2"),
                report("a", "2023-Y"),
                report("a", "2024-M01"),
                report("a", "2024-Q1"),
                ObligationKey.agencyPlan("b"));
        List<ObligationKey> shuffled = new ArrayList<>(sorted);
        Collections.reverse(shuffled);
        Collections.sort(shuffled);

        assertThat(shuffled).containsExactlyElementsOf(sorted);
    }

    @Test
    void aKeyShowsItsAgencyAndWhatItOwes() {
        assertThat(ObligationKey.agencyPlan("so-tu-phap")).hasToString("so-tu-phap DELIVERABLE");
        assertThat(report("so-tu-phap", "2024-H1")).hasToString("so-tu-phap 2024-H1");
    }
}
