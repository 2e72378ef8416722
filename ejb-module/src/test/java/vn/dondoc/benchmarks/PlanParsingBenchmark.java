package vn.dondoc.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import vn.dondoc.agencies.control.NameMatcher;
import vn.dondoc.documents.control.NoPlanFound;
import vn.dondoc.documents.control.ParsedPlan;
import vn.dondoc.documents.control.PlanParser;
import vn.dondoc.testing.Directories;

/**
 * Time to read one plan into its item tree, names matched against the vinh-phuc directory: Kế
 * hoạch 204 (52 items) and a generated plan of 200 items. Run it as docs/benchmarks.md says; not
 * part of the test suite.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class PlanParsingBenchmark {

    private PlanParser parser;
    private String keHoach204;
    private String twoHundredItems;

    @Setup
    public void load() throws IOException {
        parser = new PlanParser(new NameMatcher(Directories.of("vinh-phuc")));
        try (InputStream in = getClass().getResourceAsStream("/plans/kh-204-vinh-phuc.txt")) {
            keHoach204 = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        twoHundredItems = GeneratedPlan.withItems(200);
    }

    @Benchmark
    public ParsedPlan keHoach204() throws NoPlanFound {
        return parser.parse(keHoach204);
    }

    @Benchmark
    public ParsedPlan twoHundredItems() throws NoPlanFound {
        return parser.parse(twoHundredItems);
    }
}
