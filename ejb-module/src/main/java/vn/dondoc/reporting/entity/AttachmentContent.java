package vn.dondoc.reporting.entity;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.util.HexFormat;
import java.util.Objects;
import vn.dondoc.tenancy.entity.TenantOwned;

/**
 * The bytes of one uploaded file and their SHA-256, kept behind the tenant wall with the rest of the
 * tenant's data (and so in its backups). Never changed; shared by the versions of a report that list
 * the file.
 */
@Entity
@Table(name = "attachment_content")
public class AttachmentContent extends TenantOwned {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, updatable = false, length = 64)
    private String sha256;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    private long size;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false, updatable = false)
    private byte[] content;

    protected AttachmentContent() {}

    /** @param sha256 the digest of {@code content}, computed by whoever read it */
    public AttachmentContent(byte[] content, byte[] sha256) {
        this.content = Objects.requireNonNull(content, "content");
        this.sha256 = HexFormat.of().formatHex(sha256);
        this.size = content.length;
    }

    public Long id() {
        return id;
    }

    public String sha256() {
        return sha256;
    }

    public long size() {
        return size;
    }

    public byte[] bytes() {
        return content;
    }
}
