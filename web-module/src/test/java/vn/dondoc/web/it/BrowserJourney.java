package vn.dondoc.web.it;

import java.io.IOException;
import java.net.URL;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * What every browser test class shares: its own deployment (each class declares it, with the clock
 * its story needs), one headless Chromium for the class ({@link Browser}), a fresh browser session
 * and an API client for each test. Screenshots go to {@code target/screenshots/<name>/}, the
 * class's name without {@code UiIT}, in lower case ({@code ReportsUiIT}: {@code reports}).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
abstract class BrowserJourney {

    /** Tokens signed in by each class's deployment, for that class's tests only. */
    private static final Map<Class<?>, Map<String, String>> TOKENS = new ConcurrentHashMap<>();

    static Browser chromium;
    static ChromeDriver browser;

    @ArquillianResource
    URL base;

    Api api;

    @AfterAll
    static void closeChromium() {
        if (chromium != null) {
            chromium.close();
            chromium = null;
            browser = null;
        }
    }

    /**
     * Starts the class's Chromium at its first test (a {@code @BeforeAll} cannot be told its class
     * here: Arquillian's parameter resolver refuses {@code TestInfo} there), then a fresh session.
     */
    @BeforeEach
    void freshSession(TestInfo info) throws IOException {
        if (chromium == null) {
            chromium = Browser.start(folder(getClass()));
            browser = chromium.driver;
        }
        api = new Api(base, TOKENS.computeIfAbsent(getClass(), c -> new ConcurrentHashMap<>()));
        chromium.fresh(api, info.getTestMethod().orElseThrow().getName());
    }

    /** "ReportsUiIT": "reports". */
    static String folder(Class<?> testClass) {
        return testClass.getSimpleName().replaceFirst("UiIT$", "").toLowerCase(Locale.ROOT);
    }
}
