package vn.dondoc.documents.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.dondoc.agencies.control.NameMatcher;
import vn.dondoc.documents.entity.ReportingFrequency;
import vn.dondoc.items.control.ParsedItem;
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

        assertThat(plan.allItems().stream().map(ProsePlanTest::render)).containsExactlyElementsOf(expected);
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
    void keHoach204PrintsLabelledLinesSoNothingIsReadFromItsSentencesAndNothingIsFlagged() throws Exception {
        ParsedPlan labelled = new PlanParser(NAMES).parse(PlanParserGoldenTest.resource("kh-204-vinh-phuc.txt"));

        assertThat(labelled.withoutLead()).isEmpty();
        // Section III names bodies in prose ("Giao Sở Tư pháp chủ trì giúp UBND tỉnh…") but holds no tasks.
        assertThat(labelled.allItems().stream()
                        .filter(i -> i.code().startsWith("III"))
                        .flatMap(i -> i.responsibilities().stream()))
                .isEmpty();
    }

    /** One line of the expected file: code | label | leads | coordinators | schedule | flag. */
    /** One line of the expected file, and whether the item names no lead. */
    private static String render(ParsedItem item) {
        return ExpectedTree.line(item) + " | " + (item.noLeadNamed() ? "NO-LEAD" : "-");
    }
}
