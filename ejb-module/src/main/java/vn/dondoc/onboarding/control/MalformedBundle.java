package vn.dondoc.onboarding.control;

import java.nio.file.Path;

/** A tenant bundle that cannot be loaded; the message names the file and line. */
public class MalformedBundle extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final long line;

    public MalformedBundle(Path file, long line, String problem) {
        super(file + (line > 0 ? ":" + line : "") + ": " + problem);
        this.file = file;
        this.line = line;
    }

    public Path file() {
        return file;
    }

    public long line() {
        return line;
    }
}
