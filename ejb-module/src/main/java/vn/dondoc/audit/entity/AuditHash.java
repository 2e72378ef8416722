package vn.dondoc.audit.entity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The hash that seals an audit record into its tenant's chain (D-042): SHA-256, in hex, over the
 * record's place, the hash of the record before it and every field a reader is shown. Each field
 * is written with its length first, so that no two different records give the same text. The
 * tenant and the row id are left out: a tenant exported and imported under another id, or into
 * another database, keeps a chain that still verifies.
 */
final class AuditHash {

    private static final String FORMAT = "dondoc-audit-v1";

    private AuditHash() {}

    static String of(AuditRecord record) {
        StringBuilder text = new StringBuilder(FORMAT);
        field(text, String.valueOf(record.chainSeq()));
        field(text, record.previousHash());
        field(text, record.occurredAt().toString());
        field(text, record.username());
        field(text, record.roles());
        field(text, record.action());
        field(text, record.target());
        field(text, record.outcome().name());
        field(text, record.detail());
        return sha256(text.toString());
    }

    private static void field(StringBuilder text, String value) {
        if (value == null) {
            text.append("|-");
        } else {
            text.append('|').append(value.length()).append(':').append(value);
        }
    }

    private static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
