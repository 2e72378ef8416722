package vn.dondoc.items.boundary;

/**
 * Fired inside the transaction of a correction to the items of this document: which agencies an
 * item is assigned to, or an item's text or time frame. For components above items that follow them
 * (the obligations an assignment creates, the tasks a dated item gives its lead agencies).
 */
public record ItemsChanged(long documentId) {}
