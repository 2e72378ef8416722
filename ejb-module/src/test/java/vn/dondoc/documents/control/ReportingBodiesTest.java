package vn.dondoc.documents.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.dondoc.agencies.control.NameMatcher;
import vn.dondoc.agencies.control.NamedBody;
import vn.dondoc.testing.Directories;

/** The bodies section III names for the reporting regime, read from whole plans. */
class ReportingBodiesTest {

    private static final NameMatcher NAMES = new NameMatcher(Directories.of("vinh-phuc"));

    @Test
    void keHoach204AddressesTheDepartmentsAndTheDistrictsButNotTheFocalAgencyNorTheAddressee() throws Exception {
        Implementation implementation = parse("kh-204-vinh-phuc.txt").implementation();

        assertThat(implementation.reportingBodies())
                .containsExactly(
                        new NamedBody("Các Sở, ban, ngành", null, null, "cac-so-ban-nganh-cua-tinh"),
                        new NamedBody("UBND các huyện, thành phố", null, null, "ubnd-cac-huyen-thanh-pho"));
    }

    @Test
    void aPlanNamingSingleAgenciesGivesThemAndListsTheOneThatMatchesNothing() throws Exception {
        ParsedPlan plan = parse("kh-31-named-agencies.txt");

        assertThat(plan.implementation().reportingBodies())
                .containsExactly(
                        new NamedBody("Sở Tài nguyên và Môi trường", null, "so-tai-nguyen-va-moi-truong", null),
                        new NamedBody("Sở Du lịch", null, null, null),
                        new NamedBody("Công an tỉnh", null, "cong-an-tinh", null));
        assertThat(plan.implementation().reportingBodies())
                .filteredOn(b -> !b.resolved())
                .extracting(NamedBody::text)
                .containsExactly("Sở Du lịch");
        assertThat(plan.unresolved())
                .as("listed, as the stored document lists the reporting bodies it stores")
                .contains("Sở Du lịch");
    }

    @Test
    void aPlanWithoutAnAgencyPlanOrPeriodicReportSentenceNamesNobody() throws Exception {
        ParsedPlan plan = parse("kh-32-no-regime.txt");

        assertThat(plan.implementation().reportingBodies()).isEmpty();
        assertThat(plan.unresolved()).isEmpty();
    }

    private static ParsedPlan parse(String name) throws Exception {
        return new PlanParser(NAMES).parse(PlanParserGoldenTest.resource(name));
    }
}
