package vn.dondoc.notifications.entity;

/** Where a delivery stands: waiting (first try or retry), sent, or given up after the last try. */
public enum DeliveryStatus {
    PENDING,
    SENT,
    FAILED
}
