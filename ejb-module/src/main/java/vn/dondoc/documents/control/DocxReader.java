package vn.dondoc.documents.control;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationshipCollection;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.poifs.crypt.Decryptor;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFRelation;
import vn.dondoc.documents.control.UnreadableDocument.Reason;

/**
 * Reads an uploaded DOCX (văn bản Word) into the {@link PlanBlock}s of its body, refusing with
 * {@link UnreadableDocument} whatever is not a readable Word document or could exhaust the
 * server: oversized uploads, zip bombs, legacy .doc, password-protected files.
 *
 * <p>The upload is copied to a private temporary file while counting bytes, so nothing depends
 * on a length header and POI reads only the parts it needs, straight from the zip, instead of
 * holding every unpacked entry in memory. Before POI parses anything, every entry is unpacked
 * once through {@link ZipSecureFile} to count the whole unpacked size.
 */
public class DocxReader {

    private static final Logger LOG = Logger.getLogger(DocxReader.class.getName());

    /** No single unpacked part may be larger; a plan's word/document.xml is a few MB. */
    static final long MAX_ENTRY_BYTES = 64L * 1024 * 1024;

    /** All unpacked parts together; bounds memory when many parts each stay under the ratio. */
    static final long MAX_UNPACKED_BYTES = 256L * 1024 * 1024;

    /** Text (UTF-16 chars) a document may yield; a long plan has a few hundred thousand. */
    static final long MAX_TEXT_CHARS = 10L * 1024 * 1024;

    /** Parts in the package; a real DOCX has a few dozen. */
    static final int MAX_ENTRIES = 1000;

    /** Below this compressed/unpacked ratio an entry is a zip bomb (POI's default, made explicit). */
    static final double MIN_INFLATE_RATIO = 0.01;

    private static final Set<String> WORD_CONTENT_TYPES = Set.of(
            XWPFRelation.DOCUMENT.getContentType(),
            XWPFRelation.MACRO_DOCUMENT.getContentType(),
            XWPFRelation.TEMPLATE.getContentType(),
            XWPFRelation.MACRO_TEMPLATE_DOCUMENT.getContentType());

    static {
        // ZipSecureFile's limits are static, shared by every POI use in this application's class
        // loader (POI lives in the WAR, so not by other applications on the server). They are set
        // once, here, to values that suit any upload the product reads, rather than per call: a
        // per-call set-and-restore would race with concurrent requests.
        ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
        ZipSecureFile.setMaxEntrySize(MAX_ENTRY_BYTES);
        ZipSecureFile.setMaxFileCount(MAX_ENTRIES);
        ZipSecureFile.setMaxTextSize(MAX_TEXT_CHARS);
    }

    /**
     * The body of the document in order: paragraphs and tables.
     *
     * @param in the upload; read to its end (at most {@code maxBytes + 1} bytes), not closed
     * @param maxBytes the largest upload accepted
     * @throws UnreadableDocument when the file is refused; the message is for the user
     * @throws UncheckedIOException when the upload cannot be read or stored (not the file's fault)
     */
    public List<PlanBlock> read(InputStream in, long maxBytes) {
        Objects.requireNonNull(in, "in");
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("maxBytes must be positive: " + maxBytes);
        }
        Path upload = null;
        try {
            upload = Files.createTempFile("dondoc-upload-", ".docx");
            copyAtMost(in, upload, maxBytes);
            return readStored(upload.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not store the upload for reading", e);
        } finally {
            deleteQuietly(upload);
        }
    }

    private static void copyAtMost(InputStream in, Path target, long maxBytes) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        try (OutputStream out = Files.newOutputStream(target)) {
            for (int n; (n = in.read(buffer)) != -1; ) {
                total += n;
                if (total > maxBytes) {
                    throw new UnreadableDocument(Reason.TOO_LARGE, megabytes(maxBytes), null);
                }
                out.write(buffer, 0, n);
            }
        }
    }

    private static List<PlanBlock> readStored(File file) {
        FileMagic magic;
        try {
            magic = FileMagic.valueOf(file);
        } catch (IOException | RuntimeException e) {
            throw new UnreadableDocument(Reason.NOT_DOCX, e);
        }
        if (magic == FileMagic.OLE2) {
            throw new UnreadableDocument(ole2Kind(file));
        }
        if (magic != FileMagic.OOXML) {
            throw new UnreadableDocument(Reason.NOT_DOCX);
        }
        checkUnpackedSize(file);
        return parse(file);
    }

    /** Office's binary container holds both legacy .doc files and encrypted OOXML files. */
    private static Reason ole2Kind(File file) {
        try (POIFSFileSystem container = new POIFSFileSystem(file, true)) {
            DirectoryNode root = container.getRoot();
            if (root.hasEntry(Decryptor.DEFAULT_POIFS_ENTRY) || root.hasEntry("EncryptionInfo")) {
                return Reason.ENCRYPTED;
            }
            if (root.hasEntry("WordDocument")) {
                return Reason.LEGACY_DOC;
            }
            return Reason.NOT_DOCX;
        } catch (IOException | RuntimeException e) {
            return Reason.NOT_DOCX;
        }
    }

    /**
     * Unpacks every entry once, counting bytes, through {@link ZipSecureFile}: it enforces the
     * inflate ratio and entry size while unpacking, whatever sizes the zip headers claim.
     */
    private static void checkUnpackedSize(File file) {
        try (ZipSecureFile zip = new ZipSecureFile(file)) {
            byte[] buffer = new byte[64 * 1024];
            long total = 0;
            int entries = 0;
            for (Enumeration<ZipArchiveEntry> e = zip.getEntries(); e.hasMoreElements(); ) {
                ZipArchiveEntry entry = e.nextElement();
                if (++entries > MAX_ENTRIES) {
                    throw new UnreadableDocument(Reason.ZIP_BOMB, "> " + MAX_ENTRIES + " entries", null);
                }
                // Word writes parts stored or deflated; any other method (Zstandard, found by fuzzing:
                // its decoder is not on the class path, a NoClassDefFoundError and a 500) is refused.
                if (entry.getMethod() != ZipArchiveEntry.STORED && entry.getMethod() != ZipArchiveEntry.DEFLATED) {
                    throw new UnreadableDocument(Reason.DAMAGED, "zip method " + entry.getMethod(), null);
                }
                try (InputStream unpacked = zip.getInputStream(entry)) {
                    for (int n; (n = unpacked.read(buffer)) != -1; ) {
                        total += n;
                        if (total > MAX_UNPACKED_BYTES) {
                            throw new UnreadableDocument(Reason.ZIP_BOMB, "> " + megabytes(MAX_UNPACKED_BYTES), null);
                        }
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            throw refusal(e);
        }
    }

    private static List<PlanBlock> parse(File file) {
        try (OPCPackage pkg = OPCPackage.open(file, PackageAccess.READ)) {
            requireWordDocument(pkg);
            // Not closed on its own: closing the package (read-only: reverted) is what matters.
            XWPFDocument document = new XWPFDocument(pkg);
            return DocxBlocks.of(document, MAX_TEXT_CHARS);
        } catch (IOException | InvalidFormatException | RuntimeException e) {
            throw refusal(e);
        } catch (StackOverflowError e) {
            // Deeply nested XML (tables in tables…) makes POI recurse while building its model;
            // the stack unwinds cleanly to here, so this one Error is a refusal like any other.
            throw new UnreadableDocument(Reason.DAMAGED, e);
        }
    }

    /** An .xlsx or .pptx is a valid package too; say so before parsing it as Word. */
    private static void requireWordDocument(OPCPackage pkg) throws InvalidFormatException {
        PackageRelationshipCollection main = pkg.getRelationshipsByType(PackageRelationshipTypes.CORE_DOCUMENT);
        if (main.isEmpty()) {
            throw new UnreadableDocument(Reason.NOT_DOCX);
        }
        PackagePart part = pkg.getPart(main.getRelationship(0));
        if (part == null || !WORD_CONTENT_TYPES.contains(part.getContentType())) {
            throw new UnreadableDocument(Reason.NOT_DOCX);
        }
    }

    private static UnreadableDocument refusal(Exception e) {
        if (e instanceof UnreadableDocument refused) {
            return refused;
        }
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            String message = cause.getMessage();
            if (message != null && message.contains("Zip bomb")) {
                return new UnreadableDocument(Reason.ZIP_BOMB, e);
            }
            if (cause instanceof UnreadableDocument refused) {
                return refused;
            }
        }
        return new UnreadableDocument(Reason.DAMAGED, e);
    }

    private static String megabytes(long bytes) {
        return bytes >= 1024 * 1024 ? bytes / (1024 * 1024) + " MB" : bytes + " B";
    }

    private static void deleteQuietly(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.log(Level.WARNING, e, () -> "Could not delete the temporary upload " + file);
        }
    }
}
