package vn.dondoc.documents.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.dondoc.agencies.control.NameMatcher;
import vn.dondoc.documents.entity.ReportingFrequency;
import vn.dondoc.testing.Directories;

/**
 * A plan that prints who does what, and by when, in each item's own sentence ({@code
 * plans/kh-58-prose.txt}) imports as its expected tree ({@code kh-58-prose.expected.txt}); Kế hoạch
 * 204, which prints labelled lines, has nothing read from its sentences and nothing flagged.
 */
class ProsePlanTest {

    private static final NameMatcher NAMES = new NameMatcher(Directories.of("vinh-phuc"));

    private static ParsedPlan plan;

    @BeforeAll
    static void parse() throws Exception {
        plan = new PlanParser(NAMES).parse(PlanParserGoldenTest.resource("kh-58-prose.txt"));
    }

    @Test
    void theWholeTreeIsReadFromTheItemsSentences() throws IOException {
        List<String> expected = PlanParserGoldenTest.resource("kh-58-prose.expected.txt")
                .lines()
                .filter(l -> !l.startsWith("#") && !l.isBlank())
                .toList();

        assertThat(plan.allItems().stream().map(ExpectedTree::line)).containsExactlyElementsOf(expected);
    }

    @Test
    void theItemsWhoseSentenceNamesNoLeadAreListedForAPersonAndTheUnknownLeadIsUnresolved() {
        assertThat(plan.withoutLead()).containsExactly("II.5", "II.8");
        assertThat(plan.unresolved()).containsExactly("Sở Du lịch");
    }

    @Test
    void theHeaderTheFootAndSectionThreeAreReadToo() {
        assertThat(plan.number()).hasToString("58/KH-UBND");
        assertThat(plan.issuer()).isEqualTo("ỦY BAN NHÂN DÂN TỈNH VĨNH PHÚC");
        assertThat(plan.issuedOn()).isEqualTo(LocalDate.of(2024, 3, 5));
        assertThat(plan.signer()).isEqualTo("Vũ Chí Giang");
        assertThat(plan.implementation().agencyPlanDueOn()).isEqualTo(LocalDate.of(2024, 4, 15));
        assertThat(plan.implementation().reportingFrequencies())
                .containsExactlyInAnyOrder(ReportingFrequency.SEMIANNUAL, ReportingFrequency.ANNUAL);
        assertThat(plan.implementation().focalAgencyCode()).isEqualTo("so-tu-phap");
    }

    @Test
    void keHoach204PrintsLabelledLinesSoNothingIsFlagged() throws Exception {
        ParsedPlan labelled = new PlanParser(NAMES).parse(PlanParserGoldenTest.resource("kh-204-vinh-phuc.txt"));

        // Its tree, section III's tasks included, is spelled out by PlanParserGoldenTest.
        assertThat(labelled.withoutLead()).isEmpty();
    }
}
