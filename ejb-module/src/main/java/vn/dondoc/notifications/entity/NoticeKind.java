package vn.dondoc.notifications.entity;

/** What a notice urges (đôn đốc): the kinds of reminder, in the order they fall due. */
public enum NoticeKind {
    /** Sắp đến hạn: N working days before the deadline. */
    DUE_SOON,
    /** Đến hạn hôm nay: on the deadline. */
    DUE_TODAY,
    /** Quá hạn: the first working day after the deadline, then every M working days. */
    OVERDUE,
    /** Báo cáo lãnh đạo: to the tenant's leaders, K working days after the deadline. */
    ESCALATION,
    /** Tổng hợp tuần: to the secretariat, on the first working day of each week. */
    WEEKLY_DIGEST,
    /** Yêu cầu giải trình mới: to the asked agency's officers and head, when the request is made. */
    ASKED,
    /** Đã giải trình: to whoever asked, when the agency answers. */
    ANSWERED
}
