package vn.dondoc.audit.boundary;

/**
 * A result that names what an {@link Audited} call acted on, for calls whose target is known
 * only once they ran (an import learns the document's number from the document).
 */
public interface AuditSubject {

    String auditTarget();
}
