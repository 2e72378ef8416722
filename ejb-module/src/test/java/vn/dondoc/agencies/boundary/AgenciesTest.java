package vn.dondoc.agencies.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.dondoc.agencies.entity.AgencyKind;
import vn.dondoc.platform.boundary.Conflict;
import vn.dondoc.platform.boundary.InvalidInput;
import vn.dondoc.platform.boundary.NotFound;
import vn.dondoc.testing.JpaExtension;
import vn.dondoc.testing.RecordedEvents;

/**
 * The agency directory boundary on the real database, one tenant per test. Roles, auditing and
 * the tenant interceptor are the container's and not exercised here: the test binds the tenant.
 */
class AgenciesTest {

    @RegisterExtension
    static final JpaExtension jpa = new JpaExtension();

    private RecordedEvents<GroupMembersChanged> membersChanged;

    private String tenant;
    private JpaExtension.TestDirectory directory;

    @BeforeEach
    void tenantWithDirectory() {
        tenant = jpa.newTenant();
        directory = jpa.newDirectory(tenant);
        membersChanged = new RecordedEvents<>();
    }

    @Test
    void listsTheTenantsAgenciesWithTheirGroups() {
        List<AgencyEntry> all = in(tenant, Agencies::all);

        assertThat(all).extracting(AgencyEntry::code).containsExactlyElementsOf(directory.agencies());
        assertThat(all.get(0).name()).isEqualTo("Sở Tư pháp");
        assertThat(all.get(0).aliases()).containsExactly("STP");
        assertThat(all.get(0).groups()).containsExactly("cac-so-ban-nganh");
        assertThat(all.get(2).groups()).isEmpty();
    }

    @Test
    void listsGroupsWithTheirMembers() {
        List<GroupEntry> groups = in(tenant, Agencies::groups);

        assertThat(groups).extracting(GroupEntry::code).containsExactlyElementsOf(directory.groups());
        assertThat(groups.get(0).members()).containsExactly("so-tu-phap", "so-tai-chinh");
        assertThat(groups.get(1).membersKnown()).isFalse();
        assertThat(groups.get(1).members()).isEmpty();
    }

    @Test
    void createsAnAgencyInItsGroupsThatTheNextTransactionReads() {
        AgencyEntry created =
                in(tenant, agencies -> agencies.create(request("Sở Văn hóa, Thể thao và Du lịch", "cac-so-ban-nganh")));

        assertThat(created.groups()).containsExactly("cac-so-ban-nganh");
        AgencyEntry read = in(tenant, agencies -> agencies.byCode("so-van-hoa-the-thao-va-du-lich"));
        assertThat(read).isEqualTo(created);
        assertThat(in(tenant, Agencies::groups).get(0).members())
                .containsExactly("so-tu-phap", "so-tai-chinh", "so-van-hoa-the-thao-va-du-lich");
    }

    @Test
    void anAgencyThatJoinsGroupsAnnouncesTheirNewMembersAndOneInNoGroupAnnouncesNothing() {
        in(tenant, agencies -> agencies.create(request("Sở Ngoại vụ")));
        assertThat(membersChanged.fired()).isEmpty();

        in(tenant, agencies -> agencies.create(request("Sở Y tế", "cac-so-ban-nganh")));
        assertThat(membersChanged.fired()).containsExactly(new GroupMembersChanged(List.of("cac-so-ban-nganh")));
    }

    @Test
    void anAgencyCreatedInAnotherTenantStaysThere() {
        String other = jpa.newTenant();
        in(other, agencies -> agencies.create(request("Sở Ngoại vụ")));

        assertThat(in(tenant, Agencies::all)).extracting(AgencyEntry::code).doesNotContain("so-ngoai-vu");
        assertThatThrownBy(() -> in(tenant, agencies -> agencies.byCode("so-ngoai-vu")))
                .isInstanceOf(NotFound.class);
        // and the other tenant holds only what it created, none of this tenant's directory
        assertThat(in(other, Agencies::all)).extracting(AgencyEntry::code).containsExactly("so-ngoai-vu");
    }

    @Test
    void refusesACodeAnAgencyOrGroupAlreadyHas() {
        assertThatThrownBy(() -> in(tenant, agencies -> agencies.create(request("Sở Tư pháp"))))
                .isInstanceOf(Conflict.class);
        assertThatThrownBy(() -> in(tenant, agencies -> agencies.create(request("Các sở, ban, ngành"))))
                .isInstanceOf(Conflict.class);
    }

    @Test
    void givesTheNewAgencyItsNamesSlugAsCode() {
        String decomposed = java.text.Normalizer.normalize("  Sở Ngoại vụ ", java.text.Normalizer.Form.NFD);
        AgencyEntry created = in(tenant, agencies -> agencies.create(request(decomposed)));
        assertThat(created.code()).isEqualTo("so-ngoai-vu");
        assertThat(created.name()).isEqualTo("Sở Ngoại vụ");
    }

    @Test
    void anUnknownGroupLeavesNoAgencyBehind() {
        assertThatThrownBy(() -> in(tenant, agencies -> agencies.create(request("Sở Y tế", "khong-co"))))
                .isInstanceOf(InvalidInput.class);

        // the agency was persisted before the group failed: the rollback must take it back
        assertThat(in(tenant, Agencies::all)).extracting(AgencyEntry::code).doesNotContain("so-y-te");
    }

    @Test
    void anAgencyJoinsAndLeavesAGroupEachTimeAnnouncingItsNewMembers() {
        GroupEntry joined = in(tenant, agencies -> agencies.join("cac-so-ban-nganh", "ubnd-huyen-tam-dao"));

        assertThat(joined.members()).containsExactly("so-tu-phap", "so-tai-chinh", "ubnd-huyen-tam-dao");
        assertThat(in(tenant, agencies -> agencies.byCode("ubnd-huyen-tam-dao")).groups())
                .containsExactly("cac-so-ban-nganh");

        GroupEntry left = in(tenant, agencies -> agencies.leave("cac-so-ban-nganh", "so-tu-phap"));

        assertThat(left.members()).containsExactly("so-tai-chinh", "ubnd-huyen-tam-dao");
        assertThat(in(tenant, Agencies::groups).get(0).members()).containsExactly("so-tai-chinh", "ubnd-huyen-tam-dao");
        assertThat(membersChanged.fired())
                .containsExactly(
                        new GroupMembersChanged(List.of("cac-so-ban-nganh")),
                        new GroupMembersChanged(List.of("cac-so-ban-nganh")));
    }

    @Test
    void aMemberTwiceANonMemberLeavingAGroupWithoutKnownMembersOrAnUnknownCodeIsRefusedAndAnnouncesNothing() {
        assertThatThrownBy(() -> in(tenant, agencies -> agencies.join("cac-so-ban-nganh", "so-tu-phap")))
                .isInstanceOf(Conflict.class);
        assertThatThrownBy(() -> in(tenant, agencies -> agencies.leave("cac-so-ban-nganh", "ubnd-huyen-tam-dao")))
                .isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> in(tenant, agencies -> agencies.join("ubnd-cac-xa-phuong-thi-tran", "so-tu-phap")))
                .isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> in(tenant, agencies -> agencies.join("khong-co", "so-tu-phap")))
                .isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> in(tenant, agencies -> agencies.join("cac-so-ban-nganh", "khong-co")))
                .isInstanceOf(NotFound.class);

        assertThat(membersChanged.fired()).isEmpty();
        assertThat(in(tenant, Agencies::groups).get(0).members()).containsExactly("so-tu-phap", "so-tai-chinh");
    }

    @Test
    void anotherTenantsAgencyCannotJoinThisTenantsGroup() {
        String other = jpa.newTenant();
        in(other, agencies -> agencies.create(request("Sở Ngoại vụ")));

        assertThatThrownBy(() -> in(tenant, agencies -> agencies.join("cac-so-ban-nganh", "so-ngoai-vu")))
                .isInstanceOf(NotFound.class);
    }

    @Test
    void aFormsRequestNamesItsKindByNameAndAnUnknownKindIsRefused() {
        NewAgency request = NewAgency.of("Sở Y tế", " ", "DEPARTMENT", List.of("cac-so-ban-nganh"));

        assertThat(NewAgency.kinds()).contains("DEPARTMENT", "DISTRICT").hasSize(AgencyKind.values().length);
        assertThat(request.kind).isEqualTo(AgencyKind.DEPARTMENT);
        assertThat(request.nameEn).isNull();
        assertThat(in(tenant, agencies -> agencies.create(request)).groups()).containsExactly("cac-so-ban-nganh");
        assertThatThrownBy(() -> NewAgency.of("Sở Y tế", null, "SO", List.of())).isInstanceOf(InvalidInput.class);
    }

    @Test
    void anAgencyIsRenamedKeepingItsCodeAndGroupsButNotToAnotherAgencysOrGroupsName() {
        AgencyEntry renamed = in(
                tenant,
                agencies -> agencies.describe(
                        "so-tu-phap", AgencyEdit.of(" Sở Tư pháp tỉnh ", " ", List.of("STP", " ", "Sở TP"))));

        assertThat(renamed.code()).isEqualTo("so-tu-phap");
        assertThat(renamed.name()).isEqualTo("Sở Tư pháp tỉnh");
        assertThat(renamed.nameEn()).isNull();
        assertThat(renamed.aliases()).containsExactly("STP", "Sở TP");
        assertThat(renamed.groups()).containsExactly("cac-so-ban-nganh");
        AgencyEntry read = in(tenant, agencies -> agencies.byCode("so-tu-phap"));
        assertThat(read).isEqualTo(renamed);
        // its own name again is no conflict
        in(tenant, agencies -> agencies.describe("so-tu-phap", AgencyEdit.of("Sở Tư pháp", null, List.of())));

        assertThatThrownBy(() -> in(
                        tenant, agencies -> agencies.describe("so-tu-phap", AgencyEdit.of("Sở Tài chính", null, null))))
                .isInstanceOf(Conflict.class);
        assertThatThrownBy(() -> in(
                        tenant,
                        agencies -> agencies.describe("so-tu-phap", AgencyEdit.of("Các sở, ban, ngành", null, null))))
                .isInstanceOf(Conflict.class);
        assertThatThrownBy(() -> in(tenant, agencies -> agencies.describe("khong-co", AgencyEdit.of("X", null, null))))
                .isInstanceOf(NotFound.class);
        assertThat(in(tenant, agencies -> agencies.byCode("so-tu-phap")).name()).isEqualTo("Sở Tư pháp");
    }

    /** One call of the boundary in one transaction of the tenant, as the container would run it. */
    private <T> T in(String tenant, Function<Agencies, T> call) {
        return jpa.fromTenant(tenant, em -> {
            Agencies agencies = new Agencies();
            agencies.em = em;
            agencies.membersChanged = membersChanged;
            return call.apply(agencies);
        });
    }

    private static NewAgency request(String name, String... groups) {
        NewAgency request = new NewAgency();
        request.name = name;
        request.kind = AgencyKind.DEPARTMENT;
        request.groups = List.of(groups);
        return request;
    }
}
