package vn.dondoc.agencies.control;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.dondoc.agencies.control.LineTokens.Kind;

/**
 * One responsibility line ("Sở Tư pháp; UBND các huyện, thành phố") read into the bodies it names. Names hold commas
 * and "và" themselves, so the line is read greedily: at each body the longest known name, then a separator.
 */
final class ResponsibilityLine {

    /** Words that join two bodies ("Sở Tư pháp phối hợp chặt chẽ với TAND tỉnh"), bare. */
    private static final List<List<String>> CONNECTORS =
            List.of(List.of("phoi", "hop", "chat", "che", "voi"), List.of("phoi", "hop", "voi"), List.of("va"));

    /** Trailing words that qualify a matched name without being part of it, bare. */
    private static final List<List<String>> QUALIFIERS =
            List.of(List.of("theo", "phan", "cap"), List.of("de", "thuc", "hien", "nhiem", "vu"), List.of("o", "tinh"));

    /**
     * How the name of a body usually begins, bare: after a comma or "và", unknown text that begins
     * so is taken as a new body rather than the rest of the one before ("Sở Du lịch, Sở Y tế").
     * Names in running text are recognised by it too (SentenceNames).
     */
    static final List<List<String>> BODY_HEADS = List.of(
            List.of("so"),
            List.of("bo"),
            List.of("cuc"),
            List.of("tong", "cuc"),
            List.of("vu"),
            List.of("chi", "cuc"),
            List.of("uy", "ban"),
            List.of("hoi"),
            List.of("cong", "an"),
            List.of("toa", "an"),
            List.of("vien"),
            List.of("dai"),
            List.of("bao"),
            List.of("co", "quan"),
            List.of("cac"),
            List.of("trung", "tam"),
            List.of("phong"),
            List.of("van", "phong"),
            List.of("thanh", "tra"),
            List.of("kho", "bac"),
            List.of("ngan", "hang"),
            List.of("lien", "doan"),
            List.of("tinh", "doan"),
            List.of("doan"),
            List.of("hiep", "hoi"),
            List.of("cong", "thong", "tin"),
            List.of("truong"),
            List.of("benh", "vien"),
            List.of("mat", "tran"),
            List.of("ban", "quan", "ly"),
            List.of("ban", "chi", "dao"),
            List.of("ban", "chi", "huy"),
            List.of("ban", "dan", "toc"),
            List.of("ban", "tuyen", "giao"),
            List.of("ban", "noi", "chinh"),
            List.of("ban", "to", "chuc"),
            List.of("ban", "dan", "van"));

    /** A group named by its last word "ngành" may introduce a list of sectors (see endsWell). */
    private static final Set<String> SECTOR = Set.of("nganh");

    /** "tỉnh" after a name is read with it, whether or not the directory spells it so. */
    private static final List<String> PROVINCE = List.of("tinh");

    private record Match(DirectoryEntry entry, int end, boolean heading) {}

    private final NameMatcher directory;
    private final LineTokens tokens;
    // Asked again at every comma of unknown text and for every heading: read each start once.
    private final Map<Integer, Match> matches = new HashMap<>();

    ResponsibilityLine(NameMatcher directory, String line) {
        this.directory = directory;
        this.tokens = new LineTokens(line);
    }

    List<NamedBody> bodies() {
        List<NamedBody> bodies = new ArrayList<>();
        int i = skipSeparators(0);
        while (i < tokens.size()) {
            Match match = bestMatch(i);
            if (match != null && match.heading()) {
                i = tokens.skipOther(match.end());
                continue;
            }
            int end = match != null ? match.end() : unresolvedEnd(i);
            String text = tokens.text(i, end);
            if (match != null) {
                end = afterQualifier(end);
            }
            String unit = null;
            int open = tokens.skipOther(end);
            if (open < tokens.size() && tokens.get(open).kind() == Kind.OPEN) {
                int close = tokens.closing(open);
                unit = tokens.text(open + 1, close);
                end = close < tokens.size() ? close + 1 : close;
                if (match != null) {
                    end = afterQualifier(end);
                }
            }
            bodies.add(body(text, unit == null || unit.isBlank() ? null : unit, match));
            i = skipSeparators(end);
        }
        return bodies;
    }

    private NamedBody body(String text, String unit, Match match) {
        if (match == null) {
            return new NamedBody(text, unit, null, null);
        }
        DirectoryEntry entry = match.entry();
        boolean agency = entry.kind() == DirectoryEntry.Kind.AGENCY;
        return new NamedBody(text, unit, agency ? entry.code() : null, agency ? null : entry.code());
    }

    /**
     * The longest directory name starting at token {@code start} that ends where a body may
     * end, with diacritics preferred over the bare form at equal length; or null.
     */
    private Match bestMatch(int start) {
        if (!matches.containsKey(start)) {
            matches.put(start, longestMatch(start));
        }
        return matches.get(start);
    }

    private Match longestMatch(int start) {
        Match best = null;
        for (NameMatcher.Found found : directory.namesAt(tokens, start)) {
            Match candidate = endsWell(found.entry(), found.end());
            // Compared with their qualifiers, so "UBND các huyện, thành phố theo phân cấp"
            // is read as the name and its qualifier even though an alias has them both.
            if (candidate != null && (best == null || afterQualifier(candidate.end()) > afterQualifier(best.end()))) {
                best = candidate;
            }
        }
        return best;
    }

    private Match endsWell(DirectoryEntry entry, int nameEnd) {
        int end = afterLocality(nameEnd);
        int next = tokens.skipOther(end);
        if (endsBody(next) || afterQualifier(next) != next) {
            return new Match(entry, end, false);
        }
        // "Các sở, ngành Công an, Tòa án nhân dân…": "the sectors" introduces the bodies that
        // follow it, without a separator; it names no body of its own.
        boolean sectors = entry.kind() == DirectoryEntry.Kind.GROUP
                && SECTOR.contains(last(tokens.get(nameEnd - 1).bareWords()));
        if (sectors && bestMatch(tokens.skipOther(nameEnd)) != null) {
            return new Match(entry, nameEnd, true);
        }
        return null;
    }

    /**
     * After a "tỉnh" that ends a body ("Sở Tài chính tỉnh", "TAND tỉnh" matched by "TAND"):
     * part of the printed name, whether the directory spells it or not.
     */
    private int afterLocality(int end) {
        int next = tokens.skipOther(end);
        if (next < tokens.size() && tokens.get(next).bareWords().equals(PROVINCE)) {
            int after = tokens.skipOther(next + 1);
            if (endsBody(after) || afterQualifier(after) != after) {
                return next + 1;
            }
        }
        return end;
    }

    /** Where a body ends: the end of the line, punctuation, or a connecting word. */
    private boolean endsBody(int i) {
        if (i >= tokens.size()) {
            return true;
        }
        return tokens.get(i).kind() != Kind.WORD || tokens.phrase(i, CONNECTORS) > i;
    }

    /** The token after a qualifier ("theo phân cấp") that ends a body at {@code i}, or {@code i}. */
    private int afterQualifier(int i) {
        int next = tokens.skipOther(i);
        int after = tokens.phrase(next, QUALIFIERS);
        return after > next && endsBody(tokens.skipOther(after)) ? after : i;
    }

    /**
     * Where text that matches nothing ends: at a semicolon, parenthesis or full stop, or at a
     * comma or connecting word followed by a known name or by what begins a body.
     */
    private int unresolvedEnd(int start) {
        int i = start;
        while (i < tokens.size()) {
            Kind kind = tokens.get(i).kind();
            if (i > start
                    && (kind == Kind.SEMICOLON || kind == Kind.OPEN || kind == Kind.CLOSE || kind == Kind.PERIOD)) {
                break;
            }
            if (i > start && (kind == Kind.COMMA || tokens.phrase(i, CONNECTORS) > i)) {
                int next = skipSeparators(i);
                if (next < tokens.size() && (bestMatch(next) != null || tokens.phrase(next, BODY_HEADS) > next)) {
                    break;
                }
            }
            i = kind == Kind.OPEN ? tokens.closing(i) + 1 : i + 1;
        }
        // An opening bracket never closed jumps past the end (found by fuzzing: an index out of bounds).
        i = Math.min(i, tokens.size());
        while (i > start + 1
                && tokens.get(i - 1).kind() != Kind.WORD
                && tokens.get(i - 1).kind() != Kind.CLOSE) {
            i--;
        }
        return i;
    }

    private int skipSeparators(int i) {
        while (i < tokens.size()) {
            Kind kind = tokens.get(i).kind();
            int connector = tokens.phrase(i, CONNECTORS);
            if (connector > i) {
                i = connector;
            } else if (kind == Kind.WORD || kind == Kind.OPEN) {
                return i;
            } else {
                i++;
            }
        }
        return i;
    }

    private static String last(List<String> words) {
        return words.isEmpty() ? "" : words.get(words.size() - 1);
    }
}
