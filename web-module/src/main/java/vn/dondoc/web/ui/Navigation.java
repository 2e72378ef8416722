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
    static final String DOCUMENTS = "/app/van-ban.xhtml";
    static final String IMPORT = "/app/nhap-ke-hoach.xhtml";

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
        return entries;
    }

    /** The signed-in user's first page: "Việc của tôi" for an agency's officer or head. */
    public String home() {
        return (ofAnAgency() ? MY_OBLIGATIONS : HOME) + "?faces-redirect=true";
    }

    /** For the sign-in page: a user already signed in goes to their first page. */
    public String homeIfSignedIn() {
        return FacesContext.getCurrentInstance().getExternalContext().getUserPrincipal() == null ? null : home();
    }

    /** Bảng đánh giá of every agency: the leader, the secretariat and the admin. */
    private static boolean readsTheWholeTenant() {
        ExternalContext context = FacesContext.getCurrentInstance().getExternalContext();
        return context.isUserInRole(Role.Names.LEADER)
                || context.isUserInRole(Role.Names.SECRETARIAT)
                || context.isUserInRole(Role.Names.ADMIN);
    }

    private static boolean ofAnAgency() {
        ExternalContext context = FacesContext.getCurrentInstance().getExternalContext();
        return context.isUserInRole(Role.Names.AGENCY_OFFICER) || context.isUserInRole(Role.Names.AGENCY_HEAD);
    }
}
