package vn.dondoc.explanations.entity;

/** Whether the agency has answered; a request is answered once and then closed. */
public enum ExplanationStatus {
    /** Chưa giải trình. */
    OPEN,
    /** Đã giải trình. */
    ANSWERED
}
