package vn.dondoc.audit.entity;

/** How an audited call ended. */
public enum Outcome {
    SUCCESS,
    /** Refused: bad input, a conflict, a failed sign-in. Nothing was changed. */
    REFUSED,
    /** Failed for a reason on our side. Nothing was changed. */
    FAILED
}
