package vn.dondoc.audit.control;

import java.util.ArrayList;
import java.util.List;
import vn.dondoc.audit.entity.AuditChainHead;
import vn.dondoc.audit.entity.AuditRecord;

/**
 * Walks one tenant's audit chain in order and names every place where it no longer holds (D-042):
 * a record whose fields no longer give its hash (edited), a place with no record (deleted), a
 * record that does not follow the one before it (relinked), records missing at the end (cut off),
 * and records that have no place though written after the chain began (inserted behind the
 * application's back). Fed one record at a time, so a long chain is read in pages.
 */
public final class ChainCheck {

    /** At most this many faults are listed; all are counted. */
    public static final int LISTED = 100;

    private final List<ChainReport.Fault> faults = new ArrayList<>();
    private int faultCount;
    private long checked;
    private long expectedSeq = 1;
    private String previousHash = AuditChainHead.GENESIS;

    /** The next record of the chain, in the order of its places. */
    public void next(AuditRecord record) {
        long seq = record.chainSeq();
        checked++;
        if (seq > expectedSeq) {
            fault(
                    ChainReport.Kind.MISSING,
                    expectedSeq,
                    null,
                    "vị trí " + expectedSeq + "–" + (seq - 1) + " không còn bản ghi / places " + expectedSeq + "–"
                            + (seq - 1) + " have no record");
        } else if (!record.previousHash().equals(previousHash)) {
            fault(
                    ChainReport.Kind.RELINKED,
                    seq,
                    record.id(),
                    "không nối tiếp bản ghi trước / does not follow the record before it");
        }
        if (!record.computedHash().equals(record.recordHash())) {
            fault(
                    ChainReport.Kind.EDITED,
                    seq,
                    record.id(),
                    "nội dung đã bị sửa sau khi ghi / changed after it was written");
        }
        expectedSeq = seq + 1;
        previousHash = record.recordHash();
    }

    /** A record without a place in the chain, written after the chain began. */
    public void unchained(AuditRecord record) {
        fault(
                ChainReport.Kind.UNCHAINED,
                null,
                record.id(),
                "không do ứng dụng ghi (không có vị trí trong chuỗi) / not written by the application"
                        + " (no place in the chain)");
    }

    /** The verdict, against the head the chain should end at. */
    public ChainReport result(AuditChainHead head, long beforeChain) {
        if (head.lastSeq() >= expectedSeq) {
            fault(
                    ChainReport.Kind.CUT_OFF,
                    expectedSeq,
                    null,
                    "thiếu các bản ghi cuối, vị trí " + expectedSeq + "–"
                            + head.lastSeq() + " / the last records are missing, places " + expectedSeq + "–"
                            + head.lastSeq());
        } else if (head.lastSeq() == expectedSeq - 1 && !head.lastHash().equals(previousHash)) {
            fault(
                    ChainReport.Kind.CUT_OFF,
                    head.lastSeq(),
                    null,
                    "bản ghi cuối không phải bản ghi đã ghi / the last record is not the one written");
        }
        return new ChainReport(
                faultCount == 0,
                checked,
                beforeChain,
                head.lastSeq(),
                head.lastHash(),
                faultCount,
                List.copyOf(faults));
    }

    private void fault(ChainReport.Kind kind, Long seq, Long recordId, String detail) {
        faultCount++;
        if (faults.size() < LISTED) {
            faults.add(new ChainReport.Fault(kind, seq, recordId, detail));
        }
    }
}
