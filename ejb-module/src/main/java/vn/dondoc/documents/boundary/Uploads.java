package vn.dondoc.documents.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.dondoc.platform.boundary.InvalidInput;
import vn.dondoc.platform.boundary.TooLarge;

/**
 * Reads an uploaded plan within {@code dondoc.import.max-bytes}: the one place its size is
 * checked, with one message, before reading when the client declares the length.
 */
@ApplicationScoped
public class Uploads {

    @Inject
    @ConfigProperty(name = "dondoc.import.max-bytes", defaultValue = "10485760")
    long maxBytes;

    /**
     * @param declaredLength the Content-Length, or {@code null}
     * @throws vn.dondoc.platform.boundary.UnsupportedType for a content type that is not a plan's
     * @throws TooLarge over the limit (a client that sent "Expect: 100-continue" never uploads it)
     */
    public PlanSource read(InputStream body, String contentType, Long declaredLength) {
        Optional<PlanSource.Format> named = PlanSource.formatNamedBy(contentType);
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
            return PlanSource.of(named, content);
        } catch (IOException e) {
            throw new InvalidInput("Không đọc được nội dung gửi lên / The upload could not be read");
        }
    }

    private TooLarge tooLarge() {
        long megabytes = maxBytes / (1024 * 1024);
        return new TooLarge("Tệp vượt quá " + megabytes + " MB / The upload exceeds " + megabytes + " MB");
    }
}
