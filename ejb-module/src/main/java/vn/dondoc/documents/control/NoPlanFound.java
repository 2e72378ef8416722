package vn.dondoc.documents.control;

/** The input holds no plan the importer can read; the message says why, for the user. */
public class NoPlanFound extends Exception {

    private static final long serialVersionUID = 1L;

    public NoPlanFound(String reason) {
        super(reason);
    }
}
