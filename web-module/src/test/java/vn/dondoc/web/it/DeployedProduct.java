package vn.dondoc.web.it;

import java.net.URL;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What every integration test class shares: the product's WAR deployed once for the class on
 * Payara Micro, and an HTTP client for its API, used from outside as a client would. Nothing
 * passes from one class to another: each has its own server and signs its users in itself.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
abstract class DeployedProduct {

    /** Tokens signed in by each test class's deployment, for that class's tests only. */
    private static final Map<Class<?>, Map<String, String>> TOKENS = new ConcurrentHashMap<>();

    @ArquillianResource
    URL base;

    Api api;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.productWar();
    }

    @BeforeEach
    void connect() {
        api = new Api(base, TOKENS.computeIfAbsent(getClass(), c -> new ConcurrentHashMap<>()));
    }
}
