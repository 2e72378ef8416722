package vn.dondoc.web.it;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Starts the product once more on this run's database, as a restarted server would, waits until
 * it is ready and stops it: a test class that checks what start-ups leave behind makes its own
 * second start-up rather than counting on other classes having run before it. The server runs the
 * same WAR with the same options as the Arquillian deployments, on a free port, beside the class's
 * own deployment; its log is kept in {@code target/it-work/restart.log}.
 */
final class ProductRestart {

    private ProductRestart() {}

    static void startAndStop() throws IOException, InterruptedException {
        Path log = Path.of(System.getProperty("dondoc.test.work", "target/it-work"))
                .toAbsolutePath()
                .resolve("restart.log");
        try (ProductServer ignored = ProductServer.start(TestEnvironment.productOptions(), log)) {
            // started and ready: that is all a restart has to show
        }
    }
}
