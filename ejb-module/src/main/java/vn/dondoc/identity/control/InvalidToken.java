package vn.dondoc.identity.control;

/** A bearer token that is not accepted, with the reason in words a client can act on. */
public class InvalidToken extends Exception {

    private static final long serialVersionUID = 1L;

    public InvalidToken(String reason, Throwable cause) {
        super(reason, cause);
    }
}
