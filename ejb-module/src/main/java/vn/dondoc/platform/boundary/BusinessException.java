package vn.dondoc.platform.boundary;

import jakarta.ejb.ApplicationException;

/**
 * Root of every failure a client can cause and be told about. Each subclass names one kind of
 * failure; the web layer turns it into a problem+json answer with {@link #status()}.
 *
 * <p>Messages are written for the user: Vietnamese first, then English.
 */
@ApplicationException(rollback = true)
public abstract class BusinessException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    protected BusinessException(String message) {
        super(message);
    }

    /** The HTTP status this failure stands for. */
    public abstract int status();

    /** A short, stable title for the kind of failure. */
    public abstract String title();

    /**
     * A stable name a client can act on when the status alone does not say what to do
     * ({@code password-change-required}), or {@code null}: the problem's {@code code} and, as
     * {@code urn:dondoc:problem:<code>}, its {@code type}.
     */
    public String code() {
        return null;
    }
}
