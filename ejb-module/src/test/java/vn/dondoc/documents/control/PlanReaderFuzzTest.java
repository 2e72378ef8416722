package vn.dondoc.documents.control;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.ArrayDeque;
import java.util.Deque;
import org.junit.jupiter.api.Timeout;
import vn.dondoc.agencies.control.NameMatcher;
import vn.dondoc.items.control.ParsedItem;
import vn.dondoc.platform.boundary.BusinessException;
import vn.dondoc.testing.Directories;

/**
 * Whatever bytes a secretariat uploads, the plan importer answers with a plan, a {@link NoPlanFound}
 * (422 at the boundary) or a {@link BusinessException} (4xx): never another exception (a 500), never
 * a hang (the timeout), never unbounded memory (the fuzzing run's -Xmx; see docs/reliability/hostile-input.md).
 *
 * <p>In {@code mvn verify} only the seeds in {@code PlanReaderFuzzTestInputs/} run (real plans, and
 * every input a fuzzing run found wrong, kept after its fix); {@code docs/bench/fuzz.sh} fuzzes.
 */
class PlanReaderFuzzTest {

    private static final PlanReader READER = new PlanReader(new NameMatcher(Directories.of("vinh-phuc")));

    @Timeout(10)
    @FuzzTest(maxDuration = "10m")
    void anyTextIsReadOrRefusedForTheUser(byte[] upload) {
        try {
            assertSane(READER.text(upload), upload.length);
        } catch (NoPlanFound | BusinessException refused) {
            assertThat(refused.getMessage()).contains(" / ");
        }
    }

    @Timeout(10)
    @FuzzTest(maxDuration = "10m")
    void anyDocxIsReadOrRefusedForTheUser(byte[] upload) {
        try {
            assertSane(READER.docx(upload), upload.length);
        } catch (NoPlanFound | BusinessException refused) {
            assertThat(refused.getMessage()).contains(" / ");
        }
    }

    /**
     * What is read stays proportionate to what was sent: no item appears from nothing, and the tree
     * can be walked without recursion (deep nesting must not overflow a later reader's stack either).
     */
    private static void assertSane(ParsedPlan plan, int uploadBytes) {
        assertThat(plan).isNotNull();
        Deque<ParsedItem> toVisit = new ArrayDeque<>(plan.items());
        long items = 0;
        while (!toVisit.isEmpty()) {
            ParsedItem item = toVisit.pop();
            items++;
            assertThat(item.code()).isNotBlank();
            toVisit.addAll(item.children());
        }
        // A DOCX's text can unpack to far more than its bytes, but POI's limits cap the text.
        assertThat(items).isLessThanOrEqualTo(Math.max(uploadBytes, DocxReader.MAX_TEXT_CHARS));
    }
}
