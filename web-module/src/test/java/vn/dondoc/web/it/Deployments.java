package vn.dondoc.web.it;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The deployment under test is the WAR the build produced: what ships is what is tested. */
final class Deployments {

    private Deployments() {}

    static WebArchive productWar() {
        File war = new File(System.getProperty("dondoc.war", "target/dondoc.war"));
        if (!war.isFile()) {
            throw new IllegalStateException(war + " is missing: run the integration tests with mvn verify");
        }
        return ShrinkWrap.createFromZipFile(WebArchive.class, war);
    }

    /**
     * The product's WAR with MicroProfile Config properties of its own (a fixed clock: {@code
     * dondoc.clock=2024-06-20T03:00:00Z}), for a test class that needs its own deployment.
     */
    static WebArchive productWarWith(String microprofileConfig) {
        return productWar()
                .addAsResource(new StringAsset(microprofileConfig), "META-INF/microprofile-config.properties");
    }
}
