package vn.dondoc.web.notifications;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import vn.dondoc.notifications.boundary.NoticeView;
import vn.dondoc.notifications.boundary.Notifications;
import vn.dondoc.platform.boundary.Page;
import vn.dondoc.platform.security.Role;

/**
 * Thông báo: the signed-in user's own notices, newest first, a page at a time, as {@code GET
 * /api/v1/notifications} lists them; each is marked read through {@link Notifications#markRead}.
 * A notice opens the page of what it urges: a request for explanation its request, a report owed
 * "Việc của tôi" (an agency's), the weekly digest the scorecard (the secretariat's).
 */
@Named
@ViewScoped
public class NotificationsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String EXPLANATIONS = "/app/giai-trinh.xhtml";
    static final String MY_OBLIGATIONS = "/app/viec-cua-toi.xhtml";
    static final String SCORECARD = "/app/bang-danh-gia.xhtml";

    @Inject
    Notifications notifications;

    private final LazyDataModel<NoticeView> rows = new Rows();

    public LazyDataModel<NoticeView> getRows() {
        return rows;
    }

    public void markRead(NoticeView notice) {
        notifications.markRead(notice.id());
    }

    /** The page the notice opens, or {@code null} when none of the user's pages shows it. */
    public String pageOf(NoticeView notice) {
        ExternalContext context = FacesContext.getCurrentInstance().getExternalContext();
        if (notice.explanationRequestId() != null) {
            return EXPLANATIONS;
        }
        if (notice.obligationId() != null
                && (context.isUserInRole(Role.Names.AGENCY_OFFICER) || context.isUserInRole(Role.Names.AGENCY_HEAD))) {
            return MY_OBLIGATIONS;
        }
        if (context.isUserInRole(Role.Names.LEADER)
                || context.isUserInRole(Role.Names.SECRETARIAT)
                || context.isUserInRole(Role.Names.ADMIN)) {
            return SCORECARD;
        }
        return null;
    }

    /** Each page is one call of {@link Notifications#inbox}; its total is the paginator's count. */
    private final class Rows extends LazyDataModel<NoticeView> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) notifications.inbox(0, 1).total();
        }

        @Override
        public List<NoticeView> load(
                int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            Page<NoticeView> page = notifications.inbox(first / pageSize, pageSize);
            setRowCount((int) page.total());
            return page.items();
        }

        @Override
        public String getRowKey(NoticeView notice) {
            return String.valueOf(notice.id());
        }
    }
}
