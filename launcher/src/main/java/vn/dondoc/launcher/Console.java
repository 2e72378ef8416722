package vn.dondoc.launcher;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Progress lines, Vietnamese first then English, stamped with the seconds since start. Writes
 * UTF-8 whatever the locale: JDK 17 would otherwise turn Vietnamese letters into '?' under a
 * C/POSIX locale.
 */
final class Console {

    private final PrintStream out =
            new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
    private final long startNanos;
    private boolean midLine;

    Console(long startNanos) {
        this.startNanos = startNanos;
    }

    synchronized void step(String vietnamese, String english) {
        line(String.format(Locale.ROOT, "[%5.1fs] %s / %s", elapsedSeconds(), vietnamese, english));
    }

    /** A heartbeat while waiting, on one line, so a slow start does not look like a hang. */
    synchronized void dot() {
        out.print('.');
        midLine = true;
    }

    synchronized void line(String text) {
        if (midLine) {
            out.println();
            midLine = false;
        }
        out.println(text);
    }

    double elapsedSeconds() {
        return (System.nanoTime() - startNanos) / 1e9;
    }
}
