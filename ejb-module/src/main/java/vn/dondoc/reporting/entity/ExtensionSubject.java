package vn.dondoc.reporting.entity;

import java.time.LocalDate;
import vn.dondoc.agencies.entity.Agency;
import vn.dondoc.platform.boundary.Conflict;

/**
 * What a request for more time (gia hạn) moves: an {@link Obligation}'s deadline, or a dated item's
 * deadline for one agency ({@link ItemDeadline}). {@link Extension} runs one workflow for both; a
 * subject says only when it may be asked and granted, what its deadline is and how it takes a grant.
 */
public interface ExtensionSubject {

    /** The agency whose deadline it is: the one that asks. */
    Agency agency();

    /** The deadline in force: the original one, or the date an earlier extension granted. */
    LocalDate dueOn();

    /** The deadline before any extension. */
    LocalDate originalDueOn();

    /** @throws Conflict when the agency may not ask for more time now (409), saying why */
    void requireOpenToRequest();

    /** @throws Conflict when the secretariat may not grant more time now (409), saying why */
    void requireOpenToGrant();

    /** Takes the date the secretariat granted, after {@link #dueOn}, as the deadline. */
    void extendTo(LocalDate grantedDueOn);
}
