package vn.dondoc.reporting.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import vn.dondoc.tenancy.entity.TenantOwned;

/**
 * A tenant's reporting settings (cài đặt báo cáo): the default sending deadline (hạn gửi báo cáo),
 * in working days after a period's cut-off, that every document without a deadline of its own
 * follows. At most one per tenant; a tenant that never set one follows the product's default.
 */
@Entity
@Table(name = "reporting_settings")
@NamedQuery(name = ReportingSettings.OF_TENANT, query = "SELECT s FROM ReportingSettings s")
public class ReportingSettings extends TenantOwned {

    /** The tenant's settings: the tenant wall leaves one row or none. */
    public static final String OF_TENANT = "ReportingSettings.ofTenant";

    /**
     * The fewest working days a report may be given: Nghị định 09/2019/NĐ-CP, Điều 8 khoản 5 điểm b
     * asks for at least one working day between the end of data collection and the deadline.
     */
    public static final int MIN_WORKING_DAYS = 1;

    /** The most: the bound a document's own deadline has too (twelve weeks of working days). */
    public static final int MAX_WORKING_DAYS = 60;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "sending_working_days", nullable = false)
    private int sendingWorkingDays;

    @Version
    private long version;

    protected ReportingSettings() {}

    /** @throws IllegalArgumentException outside {@value #MIN_WORKING_DAYS}–{@value #MAX_WORKING_DAYS} */
    public ReportingSettings(int sendingWorkingDays) {
        sendWithin(sendingWorkingDays);
    }

    /**
     * Sets the tenant's default sending deadline.
     *
     * @return whether it changed
     * @throws IllegalArgumentException outside {@value #MIN_WORKING_DAYS}–{@value #MAX_WORKING_DAYS}
     */
    public boolean sendWithin(int workingDays) {
        if (workingDays < MIN_WORKING_DAYS || workingDays > MAX_WORKING_DAYS) {
            throw new IllegalArgumentException("Hạn gửi báo cáo phải từ " + MIN_WORKING_DAYS + " đến "
                    + MAX_WORKING_DAYS + " ngày làm việc sau ngày chốt số liệu / the sending deadline must be "
                    + MIN_WORKING_DAYS + " to " + MAX_WORKING_DAYS + " working days after the cut-off, not "
                    + workingDays);
        }
        boolean changed = workingDays != sendingWorkingDays;
        this.sendingWorkingDays = workingDays;
        return changed;
    }

    /** Working days after a period's cut-off (the cut-off not counted) that a report is due. */
    public int sendingWorkingDays() {
        return sendingWorkingDays;
    }
}
