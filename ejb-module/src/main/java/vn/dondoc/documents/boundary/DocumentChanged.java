package vn.dondoc.documents.boundary;

/**
 * Fired inside the transaction that stored a document (an import, created or updated in place) or
 * changed its reporting regime,
 * for components above documents that keep something derived from it (the obligations it creates).
 */
public record DocumentChanged(long documentId) {}
