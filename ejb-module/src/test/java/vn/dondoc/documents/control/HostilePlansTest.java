package vn.dondoc.documents.control;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.dondoc.agencies.control.NameMatcher;
import vn.dondoc.items.control.ParsedItem;
import vn.dondoc.platform.boundary.InvalidInput;
import vn.dondoc.testing.Directories;

/** Plans written to hurt the importer: deep nesting, thousands of items, bytes that are not UTF-8. */
class HostilePlansTest {

    private static final Duration QUICKLY = Duration.ofSeconds(60);
    private static final String HEADER = """
            ỦY BAN NHÂN DÂN TỈNH VĨNH PHÚC
            Số: 15/KH-UBND
            Vĩnh Phúc, ngày 10 tháng 01 năm 2024
            KẾ HOẠCH
            Cải cách hành chính năm 2024
            I. NHIỆM VỤ
            """;

    private final PlanReader reader = new PlanReader(new NameMatcher(Directories.of("vinh-phuc")));

    @Test
    void tenThousandItemsLabelledFiveHundredDeepAreAllReadInAShallowTree() {
        StringBuilder plan = new StringBuilder(HEADER);
        for (int chain = 1; chain <= 20; chain++) {
            StringBuilder label = new StringBuilder().append(chain);
            plan.append(label).append(". Nhiệm vụ ").append(chain).append('\n');
            for (int depth = 2; depth <= 500; depth++) {
                label.append(".1");
                plan.append(label).append(". Việc con ").append(depth).append('\n');
            }
        }
        byte[] upload = plan.toString().getBytes(UTF_8);
        assertThat(upload.length).isLessThan(10 * 1024 * 1024);

        ParsedPlan parsed = assertTimeoutPreemptively(QUICKLY, () -> reader.text(upload));

        Map<Integer, Integer> depths = depths(parsed);
        assertThat(depths.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(1 + 10_000);
        // Labels nest as deep as they like (1.1.1.1…); the tree stays a few levels deep, so nothing
        // after the parser (the read model, JSON, the pages) can be made to recurse 500 times.
        assertThat(depths.keySet().stream().mapToInt(Integer::intValue).max().orElseThrow())
                .isLessThanOrEqualTo(4);
    }

    @Test
    void bytesThatAreNotUtf8AreRefusedWithABilingualMessageNotStoredAsMojibake() {
        byte[] latin1 = (HEADER + "1. Tuyên truyền\n").getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        byte[] truncated = {'I', '.', ' ', (byte) 0xE1, (byte) 0xBB};
        byte[] overlong = {'I', '.', ' ', (byte) 0xC0, (byte) 0xAF};

        for (byte[] upload : new byte[][] {latin1, truncated, overlong}) {
            assertThatThrownBy(() -> reader.text(upload))
                    .isInstanceOf(InvalidInput.class)
                    .hasMessage("Văn bản không phải UTF-8 / The text is not UTF-8");
        }
    }

    /** Items per depth, walked without recursion (the root section is depth 1). */
    private static Map<Integer, Integer> depths(ParsedPlan plan) {
        Map<Integer, Integer> count = new java.util.TreeMap<>();
        Deque<Map.Entry<ParsedItem, Integer>> toVisit = new ArrayDeque<>();
        plan.items().forEach(i -> toVisit.push(Map.entry(i, 1)));
        while (!toVisit.isEmpty()) {
            Map.Entry<ParsedItem, Integer> next = toVisit.pop();
            count.merge(next.getValue(), 1, Integer::sum);
            next.getKey().children().forEach(c -> toVisit.push(Map.entry(c, next.getValue() + 1)));
        }
        return count;
    }
}
