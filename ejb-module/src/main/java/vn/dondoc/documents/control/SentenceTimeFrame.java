package vn.dondoc.documents.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.dondoc.items.control.ScheduleParser;
import vn.dondoc.items.entity.Schedule;

/**
 * The time frame an item prints inside its own sentence rather than on a labelled line: "…;
 * thời gian hoàn thành: Quý III/2024", "…, hoàn thành trước ngày 30/6/2024", "… Thời hạn: theo
 * hướng dẫn của Bộ Tư pháp". Only a clause that says it is a time frame is read; a date elsewhere in
 * the sentence ("gửi báo cáo trước ngày 15/12") may be a step of the work, not its deadline, and is
 * left in the text.
 */
final class SentenceTimeFrame {

    /** "thời gian hoàn thành:", "thời hạn thực hiện:", "thời hạn:", "tiến độ:" followed by the time frame, folded. */
    private static final Pattern LABEL =
            Pattern.compile("\\b(?:thoi gian|thoi han|tien do)(?: (?:hoan thanh|thuc hien))?\\s*:\\s*");

    /** A clause of its own that opens with "hoàn thành trước / trong / vào / xong", folded. */
    private static final Pattern COMPLETION =
            Pattern.compile("(?:^|[,;.(]\\s*|\\s-\\s*)(hoan thanh (?:truoc|trong|vao|xong|den)\\b)");

    private SentenceTimeFrame() {}

    /**
     * The time frame the text prints in a clause of its own, as {@link ScheduleParser} reads it; the
     * clauses joined and left UNPARSED for a person when the text prints two that differ.
     */
    static Optional<Schedule> in(String text) {
        String folded = ReferenceFinder.fold(text);
        // By where each is printed, so that two that differ are shown to a person in their order.
        SortedMap<Integer, String> printed = new TreeMap<>();
        List<int[]> labelled = new ArrayList<>();
        Matcher label = LABEL.matcher(folded);
        while (label.find()) {
            int end = clauseEnd(text, label.end());
            printed.put(label.end(), clause(text, label.end(), end));
            labelled.add(new int[] {label.end(), end});
        }
        Matcher completion = COMPLETION.matcher(folded);
        while (completion.find()) {
            // "Năm 2023, hoàn thành trong Quý II/2024" after a label is part of that time frame.
            int at = completion.start(1);
            if (labelled.stream().noneMatch(range -> at >= range[0] && at < range[1])) {
                printed.put(at, clause(text, at, clauseEnd(text, at)));
            }
        }
        List<String> frames =
                printed.values().stream().filter(f -> !f.isEmpty()).distinct().toList();
        if (frames.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(
                frames.size() == 1
                        ? ScheduleParser.parse(frames.get(0))
                        : Schedule.unparsed(String.join("; ", frames)));
    }

    /** The clause's text without the full stop that ends the sentence. */
    private static String clause(String text, int start, int end) {
        String clause = text.substring(start, end).strip();
        return clause.endsWith(".") ? clause.substring(0, clause.length() - 1).strip() : clause;
    }

    /** Where the clause from {@code start} ends: the next ";", ")", line break or full stop that ends a sentence. */
    private static int clauseEnd(String text, int start) {
        int end = text.length();
        for (String stop : new String[] {";", ")", "\n", ". "}) {
            int at = text.indexOf(stop, start);
            if (at >= 0) {
                end = Math.min(end, at);
            }
        }
        return end;
    }
}
