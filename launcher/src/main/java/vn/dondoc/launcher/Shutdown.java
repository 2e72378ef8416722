package vn.dondoc.launcher;

import java.util.concurrent.Callable;

/**
 * Stops what the launcher started, server first and database second, exactly once: from the
 * JVM shutdown hook on Ctrl-C, or directly when start-up fails. Processes are registered here
 * as they start so that a Ctrl-C at any moment leaves none behind.
 */
final class Shutdown implements Runnable {

    private static final long PAYARA_GRACE_SECONDS = 30;

    private final Console console;
    private volatile boolean stopping;
    private EmbeddedDatabase database;
    private PayaraProcess payara;

    Shutdown(Console console) {
        this.console = console;
    }

    synchronized EmbeddedDatabase track(EmbeddedDatabase database) {
        this.database = database;
        return database;
    }

    /** Starts Payara under the lock, so that the hook either sees it or prevents it. */
    synchronized PayaraProcess launch(Callable<PayaraProcess> start) throws Exception {
        if (stopping) {
            return null;
        }
        payara = start.call();
        return payara;
    }

    boolean isStopping() {
        return stopping;
    }

    @Override
    public synchronized void run() {
        boolean first = !stopping;
        stopping = true;
        if (first && (payara != null && payara.isAlive() || database != null)) {
            console.step("Đang dừng…", "Stopping…");
        }
        if (payara != null) {
            try {
                boolean wasRunning = payara.isAlive();
                payara.stop(PAYARA_GRACE_SECONDS);
                if (wasRunning) {
                    console.step("Đã dừng máy chủ Payara Micro", "Stopped Payara Micro");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            payara = null;
        }
        if (database != null) {
            try {
                database.stop();
                console.step("Đã dừng CSDL MariaDB nhúng", "Stopped the embedded MariaDB");
            } catch (Exception e) {
                console.line("MariaDB: " + e.getMessage());
            }
            database = null;
        }
    }
}
