package vn.dondoc.reporting.boundary;

import java.time.Instant;

/** A file of a report: name, the type read from its bytes, size, SHA-256 (hex), who and when. */
public record AttachmentView(
        long id,
        String fileName,
        String contentType,
        long size,
        String sha256,
        Instant uploadedAt,
        String uploadedBy) {}
