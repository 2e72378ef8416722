package vn.dondoc.reporting.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.dondoc.platform.boundary.InvalidInput;
import vn.dondoc.reporting.entity.ReportingSettings;
import vn.dondoc.testing.JpaExtension;
import vn.dondoc.testing.RecordedEvents;

/**
 * The tenant's reporting settings on the real database, one tenant per test: what is read before
 * and after a change, what is announced, what is refused, and the wall between tenants. Roles,
 * Bean Validation and auditing are the container's (ReportingSettingsIT).
 */
class SettingsTest {

    @RegisterExtension
    static final JpaExtension jpa = new JpaExtension();

    private String tenant;
    private RecordedEvents<SendingDefaultChanged> changed;

    @BeforeEach
    void freshTenant() {
        tenant = jpa.newTenant();
        changed = new RecordedEvents<>();
    }

    @Test
    void aTenantThatSetNothingReadsTheProductsThreeWorkingDays() {
        ReportingSettingsView read = in(tenant, Settings::reporting);

        assertThat(read).isEqualTo(new ReportingSettingsView(3));
        assertThat(rows(tenant)).isZero();
    }

    @Test
    void theAdministratorsNumberIsStoredAndAnnouncedOnce() {
        ReportingSettingsView answered = in(tenant, s -> s.changeReporting(edit(5)));
        ReportingSettingsView read = in(tenant, Settings::reporting);

        assertThat(answered).isEqualTo(new ReportingSettingsView(5));
        assertThat(read).isEqualTo(new ReportingSettingsView(5));
        assertThat(changed.fired()).containsExactly(new SendingDefaultChanged(5));

        in(tenant, s -> s.changeReporting(edit(5)));
        assertThat(changed.fired()).as("the same number again moves nothing").hasSize(1);
        in(tenant, s -> s.changeReporting(edit(2)));
        assertThat(changed.fired()).containsExactly(new SendingDefaultChanged(5), new SendingDefaultChanged(2));
        assertThat(rows(tenant)).isOne();
    }

    @Test
    void settingTheProductsDefaultExplicitlyStoresItButMovesNothing() {
        in(tenant, s -> s.changeReporting(edit(3)));

        assertThat(rows(tenant)).isOne();
        assertThat(changed.fired()).isEmpty();
    }

    @Test
    void aBundleSetsItForTheTenantItNames() {
        ReportingSettingsView answered = in(tenant, s -> s.installReporting(tenant, 2));

        assertThat(answered).isEqualTo(new ReportingSettingsView(2));
        assertThat(in(tenant, Settings::reporting).sendingWorkingDays()).isEqualTo(2);
        assertThat(changed.fired()).containsExactly(new SendingDefaultChanged(2));
    }

    @Test
    void lessThanOneOrMoreThanSixtyWorkingDaysAFractionOrNoneIsRefusedNamingTheFieldAndNothingIsStored() {
        in(tenant, s -> s.changeReporting(edit(4)));
        for (BigDecimal wrong : new BigDecimal[] {
            BigDecimal.ZERO, BigDecimal.valueOf(-1), BigDecimal.valueOf(61), new BigDecimal("2.5"), null
        }) {
            ReportingSettingsEdit edit = new ReportingSettingsEdit();
            edit.sendingWorkingDays = wrong;
            assertThatThrownBy(() -> in(tenant, s -> s.changeReporting(edit)))
                    .as(String.valueOf(wrong))
                    .isInstanceOf(InvalidInput.class)
                    .hasMessage("sendingWorkingDays: " + ReportingSettingsEdit.WHOLE_DAYS);
        }
        assertThatThrownBy(() -> in(tenant, s -> s.changeReporting(null))).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> in(tenant, s -> s.installReporting(tenant, 0))).isInstanceOf(InvalidInput.class);

        assertThat(in(tenant, Settings::reporting).sendingWorkingDays()).isEqualTo(4);
        assertThat(changed.fired()).containsExactly(new SendingDefaultChanged(4));
    }

    @Test
    void anotherTenantsSettingIsNeitherReadNorChanged() {
        String other = jpa.newTenant();
        in(other, s -> s.changeReporting(edit(8)));

        assertThat(in(tenant, Settings::reporting).sendingWorkingDays()).isEqualTo(3);
        in(tenant, s -> s.changeReporting(edit(6)));
        assertThat(in(other, Settings::reporting).sendingWorkingDays()).isEqualTo(8);
        assertThat(rows(tenant)).isOne();
        assertThat(rows(other)).isOne();
    }

    /** One call of the boundary in one transaction of the tenant, as the container would run it. */
    private <T> T in(String someTenant, Function<Settings, T> call) {
        return jpa.fromTenant(someTenant, em -> {
            Settings settings = new Settings();
            settings.em = em;
            settings.changed = changed;
            return call.apply(settings);
        });
    }

    private static long rows(String someTenant) {
        return jpa.fromTenant(
                someTenant, em -> (long) em.createNamedQuery(ReportingSettings.OF_TENANT, ReportingSettings.class)
                        .getResultList()
                        .size());
    }

    private static ReportingSettingsEdit edit(int workingDays) {
        ReportingSettingsEdit edit = new ReportingSettingsEdit();
        edit.sendingWorkingDays = BigDecimal.valueOf(workingDays);
        return edit;
    }
}
