package vn.dondoc.documents.control;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.ThrowingSupplier;
import vn.dondoc.documents.control.UnreadableDocument.Reason;

/**
 * Hostile or wrong uploads are refused with a message for the user, quickly and in bounded memory.
 * Longer than our usual ~300 lines on purpose: each hostile file is built by hand next to its test.
 */
class DocxReaderRefusalTest {

    private static final long LIMIT = 5L * 1024 * 1024;
    private static final Duration QUICKLY = Duration.ofSeconds(15);

    private final DocxReader reader = new DocxReader();

    @Test
    void aZipBombIsRefusedQuicklyWithoutUnpackingIt() throws IOException {
        byte[] bomb = docxShapedZip(200L * 1024 * 1024);
        assertThat(bomb.length).isLessThan(1024 * 1024);

        long allocatedBefore = allocatedByThisThread();
        UnreadableDocument refused = assertTimeoutPreemptively(QUICKLY, refusal(bomb, LIMIT));
        long allocated = allocatedByThisThread() - allocatedBefore;

        assertThat(refused.reason()).isEqualTo(Reason.ZIP_BOMB);
        assertThat(allocated).as("bytes allocated while refusing").isLessThan(64L * 1024 * 1024);
    }

    @Test
    void aPackageWithThousandsOfPartsIsRefused() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            copyEntries(minimalDocx(), zip, null);
            for (int i = 0; i < 1200; i++) {
                zip.putNextEntry(new ZipEntry("word/media/part" + i + ".bin"));
                zip.write('x');
                zip.closeEntry();
            }
        }
        assertThat(refusalOf(out.toByteArray(), LIMIT).reason()).isEqualTo(Reason.ZIP_BOMB);
    }

    @Test
    void anExternalEntityIsNeverResolved() throws IOException {
        byte[] xxe = withDocumentXml("""
                <?xml version="1.0" encoding="UTF-8" standalone="no"?>
                <!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>
                <w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
                <w:body><w:p><w:r><w:t>Trước &e; sau</w:t></w:r></w:p></w:body></w:document>
                """);

        assertThatRefusedOrFree(xxe, "root:");
    }

    @Test
    void exponentialInternalEntitiesDoNotExpand() throws IOException {
        StringBuilder doctype = new StringBuilder("<!DOCTYPE x [<!ENTITY a0 \"hahahahahahahahahaha\">");
        for (int i = 1; i <= 12; i++) {
            String previous = "&a" + (i - 1) + ";";
            doctype.append("<!ENTITY a")
                    .append(i)
                    .append(" \"")
                    .append(previous.repeat(10))
                    .append("\">");
        }
        doctype.append("]>");
        byte[] laughs = withDocumentXml("<?xml version=\"1.0\"?>" + doctype
                + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
                + "<w:body><w:p><w:r><w:t>&a12;</w:t></w:r></w:p></w:body></w:document>");

        assertTimeoutPreemptively(QUICKLY, () -> assertThatRefusedOrFree(laughs, "hahahahahahahahahahahahahahahahaha"));
    }

    @Test
    void tablesNestedThousandsDeepAreRefusedNotAStackOverflow() throws IOException {
        int depth = 20_000;
        String open = "<w:tbl><w:tr><w:tc>";
        String close = "<w:p/></w:tc></w:tr></w:tbl>";
        byte[] nested = withStoredDocumentXml("<?xml version=\"1.0\"?>"
                + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"
                + open.repeat(depth) + "<w:p><w:r><w:t>x</w:t></w:r></w:p>" + close.repeat(depth)
                + "</w:body></w:document>");

        UnreadableDocument refused = assertTimeoutPreemptively(QUICKLY, refusal(nested, LIMIT));
        assertThat(refused.reason()).isEqualTo(Reason.DAMAGED);
    }

    @Test
    void randomBytesAreNotADocx() {
        byte[] noise = new byte[64 * 1024];
        new Random(42).nextBytes(noise);
        assertThat(refusalOf(noise, LIMIT).reason()).isEqualTo(Reason.NOT_DOCX);
    }

    @Test
    void aPlainTextFileIsNotADocx() {
        byte[] text = "KẾ HOẠCH Thực hiện Chỉ thị số 46-CT/TU\n1. Tuyên truyền\n".getBytes(UTF_8);
        assertThat(refusalOf(text, LIMIT).reason()).isEqualTo(Reason.NOT_DOCX);
    }

    @Test
    void anEmptyUploadIsNotADocx() {
        assertThat(refusalOf(new byte[0], LIMIT).reason()).isEqualTo(Reason.NOT_DOCX);
    }

    @Test
    void aSpreadsheetIsNotADocx() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            workbook.createSheet("Phụ lục").createRow(0).createCell(0).setCellValue("STT");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            assertThat(refusalOf(out.toByteArray(), LIMIT).reason()).isEqualTo(Reason.NOT_DOCX);
        }
    }

    @Test
    void aTruncatedDocxIsRefused() throws IOException {
        byte[] docx = minimalDocx();
        byte[] half = java.util.Arrays.copyOf(docx, docx.length / 2);
        assertThat(refusalOf(half, LIMIT).reason()).isIn(Reason.DAMAGED, Reason.NOT_DOCX);
    }

    @Test
    void aLegacyDocFileIsRefusedWithAHintToSaveAsDocx() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (POIFSFileSystem ole2 = new POIFSFileSystem()) {
            ole2.createDocument(new ByteArrayInputStream(new byte[512]), "WordDocument");
            ole2.createDocument(new ByteArrayInputStream(new byte[512]), "1Table");
            ole2.writeFilesystem(out);
        }
        UnreadableDocument refused = refusalOf(out.toByteArray(), LIMIT);
        assertThat(refused.reason()).isEqualTo(Reason.LEGACY_DOC);
        assertThat(refused.getMessage()).contains(".doc").contains("save it as .docx");
    }

    @Test
    void aPasswordProtectedDocxIsRefused() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (POIFSFileSystem container = new POIFSFileSystem()) {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword("mật khẩu");
            try (OutputStream encrypted = encryptor.getDataStream(container)) {
                encrypted.write(minimalDocx());
            }
            container.writeFilesystem(out);
        }
        assertThat(refusalOf(out.toByteArray(), LIMIT).reason()).isEqualTo(Reason.ENCRYPTED);
    }

    @Test
    void anUploadLargerThanTheLimitIsRefusedWhileReadingAndNeverReadToItsEnd() {
        long limit = 1024 * 1024;
        CountingEndlessStream endless = new CountingEndlessStream();

        UnreadableDocument refused = assertTimeoutPreemptively(
                QUICKLY, () -> catchThrowableOfType(UnreadableDocument.class, () -> reader.read(endless, limit)));

        assertThat(refused.reason()).isEqualTo(Reason.TOO_LARGE);
        assertThat(refused.status()).isEqualTo(413);
        assertThat(endless.served).isLessThanOrEqualTo(limit + 64 * 1024);
    }

    @Test
    void aDocxOfExactlyTheLimitIsRead() throws IOException {
        byte[] docx = minimalDocx();
        assertThat(reader.read(new ByteArrayInputStream(docx), docx.length)).isEmpty();
        assertThat(refusalOf(docx, docx.length - 1).reason()).isEqualTo(Reason.TOO_LARGE);
    }

    @Test
    void theMessageIsVietnameseThenEnglish() {
        UnreadableDocument refused = refusalOf("not a docx".getBytes(UTF_8), LIMIT);
        assertThat(refused.getMessage())
                .startsWith("Tệp DOCX không đọc được: tệp không phải là văn bản Word (.docx). ")
                .endsWith("/ The DOCX file cannot be read: the file is not a Word document (.docx).");
    }

    private void assertThatRefusedOrFree(byte[] docx, String forbidden) {
        try {
            List<PlanBlock> blocks = reader.read(new ByteArrayInputStream(docx), LIMIT);
            assertThat(blocks.toString()).doesNotContain(forbidden);
        } catch (UnreadableDocument refused) {
            assertThat(refused.getMessage()).doesNotContain(forbidden);
        }
    }

    private UnreadableDocument refusalOf(byte[] upload, long limit) {
        UnreadableDocument refused = catchThrowableOfType(
                UnreadableDocument.class, () -> reader.read(new ByteArrayInputStream(upload), limit));
        assertThat(refused).as("refused").isNotNull();
        assertThat(refused.getMessage())
                .startsWith("Tệp DOCX không đọc được")
                .contains("/ The DOCX file cannot be read");
        return refused;
    }

    private ThrowingSupplier<UnreadableDocument> refusal(byte[] upload, long limit) {
        return () -> refusalOf(upload, limit);
    }

    /** A DOCX-shaped zip whose word/document.xml is {@code size} bytes of spaces. */
    private static byte[] docxShapedZip(long size) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.setLevel(Deflater.BEST_COMPRESSION);
            copyEntries(minimalDocx(), zip, "word/document.xml");
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write("<?xml version=\"1.0\"?>".getBytes(UTF_8));
            byte[] spaces = new byte[1024 * 1024];
            java.util.Arrays.fill(spaces, (byte) ' ');
            for (long written = 0; written < size; written += spaces.length) {
                zip.write(spaces);
            }
            zip.closeEntry();
        }
        return out.toByteArray();
    }

    private static byte[] withDocumentXml(String xml) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            copyEntries(minimalDocx(), zip, "word/document.xml");
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write(xml.getBytes(UTF_8));
            zip.closeEntry();
        }
        return out.toByteArray();
    }

    /** As {@link #withDocumentXml} but stored uncompressed, so no inflate-ratio check can fire. */
    private static byte[] withStoredDocumentXml(String xml) throws IOException {
        byte[] content = xml.getBytes(UTF_8);
        CRC32 crc = new CRC32();
        crc.update(content);
        ZipEntry stored = new ZipEntry("word/document.xml");
        stored.setMethod(ZipEntry.STORED);
        stored.setSize(content.length);
        stored.setCompressedSize(content.length);
        stored.setCrc(crc.getValue());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            copyEntries(minimalDocx(), zip, "word/document.xml");
            zip.putNextEntry(stored);
            zip.write(content);
            zip.closeEntry();
        }
        return out.toByteArray();
    }

    /** Copies a zip's entries but the one named {@code leftOut}. */
    private static void copyEntries(byte[] source, ZipOutputStream zip, String leftOut) throws IOException {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(source))) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                if (!entry.getName().equals(leftOut)) {
                    zip.putNextEntry(new ZipEntry(entry.getName()));
                    zip.write(in.readAllBytes());
                    zip.closeEntry();
                }
            }
        }
    }

    private static byte[] minimalDocx() throws IOException {
        try (XWPFDocument doc = new XWPFDocument()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.write(out);
            return out.toByteArray();
        }
    }

    private static long allocatedByThisThread() {
        if (ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean threads) {
            return threads.getCurrentThreadAllocatedBytes();
        }
        return 0;
    }

    /** An upload that never ends, as a client lying about its length could send. */
    private static final class CountingEndlessStream extends InputStream {
        long served;

        @Override
        public int read() {
            served++;
            return 0;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            java.util.Arrays.fill(b, off, off + len, (byte) 0);
            served += len;
            return len;
        }
    }
}
