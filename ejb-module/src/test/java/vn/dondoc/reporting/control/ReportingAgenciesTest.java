package vn.dondoc.reporting.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** Who must report: section III's bodies, groups expanded to their members, plus every lead. */
class ReportingAgenciesTest {

    private static final String DEPARTMENTS = "cac-so-ban-nganh-cua-tinh";
    private static final String DISTRICTS = "ubnd-cac-huyen-thanh-pho";
    private static final String COMMUNES = "ubnd-cac-xa-phuong-thi-tran";

    /** A directory that knows the departments' and the districts' members, not the communes'. */
    private static final Function<String, Optional<? extends Collection<String>>> MEMBERS = group -> switch (group) {
        case DEPARTMENTS -> Optional.of(List.of("so-tu-phap", "so-tai-chinh", "so-noi-vu"));
        case DISTRICTS -> Optional.of(List.of("ubnd-thanh-pho-vinh-yen", "ubnd-huyen-tam-dao"));
        default -> Optional.empty();
    };

    @Test
    void keHoach204sGroupsExpandToTheirMembersAndTheLeadsJoinThem() {
        List<String> reporting =
                ReportingAgencies.of(List.of(), List.of(DEPARTMENTS, DISTRICTS), MEMBERS, List.of("cong-an-tinh"));

        assertThat(reporting)
                .containsExactly(
                        "cong-an-tinh",
                        "so-noi-vu",
                        "so-tai-chinh",
                        "so-tu-phap",
                        "ubnd-huyen-tam-dao",
                        "ubnd-thanh-pho-vinh-yen");
    }

    @Test
    void anAgencyNamedByNameThroughAGroupAndAsALeadReportsOnce() {
        List<String> reporting = ReportingAgencies.of(
                List.of("so-tu-phap", "so-tu-phap"), List.of(DEPARTMENTS), MEMBERS, List.of("so-tu-phap"));

        assertThat(reporting).containsExactly("so-noi-vu", "so-tai-chinh", "so-tu-phap");
    }

    @Test
    void aGroupWhoseMembersAreUnknownContributesNobody() {
        List<String> reporting = ReportingAgencies.of(List.of(), List.of(COMMUNES), MEMBERS, List.of("so-y-te"));

        assertThat(reporting).containsExactly("so-y-te");
    }

    @Test
    void aGroupKnownToHaveNoMembersContributesNobodyEither() {
        List<String> reporting =
                ReportingAgencies.of(List.of(), List.of("nhom-trong"), g -> Optional.of(List.of()), List.of());

        assertThat(reporting).isEmpty();
    }

    @Test
    void theOrderIsTheCodesOrderWhateverOrderTheyAreGivenIn() {
        Map<String, List<String>> reversed = Map.of(DEPARTMENTS, List.of("so-tu-phap", "so-noi-vu"));

        assertThat(ReportingAgencies.of(
                        List.of("so-y-te", "cong-an-tinh"),
                        List.of(DEPARTMENTS),
                        g -> Optional.ofNullable(reversed.get(g)),
                        List.of("bao-vinh-phuc")))
                .containsExactly("bao-vinh-phuc", "cong-an-tinh", "so-noi-vu", "so-tu-phap", "so-y-te");
    }

    @Test
    void aDocumentThatNamesNobodyAndHasNoLeadHasNobodyToReport() {
        assertThat(ReportingAgencies.of(List.of(), List.of(), MEMBERS, List.of()))
                .isEmpty();
    }

    @Test
    void aMissingCodeIsRefusedRatherThanReportedByNobody() {
        assertThatThrownBy(() -> ReportingAgencies.of(List.of(" "), List.of(), MEMBERS, List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("code is missing");
        assertThatThrownBy(() -> ReportingAgencies.of(
                        List.of(), List.of(DEPARTMENTS), g -> Optional.of(List.of("so-tu-phap", "")), List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aDirectoryThatDoesNotAnswerForAGroupIsAnError() {
        assertThatThrownBy(() -> ReportingAgencies.of(List.of(), List.of(DEPARTMENTS), g -> null, List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(DEPARTMENTS);
    }
}
