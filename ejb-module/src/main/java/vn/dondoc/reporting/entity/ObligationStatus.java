package vn.dondoc.reporting.entity;

/**
 * Where an obligation's report stands (trạng thái báo cáo); the names are the API's. A report's
 * version has one of these but {@link #PENDING}; the obligation has its latest version's.
 */
public enum ObligationStatus {
    /** Chưa có báo cáo / no report yet: nothing started, so a regeneration may remove it. */
    PENDING,
    /** Đang soạn / a draft report: started by the agency, not yet sent. */
    DRAFT,
    /** Đã gửi / submitted: sent to the focal agency, awaiting its review. */
    SUBMITTED,
    /** Đã duyệt / approved by the agency's head before it is sent on. */
    APPROVED,
    /** Đã tiếp nhận / accepted by the focal agency: the obligation is met. */
    ACCEPTED,
    /** Trả lại / returned by the focal agency for corrections: the agency must submit again. */
    RETURNED
}
