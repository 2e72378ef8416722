package vn.dondoc.backup;

import java.io.IOException;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * One file of the archive as it is written: the bytes go to the zip and through SHA-256 on the way,
 * and closing it closes the zip's entry, not the zip.
 */
final class HashingEntry extends OutputStream {

    private final OutputStream zip;
    private final MessageDigest digest = sha256();

    HashingEntry(OutputStream zip) {
        this.zip = zip;
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void write(int b) throws IOException {
        zip.write(b);
        digest.update((byte) b);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        zip.write(b, off, len);
        digest.update(b, off, len);
    }

    @Override
    public void flush() throws IOException {
        zip.flush();
    }

    @Override
    public void close() {
        // The zip stays open for the next entry.
    }

    String hex() {
        return HexFormat.of().formatHex(digest.digest());
    }
}
