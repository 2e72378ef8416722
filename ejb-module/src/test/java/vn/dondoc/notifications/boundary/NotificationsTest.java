package vn.dondoc.notifications.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.dondoc.platform.boundary.InvalidInput;
import vn.dondoc.platform.boundary.NotFound;
import vn.dondoc.testing.JpaExtension;

/** The inbox, its access rules and the reminder settings, on the real database. */
class NotificationsTest {

    @RegisterExtension
    static final JpaExtension jpa = new JpaExtension();

    private NotificationsFixture f;
    private LocalDate day;

    @BeforeEach
    void remindedOnce() {
        f = new NotificationsFixture(jpa);
        long justice = f.obligation("so-tu-phap", "2024-H1");
        long finance = f.obligation("so-tai-chinh", "2024-H1");
        f.onlyOwed(justice, finance);
        day = f.calendar.plusWorkingDays(f.calendar.plusWorkingDays(f.dueOn(justice), 0), 1);
        f.remind(day);
    }

    @Test
    void eachUserSeesOnlyTheirOwnNoticesAndMarksThemRead() {
        var justice = f.as("so-tu-phap", "AGENCY_OFFICER", n -> n.inbox(0, 10));
        var finance = f.as("so-tai-chinh", "AGENCY_OFFICER", n -> n.inbox(0, 10));
        assertThat(justice.items()).extracting(NoticeView::agencyCode).containsOnly("so-tu-phap");
        assertThat(finance.items()).extracting(NoticeView::agencyCode).containsOnly("so-tai-chinh");
        long id = justice.items().get(0).id();

        NoticeView read = f.as("so-tu-phap", "AGENCY_OFFICER", n -> n.markRead(id));
        NoticeView again = f.as("so-tu-phap", "AGENCY_OFFICER", n -> n.markRead(id));

        assertThat(read.read()).isTrue();
        assertThat(again.readAt()).isEqualTo(read.readAt());
        assertThat(f.as("so-tu-phap", "AGENCY_OFFICER", n -> n.inbox(0, 10))
                        .items()
                        .get(0)
                        .read())
                .isTrue();
    }

    @Test
    void anotherUsersOrAnotherTenantsNoticeIsNotFound() {
        long id = f.as("so-tu-phap", "AGENCY_OFFICER", n -> n.inbox(0, 10))
                .items()
                .get(0)
                .id();
        String other = jpa.newTenant();

        assertThatThrownBy(() -> f.as("so-tai-chinh", "AGENCY_OFFICER", n -> n.markRead(id)))
                .isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> f.as("so-tu-phap.head", "AGENCY_HEAD", n -> n.markRead(id)))
                .as("the head has a notice of its own, not the officer's")
                .isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> f.as(other, "so-tu-phap", "AGENCY_OFFICER", n -> n.markRead(id)))
                .isInstanceOf(NotFound.class);
        assertThat(f.as("so-tu-phap", "AGENCY_OFFICER", n -> n.inbox(0, 10))
                        .items()
                        .get(0)
                        .read())
                .isFalse();
    }

    @Test
    void theLogListsEveryNoticeWithItsInboxDeliveryPaged() {
        var first = f.as("secretariat", "SECRETARIAT", n -> n.log(0, 2));
        var second = f.as("secretariat", "SECRETARIAT", n -> n.log(1, 2));

        // Sở Tư pháp's officer and head and Sở Tài chính's officer are urged; the secretariat gets
        // the week's digest, caught up on the day after the deadline
        assertThat(first.total()).isEqualTo(4);
        assertThat(java.util.stream.Stream.concat(first.items().stream(), second.items().stream()))
                .extracting(NoticeLogEntry::recipient, NoticeLogEntry::kind)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("so-tu-phap", "OVERDUE"),
                        org.assertj.core.groups.Tuple.tuple("so-tu-phap.head", "OVERDUE"),
                        org.assertj.core.groups.Tuple.tuple("so-tai-chinh", "OVERDUE"),
                        org.assertj.core.groups.Tuple.tuple("secretariat", "WEEKLY_DIGEST"));
        assertThat(first.items())
                .allSatisfy(e -> assertThat(e.deliveries())
                        .extracting(NoticeLogEntry.Delivery::channel)
                        .containsExactly("INBOX"));
    }

    @Test
    void theLogOfOneAgencyListsWhatWasSentAboutItOnly() {
        var justice = f.as("secretariat", "SECRETARIAT", n -> n.log("so-tu-phap", 0, 50));
        var everything = f.as("secretariat", "SECRETARIAT", n -> n.log(" ", 0, 50));

        assertThat(justice.total()).isEqualTo(2);
        assertThat(justice.items())
                .extracting(NoticeLogEntry::recipient)
                .containsExactlyInAnyOrder("so-tu-phap", "so-tu-phap.head");
        assertThat(everything.total()).isEqualTo(4);
        assertThat(f.as("secretariat", "SECRETARIAT", n -> n.log("so-khong-co", 0, 50))
                        .total())
                .isZero();
        assertThat(f.as("so-tu-phap", "AGENCY_OFFICER", n -> n.inbox(0, 10)).items())
                .extracting(NoticeView::explanationRequestId)
                .containsOnlyNulls();
    }

    @Test
    void theSettingsChangeWithinTheirBoundsAndTheSecretIsNeverShown() {
        assertThat(f.as("admin", "ADMIN", Notifications::settings))
                .isEqualTo(new NotificationSettingsView(5, 2, 5, null, false));
        NotificationSettingsEdit edit = new NotificationSettingsEdit();
        edit.daysBefore = 3;
        edit.webhookUrl = "https://gateway.vinhphuc.example/dondoc";
        edit.webhookSecret = "0123456789abcdef";

        NotificationSettingsView changed = f.as("admin", "ADMIN", n -> n.changeSettings(edit));

        assertThat(changed)
                .isEqualTo(new NotificationSettingsView(3, 2, 5, "https://gateway.vinhphuc.example/dondoc", true));
        NotificationSettingsEdit wrong = new NotificationSettingsEdit();
        wrong.escalateAfter = 0;
        assertThatThrownBy(() -> f.as("admin", "ADMIN", n -> n.changeSettings(wrong)))
                .isInstanceOf(InvalidInput.class)
                .hasMessageContaining("escalateAfter");
        NotificationSettingsEdit ftp = new NotificationSettingsEdit();
        ftp.webhookUrl = "ftp://gateway.vinhphuc.example";
        assertThatThrownBy(() -> f.as("admin", "ADMIN", n -> n.changeSettings(ftp)))
                .isInstanceOf(InvalidInput.class)
                .hasMessageContaining("webhookUrl");
        assertThat(f.as("admin", "ADMIN", Notifications::settings)).isEqualTo(changed);
    }
}
