package vn.dondoc.documents.boundary;

/**
 * Fired inside the import's transaction once a document is stored (created or updated in place),
 * for components above documents that keep something derived from it (the obligations it creates).
 */
public record DocumentImported(long documentId) {}
