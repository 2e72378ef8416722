package vn.dondoc.reporting.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import vn.dondoc.platform.boundary.InvalidInput;
import vn.dondoc.platform.boundary.UnsupportedType;

class AttachmentFileTest {

    static final byte[] PDF = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
            .getBytes(StandardCharsets.US_ASCII);

    @Test
    void aPdfIsTakenWithTheTypeReadFromItsBytesAndItsDigest() {
        AttachmentFile file = AttachmentFile.of("Báo cáo 6 tháng.pdf", PDF);

        assertThat(file.contentType()).isEqualTo("application/pdf");
        assertThat(file.fileName()).isEqualTo("Báo cáo 6 tháng.pdf");
        // what sha256sum prints for the same bytes
        assertThat(HexFormat.of().formatHex(file.sha256()))
                .isEqualTo("56c2ac043c28d3543275a6f50b593a6beb0b6888ed8159ac02e3e7f4a32ccb26");
    }

    @Test
    void theNameTheClientGivesDoesNotDecideTheType() {
        assertThat(AttachmentFile.of("so-lieu.xlsx", PDF).contentType()).isEqualTo("application/pdf");
        assertThatThrownBy(() -> AttachmentFile.of(
                        "bao-cao.pdf", "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(UnsupportedType.class)
                .hasMessageContaining("bao-cao.pdf")
                .hasMessageContaining("PDF, DOCX, XLSX");
        byte[] program = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, (byte) 0xFF, (byte) 0xFF, 0, 0};
        assertThatThrownBy(() -> AttachmentFile.of("bao-cao.docx", program)).isInstanceOf(UnsupportedType.class);
    }

    @Test
    void anOfficeFileIsAZipNamedAsOneAndAPlainZipIsRefused() throws IOException {
        byte[] zip = zip();
        assertThat(AttachmentFile.of("ke-hoach.docx", zip).contentType())
                .isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertThat(AttachmentFile.of("so-lieu.xlsx", zip).contentType())
                .isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThatThrownBy(() -> AttachmentFile.of("tai-lieu.zip", zip)).isInstanceOf(UnsupportedType.class);
    }

    @Test
    void imagesAreTaken() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        byte[] jpeg = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F', 0};
        assertThat(AttachmentFile.of("anh.png", png).contentType()).isEqualTo("image/png");
        assertThat(AttachmentFile.of("anh", jpeg).contentType()).isEqualTo("image/jpeg");
    }

    @Test
    void theNameLosesFoldersAndControlCharactersAndMustHoldSomething() {
        assertThat(AttachmentFile.of("../../etc/bao\u0000cao\r\n.pdf", PDF).fileName())
                .isEqualTo("baocao.pdf");
        assertThat(AttachmentFile.of("C:\\Users\\chuyen vien\\bc.pdf", PDF).fileName())
                .isEqualTo("bc.pdf");
        assertThat(AttachmentFile.of("x".repeat(300) + ".pdf", PDF).fileName())
                .hasSize(200)
                .endsWith(".pdf");
        assertThatThrownBy(() -> AttachmentFile.of("../", PDF)).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> AttachmentFile.of(null, PDF)).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> AttachmentFile.of("a.pdf", new byte[0])).isInstanceOf(InvalidInput.class);
    }

    static byte[] zip() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            out.putNextEntry(new ZipEntry("[Content_Types].xml"));
            out.write("<Types/>".getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
        return bytes.toByteArray();
    }
}
