package vn.dondoc.items.boundary;

/**
 * Fired inside the transaction of a correction that changed which agencies an item of this
 * document is assigned to, for components above items that follow the assignments.
 */
public record AssignmentsChanged(long documentId) {}
