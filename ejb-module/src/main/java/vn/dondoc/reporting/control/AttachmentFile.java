package vn.dondoc.reporting.control;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.Map;
import java.util.Objects;
import org.apache.tika.Tika;
import vn.dondoc.platform.boundary.InvalidInput;
import vn.dondoc.platform.boundary.UnsupportedType;

/**
 * An uploaded file as a report may hold it: a PDF, a Word or Excel file (OOXML) or an image, its type
 * read from its bytes by Apache Tika, never taken from the client's word or the name alone. A file
 * whose bytes say something else (a program, an HTML page, a zip named .docx) is refused, as is any
 * other type. The name is kept for the download, without any folder and without control characters.
 *
 * <p>Tika core alone tells a zip from a PDF by the bytes; an Office file is a zip, and Tika names the
 * kind of zip from the file's name only when the bytes are a zip. So a DOCX must be a zip and be named
 * .docx; its inside is not parsed (nothing here ever opens the file).
 */
public record AttachmentFile(String fileName, String contentType, byte[] content, byte[] sha256) {

    /** The types a report (or an answer to a request for explanation) may carry, with the Vietnamese name shown when a file is refused. */
    private static final Map<String, String> ALLOWED = Map.of(
            "application/pdf", "PDF",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "DOCX",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "XLSX",
            "image/png", "PNG",
            "image/jpeg", "JPEG");

    private static final Tika TIKA = new Tika();

    public AttachmentFile {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(sha256, "sha256");
    }

    /**
     * Reads what the client sent.
     *
     * @throws InvalidInput for an empty file or a name with nothing in it
     * @throws UnsupportedType for a type a report does not take
     */
    public static AttachmentFile of(String fileName, byte[] content) {
        String name = cleanName(fileName);
        if (content.length == 0) {
            throw new InvalidInput("Tệp trống / The file is empty");
        }
        String type = TIKA.detect(content, name);
        if (!ALLOWED.containsKey(type)) {
            throw new UnsupportedType("Tệp '" + name + "' có kiểu " + type + ", chỉ nhận tệp PDF, DOCX, XLSX, PNG,"
                    + " JPEG / The file '" + name + "' is " + type + "; only PDF, DOCX, XLSX, PNG or JPEG files are"
                    + " taken");
        }
        return new AttachmentFile(name, type, content, sha256(content));
    }

    static String cleanName(String fileName) {
        if (fileName == null) {
            throw new InvalidInput("Cần tên tệp (?name=) / The file needs a name (?name=)");
        }
        String name = Normalizer.normalize(fileName, Normalizer.Form.NFC);
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.replaceAll("[\\p{Cntrl}\"]", "").strip();
        if (name.isEmpty() || name.equals(".") || name.equals("..")) {
            throw new InvalidInput("Cần tên tệp (?name=) / The file needs a name (?name=)");
        }
        if (name.length() > 200) {
            int dot = name.lastIndexOf('.');
            String extension = dot > 0 && name.length() - dot <= 10 ? name.substring(dot) : "";
            name = name.substring(0, 200 - extension.length()) + extension;
        }
        return name;
    }

    private static byte[] sha256(byte[] content) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(content);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform has SHA-256", e);
        }
    }
}
