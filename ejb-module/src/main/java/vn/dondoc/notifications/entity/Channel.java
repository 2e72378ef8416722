package vn.dondoc.notifications.entity;

/** How a notice leaves the product; the in-app inbox is the notice itself and needs no delivery. */
public enum Channel {
    EMAIL,
    WEBHOOK
}
