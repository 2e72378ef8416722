package vn.dondoc.reporting.control;

import java.time.LocalDate;
import java.util.Objects;
import vn.dondoc.calendar.control.WorkingCalendar;

/**
 * When a period's report is due (hạn gửi báo cáo): a number of working days (ngày làm việc) after the
 * period's data cut-off (ngày chốt số liệu). The number is the tenant's default (its reporting
 * settings, {@link TenantDeadline}), which a document may override; a tenant that never set one gets
 * {@value #DEFAULT_WORKING_DAYS}.
 *
 * <p>Why {@value #DEFAULT_WORKING_DAYS} by default (decisions.md, D-025). Nghị định 09/2019/NĐ-CP
 * leaves the deadline to whoever issues the reporting regime, within two limits that we know of:
 *
 * <ul>
 *   <li>Điều 8 khoản 5 điểm b: at least one working day between the end of data collection and the
 *       deadline. One is thus the floor, and less is refused here.
 *   <li>Điều 13: ministries and provinces send their own periodic reports to the Government by the
 *       25th of the period's last month at the latest (khoản 1, as legal-information sites quote it;
 *       we have not read the Official Gazette's text), and set their agencies' deadlines to fit
 *       (khoản 2).
 * </ul>
 *
 * So an agency's report must reach the focal agency (Sở Tư pháp for Kế hoạch 204) early enough for it
 * to consolidate before the province's own deadline. Thông tư 01/2020/TT-VPCP, Điều 11, shows such a
 * chain for one yearly report cut off on 14/12: communes by 17/12, districts by 19/12, the province by
 * 22/12; the first level gets three days. Three working days after a 14th is the 17th, 18th or 19th
 * in a month without holidays, whatever the weekday, which leaves the focal agency four to six working
 * days to consolidate before the province's 25th. What we do not know: the deadlines each province
 * sets in its own reporting regime (Vĩnh Phúc's is Quyết định 35/2020/QĐ-UBND, not read); a tenant that
 * has one sets its default to match.
 *
 * @param workingDaysAfterCutOff N, at least 1
 */
public record SendingDeadline(int workingDaysAfterCutOff) {

    /** Three working days after the cut-off; see the class comment for why. */
    public static final int DEFAULT_WORKING_DAYS = 3;

    public SendingDeadline {
        if (workingDaysAfterCutOff < 1) {
            throw new IllegalArgumentException(
                    "A report is due at least 1 working day after the cut-off (Nghị định 09/2019/NĐ-CP, Điều 8"
                            + " khoản 5), not " + workingDaysAfterCutOff);
        }
    }

    /** The day the period's report is due: N working days after its cut-off, the cut-off not counted. */
    public LocalDate of(ReportingPeriod period, WorkingCalendar calendar) {
        Objects.requireNonNull(calendar, "calendar");
        return calendar.plusWorkingDays(period.cutOff(), workingDaysAfterCutOff);
    }
}
