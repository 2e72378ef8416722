package vn.dondoc.onboarding.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.dondoc.agencies.boundary.GroupMembersChanged;
import vn.dondoc.agencies.entity.AgencyKind;
import vn.dondoc.identity.boundary.Passwords;
import vn.dondoc.identity.entity.UserAccount;
import vn.dondoc.onboarding.control.TenantBundle;
import vn.dondoc.onboarding.control.TenantBundle.AgencySpec;
import vn.dondoc.onboarding.control.TenantBundle.DemoUsers;
import vn.dondoc.onboarding.control.TenantBundle.GroupSpec;
import vn.dondoc.onboarding.control.TenantBundle.TenantSpec;
import vn.dondoc.onboarding.control.TenantBundle.UserSpec;
import vn.dondoc.platform.security.Role;
import vn.dondoc.reporting.boundary.ReportingSettingsEdit;
import vn.dondoc.reporting.boundary.SendingDefaultChanged;
import vn.dondoc.reporting.boundary.SettingsByHand;
import vn.dondoc.testing.JpaExtension;
import vn.dondoc.testing.RecordedEvents;

/**
 * Installing a bundle on the real database, as start-up does (no demo users): what it tells the
 * components above about the groups' members, and the default sending deadline it sets or leaves.
 */
class BundleInstallerTest {

    @RegisterExtension
    static final JpaExtension jpa = new JpaExtension();

    private static final List<AgencySpec> AGENCIES = List.of(
            new AgencySpec("Sở Tư pháp", null, AgencyKind.DEPARTMENT, List.of()),
            new AgencySpec("Sở Tài chính", null, AgencyKind.DEPARTMENT, List.of()));

    private String tenant;
    private RecordedEvents<GroupMembersChanged> membersChanged;
    private RecordedEvents<SendingDefaultChanged> sendingDefaultChanged;

    @BeforeEach
    void freshTenant() {
        tenant = jpa.newTenant();
        membersChanged = new RecordedEvents<>();
        sendingDefaultChanged = new RecordedEvents<>();
    }

    @Test
    void aBundleThatSetsTheDeadlineSetsItAndAnnouncesTheGroupsItFills() {
        install(bundle("a", OptionalInt.of(5), "Sở Tư pháp", "Sở Tài chính"));

        assertThat(sendingWorkingDays()).isEqualTo(5);
        assertThat(sendingDefaultChanged.fired()).containsExactly(new SendingDefaultChanged(5));
        assertThat(membersChanged.fired()).containsExactly(new GroupMembersChanged(List.of("cac-so-ban-nganh")));
    }

    @Test
    void theSameContentUnderANewFingerprintAnnouncesNothing() {
        install(bundle("a", OptionalInt.of(5), "Sở Tư pháp", "Sở Tài chính"));
        install(bundle("b", OptionalInt.of(5), "Sở Tư pháp", "Sở Tài chính"));

        assertThat(sendingDefaultChanged.fired()).hasSize(1);
        assertThat(membersChanged.fired()).hasSize(1);
    }

    @Test
    void aMemberTakenAwayIsAnnouncedToo() {
        install(bundle("a", OptionalInt.empty(), "Sở Tư pháp", "Sở Tài chính"));
        install(bundle("b", OptionalInt.empty(), "Sở Tư pháp"));

        assertThat(membersChanged.fired()).hasSize(2);
        assertThat(membersChanged.fired().get(1).groupCodes()).containsExactly("cac-so-ban-nganh");
    }

    @Test
    void aBundleThatSaysNothingLeavesWhatTheAdministratorSet() {
        install(bundle("a", OptionalInt.of(5), "Sở Tư pháp"));
        administratorSets(7);

        install(bundle("b", OptionalInt.empty(), "Sở Tư pháp"));

        assertThat(sendingWorkingDays()).isEqualTo(7);
    }

    @Test
    void anUnchangedBundleIsNotInstalledAgainSoItsNumberDoesNotOverwriteTheAdministrators() {
        install(bundle("a", OptionalInt.of(5), "Sở Tư pháp"));
        administratorSets(7);

        install(bundle("a", OptionalInt.of(5), "Sở Tư pháp"));

        assertThat(sendingWorkingDays()).isEqualTo(7);
    }

    @Test
    void demoUsersGetAnAddressAtTheBundlesDomainUnlessTheyHaveTheirOwn() {
        installDemo(demoUsers(Optional.of("thu.dondoc.example")));

        assertThat(emails())
                .containsEntry("leader", Optional.of("leader@thu.dondoc.example"))
                .containsEntry("thu-ky", Optional.of("thu.ky@so-tu-phap.example"));
    }

    @Test
    void demoUsersMadeBeforeTheirBundleGaveAddressesGetThemAndAnAddressSetStays() {
        installDemo(demoUsers(Optional.empty()));
        assertThat(emails()).containsEntry("leader", Optional.empty());

        installDemo(demoUsers(Optional.of("thu.dondoc.example")));
        installDemo(demoUsers(Optional.of("other.dondoc.example")));

        assertThat(emails()).containsEntry("leader", Optional.of("leader@thu.dondoc.example"));
    }

    private static DemoUsers demoUsers(Optional<String> domain) {
        return new DemoUsers(
                "demo",
                false,
                List.of(
                        new UserSpec("leader", "Lãnh đạo", EnumSet.of(Role.LEADER), Optional.empty()),
                        new UserSpec(
                                "thu-ky",
                                "Thư ký",
                                EnumSet.of(Role.SECRETARIAT),
                                Optional.empty(),
                                Optional.of("thu.ky@so-tu-phap.example"))),
                domain);
    }

    private void installDemo(DemoUsers users) {
        TenantBundle plain = bundle("a", OptionalInt.empty(), "Sở Tư pháp");
        TenantBundle bundle = new TenantBundle(plain.tenant(), plain.agencies(), plain.groups(), users, plain.hash());
        jpa.inTenant(tenant, em -> {
            BundleInstaller installer = installer(em);
            installer.passwords = new Passwords() {
                @Override
                public String hash(String password) {
                    return "not-a-real-hash";
                }
            };
            installer.install(tenant, bundle, true);
        });
    }

    private Map<String, Optional<String>> emails() {
        return jpa.fromTenant(
                tenant,
                em -> em.createQuery("SELECT u FROM UserAccount u", UserAccount.class).getResultList().stream()
                        .collect(Collectors.toMap(UserAccount::username, UserAccount::email)));
    }

    private BundleInstaller installer(jakarta.persistence.EntityManager em) {
        BundleInstaller installer = new BundleInstaller();
        installer.em = em;
        installer.clock = Clock.fixed(Instant.parse("2026-03-02T02:30:00Z"), ZoneOffset.UTC);
        installer.settings = SettingsByHand.on(em, sendingDefaultChanged);
        installer.membersChanged = membersChanged;
        return installer;
    }

    private void install(TenantBundle bundle) {
        jpa.inTenant(tenant, em -> {
            BundleInstaller installer = new BundleInstaller();
            installer.em = em;
            installer.clock = Clock.fixed(Instant.parse("2026-03-02T02:30:00Z"), ZoneOffset.UTC);
            installer.settings = SettingsByHand.on(em, sendingDefaultChanged);
            installer.membersChanged = membersChanged;
            installer.install(tenant, bundle, false);
        });
    }

    private void administratorSets(int workingDays) {
        ReportingSettingsEdit edit = new ReportingSettingsEdit();
        edit.sendingWorkingDays = BigDecimal.valueOf(workingDays);
        jpa.inTenant(tenant, em -> SettingsByHand.on(em, sendingDefaultChanged).changeReporting(edit));
    }

    private int sendingWorkingDays() {
        return jpa.fromTenant(
                tenant,
                em -> SettingsByHand.on(em, sendingDefaultChanged).reporting().sendingWorkingDays());
    }

    /** The tenant's bundle with one group, "Các sở, ban, ngành", of the members named. */
    private TenantBundle bundle(String hash, OptionalInt sendingWorkingDays, String... members) {
        return new TenantBundle(
                new TenantSpec(
                        tenant,
                        "Tỉnh Thử",
                        null,
                        "ỦY BAN NHÂN DÂN TỈNH THỬ",
                        "Asia/Ho_Chi_Minh",
                        null,
                        sendingWorkingDays),
                AGENCIES,
                List.of(new GroupSpec("Các sở, ban, ngành", null, List.of(), Optional.of(List.of(members)))),
                DemoUsers.none(),
                hash.repeat(64));
    }
}
