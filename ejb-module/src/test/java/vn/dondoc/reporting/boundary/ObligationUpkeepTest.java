package vn.dondoc.reporting.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.dondoc.agencies.boundary.GroupMembersChanged;
import vn.dondoc.agencies.entity.Agency;
import vn.dondoc.agencies.entity.AgencyGroup;
import vn.dondoc.agencies.entity.AgencyKind;
import vn.dondoc.agencies.entity.GroupMembership;
import vn.dondoc.reporting.control.ObligationSync;
import vn.dondoc.reporting.entity.Obligation;
import vn.dondoc.testing.JpaExtension;
import vn.dondoc.testing.Ledgers;
import vn.dondoc.testing.Plans;
import vn.dondoc.testing.RecordedEvents;

/**
 * The obligations follow, in the transaction of the change, what the directory and the settings
 * announce: a new default sending deadline, a new member of a group a document names. The
 * container delivers the events; here the test hands what the boundary fired to the observer,
 * inside the same transaction.
 */
class ObligationUpkeepTest {

    @RegisterExtension
    static final JpaExtension jpa = new JpaExtension();

    private static final LocalDate AS_OF = LocalDate.of(2024, 7, 1);
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final String DEPARTMENTS = "cac-so-ban-nganh-cua-tinh";

    private String tenant;
    private long documentId;

    @BeforeEach
    void keHoach204ImportedAndItsObligationsStored() {
        tenant = jpa.newTenant();
        jpa.bundleDirectory(tenant, "vinh-phuc");
        documentId = importPlan(tenant);
        jpa.inTenant(tenant, em -> new ObligationSync(em).sync(documentId, AS_OF));
    }

    @Test
    void theAdministratorsNewDefaultMovesTheDueDatesInTheSameTransaction() {
        assertThat(dueOn("2024-H1")).containsOnly(LocalDate.of(2024, 6, 19));

        jpa.inTenant(tenant, em -> {
            Settings settings = new Settings();
            settings.em = em;
            RecordedEvents<SendingDefaultChanged> fired = new RecordedEvents<>();
            settings.changed = fired;
            ReportingSettingsEdit edit = new ReportingSettingsEdit();
            edit.sendingWorkingDays = BigDecimal.valueOf(5);
            settings.changeReporting(edit);
            fired.fired().forEach(upkeep(em)::onSendingDefault);
        });

        assertThat(dueOn("2024-H1")).as("Friday 14/06/2024 + 5 working days").containsOnly(LocalDate.of(2024, 6, 21));
        assertThat(dueOn("2024-Y")).as("Saturday 14/12/2024 + 5").containsOnly(LocalDate.of(2024, 12, 20));
        assertThat(dueOn(null)).as("the agencies' plans keep their date").containsOnly(LocalDate.of(2023, 8, 1));
    }

    /** {@code Agencies.create} announces the group's new member (AgenciesTest); this is what follows. */
    @Test
    void anAgencyAddedIntoAGroupTheDocumentNamesOwesAtOnce() {
        jpa.inTenant(tenant, em -> {
            Agency added = new Agency("Sở Thử nghiệm", null, AgencyKind.DEPARTMENT, List.of());
            em.persist(added);
            em.persist(new GroupMembership(
                    em.createNamedQuery(AgencyGroup.BY_CODE, AgencyGroup.class)
                            .setParameter("code", DEPARTMENTS)
                            .getSingleResult(),
                    added));
            em.flush();
            upkeep(em).onGroupMembers(new GroupMembersChanged(List.of(DEPARTMENTS)));
        });

        assertThat(obligations())
                .filteredOn(o -> o.agency().code().equals("so-thu-nghiem"))
                .extracting(Obligation::periodLabel)
                .containsExactly(null, "2023-H2", "2023-Y", "2024-H1", "2024-H2", "2024-Y");
    }

    private static ObligationUpkeep upkeep(EntityManager em) {
        ObligationUpkeep upkeep = new ObligationUpkeep();
        upkeep.em = em;
        upkeep.clock = Clock.fixed(AS_OF.atTime(9, 0).atZone(VIETNAM).toInstant(), VIETNAM);
        upkeep.tasksChanged = Ledgers.recordingOn(em, upkeep.clock);
        return upkeep;
    }

    /** The due dates of every agency's obligation of that period ({@code null}: the agencies' plans). */
    private List<LocalDate> dueOn(String periodLabel) {
        List<Obligation> of = obligations().stream()
                .filter(o -> periodLabel == null ? o.periodLabel() == null : periodLabel.equals(o.periodLabel()))
                .toList();
        assertThat(of).as("obligations of " + periodLabel).isNotEmpty();
        return of.stream().map(Obligation::dueOn).toList();
    }

    private List<Obligation> obligations() {
        return jpa.fromTenant(
                tenant,
                em -> em.createNamedQuery(Obligation.OF_DOCUMENT, Obligation.class)
                        .setParameter("documentId", documentId)
                        .getResultList());
    }

    private static long importPlan(String tenant) {
        return Plans.importInto(jpa, tenant, plan(), "0".repeat(64), Instant.parse("2026-03-02T02:30:00Z"));
    }

    private static String plan() {
        try (InputStream in = ObligationUpkeepTest.class.getResourceAsStream("/plans/kh-204-vinh-phuc.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
