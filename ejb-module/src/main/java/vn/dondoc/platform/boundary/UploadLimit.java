package vn.dondoc.platform.boundary;

import java.io.IOException;
import java.io.InputStream;

/**
 * Reads an uploaded body up to a number of bytes, the one way every upload is read: refused before
 * reading when the client declares a larger length, and after reading one byte more than allowed.
 *
 * @param maxBytes the largest body taken
 */
public record UploadLimit(long maxBytes) {

    /**
     * @param declaredLength the Content-Length, or {@code null}
     * @throws TooLarge over the limit (a client that sent "Expect: 100-continue" never uploads it)
     * @throws InvalidInput for an empty body, or one that could not be read
     */
    public byte[] read(InputStream body, Long declaredLength) {
        if (declaredLength != null && declaredLength > maxBytes) {
            throw tooLarge();
        }
        try {
            byte[] content = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            if (content.length > maxBytes) {
                throw tooLarge();
            }
            if (content.length == 0) {
                throw new InvalidInput("Nội dung trống / The body is empty");
            }
            return content;
        } catch (IOException e) {
            throw new InvalidInput("Không đọc được nội dung gửi lên / The upload could not be read");
        }
    }

    private TooLarge tooLarge() {
        long megabytes = maxBytes / (1024 * 1024);
        return new TooLarge("Tệp vượt quá " + megabytes + " MB / The upload exceeds " + megabytes + " MB");
    }
}
