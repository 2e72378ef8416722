package vn.dondoc.reporting.entity;

/** One step of a report's life, as its history shows it (diễn biến xử lý báo cáo). */
public enum StepAction {
    /** Soạn báo cáo / the first draft of a version was saved. */
    DRAFTED,
    /** Gửi / the agency's officer submitted it. */
    SUBMITTED,
    /** Thủ trưởng duyệt / the agency's head approved it. */
    APPROVED,
    /** Tiếp nhận / the focal agency accepted it. */
    ACCEPTED,
    /** Trả lại / returned for revision, with a comment. */
    RETURNED
}
