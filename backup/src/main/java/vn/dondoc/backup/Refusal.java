package vn.dondoc.backup;

/**
 * Why an export or an import did not happen, in the operator's two languages ("Vietnamese /
 * English"), as the product words its refusals. Nothing was written when one is thrown from an
 * import: the transaction is rolled back first.
 */
public final class Refusal extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public Refusal(String vietnamese, String english) {
        super(vietnamese + " / " + english);
    }

    public Refusal(String vietnamese, String english, Throwable cause) {
        super(vietnamese + " / " + english, cause);
    }
}
