package vn.dondoc.audit.control;

import java.util.List;

/**
 * What a verification of one tenant's audit chain found (D-042).
 *
 * @param verified whether the chain holds: no fault at all
 * @param chained how many records in the chain were checked
 * @param beforeChain how many records were written before the chain began (not covered)
 * @param headSeq the last place the application gave
 * @param headHash the hash at that place: kept elsewhere (a backup, a letter), it proves later
 *     that the chain up to it was not rewritten
 * @param faultCount every fault found
 * @param faults the first faults, in the chain's order
 */
public record ChainReport(
        boolean verified,
        long chained,
        long beforeChain,
        long headSeq,
        String headHash,
        int faultCount,
        List<Fault> faults) {

    /** The kinds of fault a chain can show. */
    public enum Kind {
        /** The record's fields no longer give its hash. */
        EDITED,
        /** Places in the chain with no record: deleted. */
        MISSING,
        /** The record does not follow the one before it. */
        RELINKED,
        /** The chain ends before the head: the last records were deleted. */
        CUT_OFF,
        /** A record with no place, written after the chain began: not by the application. */
        UNCHAINED
    }

    /** One place where the chain no longer holds; {@code seq} or {@code recordId} may be null. */
    public record Fault(Kind kind, Long seq, Long recordId, String detail) {}
}
