package vn.dondoc.benchmarks.bare;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/**
 * The bare baseline of the deadline-day burst (issue 7), served under {@code /bench-bare/api}
 * beside the product on the same Payara Micro: JAX-RS and plain JDBC, nothing else.
 */
@ApplicationPath("api")
public class BareApplication extends Application {}
