package vn.dondoc.benchmarks.burst;

/** The two stacks on the same server: the product and the bare JAX-RS + JDBC baseline. */
enum Stack {
    PRODUCT("/api/v1"),
    BARE("/bench-bare/api");

    private final String root;

    Stack(String root) {
        this.root = root;
    }

    String report(long obligationId) {
        return root + "/obligations/" + obligationId + "/report";
    }

    /** The floor: a one-row read through the same stack. */
    String floor(String agencyCode) {
        return root + "/agencies/" + agencyCode;
    }

    String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
