package vn.dondoc.benchmarks.burst;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** One agency's report due on the deadline day: the obligation, and the file it will attach. */
record Submission(String agency, long documentId, long obligationId, byte[] file, String sha256) {

    static Submission of(String agency, long documentId, long obligationId, byte[] file) {
        return new Submission(agency, documentId, obligationId, file, sha256(file));
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
