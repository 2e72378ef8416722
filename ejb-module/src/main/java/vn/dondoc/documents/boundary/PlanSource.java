package vn.dondoc.documents.boundary;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import vn.dondoc.platform.boundary.UnsupportedType;

/** An uploaded plan: its bytes and whether they are UTF-8 text or a DOCX file. */
public record PlanSource(Format format, byte[] content) {

    public static final String DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    public enum Format {
        TEXT,
        DOCX
    }

    public PlanSource {
        Objects.requireNonNull(format);
        Objects.requireNonNull(content);
    }

    /**
     * The one place the upload's format is decided, from its content type: DOCX or text when it
     * says so; for no type or a generic binary one, empty (the bytes decide, see {@link #of}).
     *
     * @throws UnsupportedType for any other content type, naming the ones accepted
     */
    public static Optional<Format> formatNamedBy(String contentType) {
        String type =
                contentType == null ? "" : contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        return switch (type) {
            case DOCX_TYPE -> Optional.of(Format.DOCX);
            case "text/plain" -> Optional.of(Format.TEXT);
            case "", "application/octet-stream" -> Optional.empty();
            default ->
                throw new UnsupportedType("Hãy gửi kế hoạch dạng text/plain (UTF-8) hoặc tệp .docx (" + DOCX_TYPE
                        + "), không phải " + type + " / Send the plan as text/plain (UTF-8) or a .docx file ("
                        + DOCX_TYPE + "), not " + type);
        };
    }

    /** An upload of the format its type named, or else a DOCX when the bytes are a zip, text otherwise. */
    public static PlanSource of(Optional<Format> named, byte[] content) {
        return new PlanSource(named.orElse(isZip(content) ? Format.DOCX : Format.TEXT), content);
    }

    /** The SHA-256 of the bytes, in hex: which upload a document version came from. */
    public String sha256() {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean isZip(byte[] content) {
        return content.length > 3 && content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4;
    }
}
