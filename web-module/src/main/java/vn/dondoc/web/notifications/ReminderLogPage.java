package vn.dondoc.web.notifications;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import vn.dondoc.notifications.boundary.NoticeLogEntry;
import vn.dondoc.notifications.boundary.Notifications;
import vn.dondoc.platform.boundary.Page;
import vn.dondoc.platform.security.Role;
import vn.dondoc.web.ui.Pages;

/**
 * Nhật ký nhắc việc: what was sent to whom, when and on which channel, newest first, for the whole
 * tenant or one agency, as {@code GET /api/v1/notifications/log?agency=} lists it (the secretariat
 * and the administrator; the boundary refuses anyone else).
 */
@Named
@ViewScoped
public class ReminderLogPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Notifications notifications;

    private String agency;
    private final LazyDataModel<NoticeLogEntry> rows = new Rows();

    /** The view action: the secretariat and the administrator only (403 for anyone else). */
    public void open() {
        Pages.forbiddenUnless(Role.Names.SECRETARIAT, Role.Names.ADMIN);
    }

    public LazyDataModel<NoticeLogEntry> getRows() {
        return rows;
    }

    public String getAgency() {
        return agency;
    }

    public void setAgency(String agency) {
        this.agency = agency;
    }

    /** Each page is one call of {@link Notifications#log}; its total is the paginator's count. */
    private final class Rows extends LazyDataModel<NoticeLogEntry> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) notifications.log(agency, 0, 1).total();
        }

        @Override
        public List<NoticeLogEntry> load(
                int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            Page<NoticeLogEntry> page = notifications.log(agency, first / pageSize, pageSize);
            setRowCount((int) page.total());
            return page.items();
        }

        @Override
        public String getRowKey(NoticeLogEntry entry) {
            return String.valueOf(entry.noticeId());
        }
    }
}
