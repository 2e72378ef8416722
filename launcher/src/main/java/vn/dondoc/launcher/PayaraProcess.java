package vn.dondoc.launcher;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Payara Micro running the WAR as a child JVM, its output appended to a log file. */
final class PayaraProcess {

    /** Starts the line written to the log before each start. */
    static final String RUN_MARKER = "===== ./dondoc run ";

    private final Process process;

    private PayaraProcess(Process process) {
        this.process = process;
    }

    static PayaraProcess start(List<String> command, Map<String, String> environment, Path log) throws IOException {
        Files.createDirectories(log.getParent());
        // A marker so that the tail shown after a failure starts at this run, not a previous one.
        Files.writeString(
                log,
                System.lineSeparator() + RUN_MARKER + Instant.now() + " =====" + System.lineSeparator(),
                StandardCharsets.UTF_8,
                StandardOpenOption.CREATE,
                StandardOpenOption.APPEND);
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        builder.environment().putAll(environment);
        return new PayaraProcess(builder.start());
    }

    /** The command line; the password is deliberately absent (it travels in the environment). */
    static List<String> command(Path java, List<String> jvmOptions, Path payaraJar, Path war, int port) {
        List<String> command = new ArrayList<>();
        command.add(java.toString());
        command.addAll(jvmOptions);
        command.addAll(List.of(
                "-jar",
                payaraJar.toString(),
                "--deploy",
                war.toString(),
                "--contextroot",
                "/",
                "--port",
                Integer.toString(port),
                "--nocluster"));
        return command;
    }

    boolean isAlive() {
        return process.isAlive();
    }

    long pid() {
        return process.pid();
    }

    int exitValue() {
        return process.exitValue();
    }

    int waitFor() throws InterruptedException {
        return process.waitFor();
    }

    /** SIGTERM lets Payara undeploy cleanly; after the grace period it is killed. */
    void stop(long graceSeconds) throws InterruptedException {
        if (!process.isAlive()) {
            return;
        }
        process.destroy();
        if (!process.waitFor(graceSeconds, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor(10, TimeUnit.SECONDS);
        }
    }
}
