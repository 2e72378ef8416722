package vn.dondoc.explanations.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import vn.dondoc.reporting.entity.AttachmentContent;
import vn.dondoc.tenancy.entity.TenantOwned;

/**
 * A file of an agency's answer (tệp kèm theo giải trình): its name as uploaded, the type read from
 * its bytes, size and SHA-256, who and when. The bytes are an {@link AttachmentContent}, as a
 * report's are.
 */
@Entity
@Table(name = "explanation_attachment")
public class ExplanationAttachment extends TenantOwned {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "request_id", updatable = false)
    private ExplanationRequest request;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "content_id", updatable = false)
    private AttachmentContent content;

    @Column(name = "file_name", nullable = false, updatable = false)
    private String fileName;

    @Column(name = "content_type", nullable = false, updatable = false, length = 100)
    private String contentType;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    private long size;

    @Column(nullable = false, updatable = false, length = 64)
    private String sha256;

    @Column(name = "uploaded_at", nullable = false, updatable = false)
    private Instant uploadedAt;

    @Column(name = "uploaded_by", nullable = false, updatable = false, length = 190)
    private String uploadedBy;

    protected ExplanationAttachment() {}

    ExplanationAttachment(
            ExplanationRequest request,
            AttachmentContent content,
            String fileName,
            String contentType,
            String uploadedBy,
            Instant uploadedAt) {
        this.request = Objects.requireNonNull(request, "request");
        this.content = Objects.requireNonNull(content, "content");
        this.fileName = Objects.requireNonNull(fileName, "fileName");
        this.contentType = Objects.requireNonNull(contentType, "contentType");
        this.size = content.size();
        this.sha256 = content.sha256();
        this.uploadedBy = Objects.requireNonNull(uploadedBy, "uploadedBy");
        this.uploadedAt = Objects.requireNonNull(uploadedAt, "uploadedAt");
    }

    public Long id() {
        return id;
    }

    public ExplanationRequest request() {
        return request;
    }

    public AttachmentContent content() {
        return content;
    }

    public String fileName() {
        return fileName;
    }

    public String contentType() {
        return contentType;
    }

    public long size() {
        return size;
    }

    public String sha256() {
        return sha256;
    }

    public Instant uploadedAt() {
        return uploadedAt;
    }

    public String uploadedBy() {
        return uploadedBy;
    }
}
