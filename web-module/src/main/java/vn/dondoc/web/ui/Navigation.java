package vn.dondoc.web.ui;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import vn.dondoc.platform.security.Role;

/**
 * The menu each role sees and where each lands after signing in. Only screens that exist are
 * listed; the container's roles decide, as they do for the boundaries.
 */
@Named
@RequestScoped
public class Navigation {

    /**
     * A menu entry: the key of its text in the bundle and the Faces outcome it opens. A class with
     * getters, not a record: Expression Language 5 (Jakarta EE 10) reads no record components.
     */
    public static final class Entry {
        private final String label;
        private final String outcome;

        Entry(String label, String outcome) {
            this.label = label;
            this.outcome = outcome;
        }

        public String getLabel() {
            return label;
        }

        public String getOutcome() {
            return outcome;
        }
    }

    static final String MY_OBLIGATIONS = "/app/viec-cua-toi.xhtml";
    static final String HOME = "/app/trang-chu.xhtml";
    static final String SCORECARD = "/app/bang-danh-gia.xhtml";
    static final String REVIEW_QUEUE = "/app/cho-duyet.xhtml";
    static final String REPORTS_BOARD = "/app/theo-doi-bao-cao.xhtml";
    static final String EXTENSIONS = "/app/gia-han.xhtml";
    static final String EXPLANATIONS = "/app/giai-trinh.xhtml";
    static final String NOTIFICATIONS = "/app/thong-bao.xhtml";
    static final String REMINDER_LOG = "/app/nhat-ky-nhac-viec.xhtml";
    static final String DOCUMENTS = "/app/van-ban.xhtml";
    static final String IMPORT = "/app/nhap-ke-hoach.xhtml";
    static final String AGENCIES = "/app/co-quan.xhtml";
    static final String CALENDAR = "/app/lich.xhtml";
    static final String SETTINGS = "/app/cai-dat.xhtml";
    static final String USERS = "/app/nguoi-dung.xhtml";

    public List<Entry> getEntries() {
        List<Entry> entries = new ArrayList<>();
        if (ofAnAgency()) {
            entries.add(new Entry("nav.myObligations", MY_OBLIGATIONS));
        } else {
            entries.add(new Entry("nav.home", HOME));
        }
        if (readsTheWholeTenant()) {
            entries.add(new Entry("nav.documents", DOCUMENTS));
        }
        if (FacesContext.getCurrentInstance().getExternalContext().isUserInRole(Role.Names.SECRETARIAT)) {
            entries.add(new Entry("nav.import", IMPORT));
        }
        if (readsTheWholeTenant()) {
            entries.add(new Entry("nav.scorecard", SCORECARD));
        }
        if (reviewsReports()) {
            entries.add(new Entry("nav.review", REVIEW_QUEUE));
        }
        if (readsTheWholeTenant()) {
            entries.add(new Entry("nav.board", REPORTS_BOARD));
        }
        urging(entries);
        adminEntries(entries);
        return entries;
    }

    /**
     * Đôn đốc: an agency's requests for more time and the secretariat's queue of them; requests for
     * explanation, for those who ask and those who answer; the user's notices; the log of what was
     * sent, for those the boundary shows it to.
     */
    private static void urging(List<Entry> entries) {
        ExternalContext context = FacesContext.getCurrentInstance().getExternalContext();
        if (!(ofAnAgency() || readsTheWholeTenant())) {
            return; // a platform operator: none of the tenant's work
        }
        if (ofAnAgency() || context.isUserInRole(Role.Names.SECRETARIAT)) {
            entries.add(new Entry("nav.extensions", EXTENSIONS));
        }
        entries.add(new Entry("nav.explanations", EXPLANATIONS));
        if (context.isUserInRole(Role.Names.SECRETARIAT) || context.isUserInRole(Role.Names.ADMIN)) {
            entries.add(new Entry("nav.reminderLog", REMINDER_LOG));
        }
        entries.add(new Entry("nav.notifications", NOTIFICATIONS));
    }

    /** The signed-in user's first page: "Việc của tôi" for an agency's officer or head. */
    public String home() {
        return (ofAnAgency() ? MY_OBLIGATIONS : HOME) + "?faces-redirect=true";
    }

    /** For the sign-in page: a user already signed in goes to their first page. */
    public String homeIfSignedIn() {
        return FacesContext.getCurrentInstance().getExternalContext().getUserPrincipal() == null ? null : home();
    }

    /**
     * The directory, the settings and the users for the administrator; the calendar for the
     * secretariat too.
     */
    private static void adminEntries(List<Entry> entries) {
        ExternalContext context = FacesContext.getCurrentInstance().getExternalContext();
        boolean admin = context.isUserInRole(Role.Names.ADMIN);
        if (admin) {
            entries.add(new Entry("nav.agencies", AGENCIES));
        }
        if (admin || context.isUserInRole(Role.Names.SECRETARIAT)) {
            entries.add(new Entry("nav.calendar", CALENDAR));
        }
        if (admin) {
            entries.add(new Entry("nav.settings", SETTINGS));
            entries.add(new Entry("nav.users", USERS));
        }
    }

    /** Bảng đánh giá of every agency: the leader, the secretariat and the admin. */
    private static boolean readsTheWholeTenant() {
        ExternalContext context = FacesContext.getCurrentInstance().getExternalContext();
        return context.isUserInRole(Role.Names.LEADER)
                || context.isUserInRole(Role.Names.SECRETARIAT)
                || context.isUserInRole(Role.Names.ADMIN);
    }

    /** Chờ duyệt: the agency's head and the focal agency review reports. */
    private static boolean reviewsReports() {
        ExternalContext context = FacesContext.getCurrentInstance().getExternalContext();
        return context.isUserInRole(Role.Names.AGENCY_HEAD) || context.isUserInRole(Role.Names.SECRETARIAT);
    }

    private static boolean ofAnAgency() {
        ExternalContext context = FacesContext.getCurrentInstance().getExternalContext();
        return context.isUserInRole(Role.Names.AGENCY_OFFICER) || context.isUserInRole(Role.Names.AGENCY_HEAD);
    }
}
