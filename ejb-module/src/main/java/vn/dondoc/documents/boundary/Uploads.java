package vn.dondoc.documents.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.dondoc.platform.boundary.UploadLimit;

/** Reads an uploaded plan within {@code dondoc.import.max-bytes} (10 MB unless configured). */
@ApplicationScoped
public class Uploads {

    @Inject
    @ConfigProperty(name = "dondoc.import.max-bytes", defaultValue = "10485760")
    long maxBytes;

    /**
     * @param declaredLength the Content-Length, or {@code null}
     * @throws vn.dondoc.platform.boundary.UnsupportedType for a content type that is not a plan's
     * @throws vn.dondoc.platform.boundary.TooLarge over the limit
     */
    public PlanSource read(InputStream body, String contentType, Long declaredLength) {
        Optional<PlanSource.Format> named = PlanSource.formatNamedBy(contentType);
        return PlanSource.of(named, new UploadLimit(maxBytes).read(body, declaredLength));
    }
}
