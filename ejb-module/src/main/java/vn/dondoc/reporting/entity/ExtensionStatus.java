package vn.dondoc.reporting.entity;

/** Where a request for more time stands (trạng thái gia hạn); the names are the API's. */
public enum ExtensionStatus {
    /** Chờ quyết định / waiting for the secretariat. */
    PENDING,
    /** Đã chấp thuận / approved: the granted date is the obligation's deadline. */
    APPROVED,
    /** Không chấp thuận / refused, with the secretariat's comment: the deadline stays. */
    REFUSED
}
