package vn.dondoc.agencies.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.dondoc.agencies.control.LineTokens.Kind;
import vn.dondoc.agencies.control.LineTokens.Token;

/**
 * The bodies a clause of running text names at its start: "Sở Tư pháp, UBND các huyện, thành phố
 * rà soát …". Unlike a responsibility line, nothing marks where the names end and the work begins,
 * so the names are read one at a time, each a known name or text that begins like a body, joined by
 * ",", ";" or "và", up to the first word that begins none. A name read from prose must begin with a
 * capital or "các", so that "xây dựng" (the work) is never read as "Xây dựng" (the department); past
 * a separator, a known name printed without its first capital but with another ("…, Báo Vĩnh Phúc,
 * cổng Thông tin điện tử tỉnh", Kế hoạch 204) is read too.
 */
final class SentenceNames {

    /** Unknown text longer than this is a sentence, not a name ("Trung tâm Trợ giúp pháp lý nhà nước tỉnh" has 9). */
    private static final int LONGEST_UNKNOWN_NAME = 10;

    private static final List<List<String>> AND = List.of(List.of("va"));
    private static final List<String> PROVINCE = List.of("tinh");
    private static final List<String> THE = List.of("cac");

    private record Body(NamedBody body, int end) {}

    /** A known name: its directory entry and the token after it. */
    private record Known(DirectoryEntry entry, int end) {}

    /** The bodies read and the token after the last one. */
    private record Reading(List<NamedBody> bodies, int end) {}

    private final NameMatcher directory;
    private final LineTokens tokens;

    SentenceNames(NameMatcher directory, String text) {
        this.directory = directory;
        this.tokens = new LineTokens(text);
    }

    /** The bodies named at the start of the text and the offset where the last one ends (0 for none). */
    NameMatcher.LeadingBodies leading() {
        Reading reading = read(false);
        int end = reading.end() == 0 ? 0 : tokens.get(reading.end() - 1).end();
        return new NameMatcher.LeadingBodies(reading.bodies(), end);
    }

    /** The bodies when the text is nothing but names (trailing punctuation aside); empty otherwise. */
    Optional<List<NamedBody>> whole() {
        Reading reading = read(true);
        for (int i = reading.end(); i < tokens.size(); i++) {
            Kind kind = tokens.get(i).kind();
            if (kind == Kind.WORD || kind == Kind.OPEN) {
                return Optional.empty();
            }
        }
        return reading.bodies().isEmpty() ? Optional.empty() : Optional.of(reading.bodies());
    }

    /** Whether the text opens with a known name or a capitalised word that begins one. */
    boolean opensLikeBody() {
        int i = tokens.skipOther(0);
        return startsLikeName(i) && (longestKnown(i) != null || tokens.phrase(i, ResponsibilityLine.BODY_HEADS) > i);
    }

    private Reading read(boolean whole) {
        List<NamedBody> bodies = new ArrayList<>();
        int i = tokens.skipOther(0);
        int end = 0;
        while (i < tokens.size()) {
            Body body = bodyAt(i, whole, !bodies.isEmpty());
            if (body == null) {
                break;
            }
            bodies.add(body.body());
            end = body.end();
            int next = afterSeparator(end);
            if (next == end) {
                break;
            }
            i = next;
        }
        return new Reading(bodies, end);
    }

    /** The body at {@code start}, or null; {@code listed} when a separator follows an earlier body. */
    private Body bodyAt(int start, boolean whole, boolean listed) {
        boolean capital = startsLikeName(start);
        if (!capital && !listed) {
            return null;
        }
        Known known = capital ? longestKnown(start) : knownWithCapitalInside(start);
        DirectoryEntry entry = null;
        int end;
        if (known != null && (!whole || endsName(afterProvince(known.end())))) {
            entry = known.entry();
            end = afterProvince(known.end());
        } else if (capital && tokens.phrase(start, ResponsibilityLine.BODY_HEADS) > start) {
            end = unknownEnd(start);
            // Open text: an unknown name ends only where a known one follows it ("Sở Du lịch, Sở Y tế …").
            if (end < 0 || (!whole && (afterSeparator(end) == end || longestKnown(afterSeparator(end)) == null))) {
                return null;
            }
        } else {
            return null;
        }
        String text = tokens.text(start, end);
        String unit = null;
        int open = tokens.skipOther(end);
        if (open < tokens.size() && tokens.get(open).kind() == Kind.OPEN) {
            int close = tokens.closing(open);
            unit = tokens.text(open + 1, close);
            end = close < tokens.size() ? close + 1 : close;
        }
        boolean agency = entry != null && entry.kind() == DirectoryEntry.Kind.AGENCY;
        return new Body(
                new NamedBody(
                        text,
                        unit == null || unit.isBlank() ? null : unit,
                        agency ? entry.code() : null,
                        entry != null && !agency ? entry.code() : null),
                end);
    }

    /** The longest known name starting at {@code start}, or null. */
    private Known longestKnown(int start) {
        Known best = null;
        if (!startsLikeName(start)) {
            return null;
        }
        for (NameMatcher.Found found : directory.namesAt(tokens, start)) {
            if (best == null || found.end() > best.end()) {
                best = new Known(found.entry(), found.end());
            }
        }
        return best;
    }

    /**
     * The longest known name at {@code start} whose first word lacks its capital but another word has
     * one, or null: a name misprinted in a list ("cổng Thông tin điện tử tỉnh"), never the work
     * ("xây dựng", "tài chính"), which has no capital at all.
     */
    private Known knownWithCapitalInside(int start) {
        if (start >= tokens.size() || tokens.get(start).kind() != Kind.WORD) {
            return null;
        }
        Known best = null;
        for (NameMatcher.Found found : directory.namesAt(tokens, start)) {
            if ((best == null || found.end() > best.end())
                    && tokens.text(start + 1, found.end()).codePoints().anyMatch(Character::isUpperCase)) {
                best = new Known(found.entry(), found.end());
            }
        }
        return best;
    }

    /**
     * Where unknown text that begins like a body ends: at a comma, semicolon, parenthesis, full stop,
     * "và" or the end; -1 when it runs too long or holds a known name, so is a sentence, not a name.
     */
    private int unknownEnd(int start) {
        int i = start;
        int words = 0;
        while (i < tokens.size()) {
            Token token = tokens.get(i);
            if (token.kind() != Kind.WORD && token.kind() != Kind.OTHER) {
                break;
            }
            if (i > start && token.kind() == Kind.WORD) {
                if (tokens.phrase(i, AND) > i) {
                    break;
                }
                if (longestKnown(i) != null) {
                    return -1;
                }
            }
            if (token.kind() == Kind.WORD && ++words > LONGEST_UNKNOWN_NAME) {
                return -1;
            }
            i++;
        }
        return i;
    }

    /** A name in prose begins with a capital, or with "các" for a group ("các sở, ban, ngành"). */
    private boolean startsLikeName(int i) {
        if (i >= tokens.size() || tokens.get(i).kind() != Kind.WORD) {
            return false;
        }
        String printed = tokens.text(i, i + 1);
        return Character.isUpperCase(printed.codePointAt(0))
                || tokens.get(i).bareWords().equals(THE);
    }

    /** After a "tỉnh" that follows a name ("Sở Tài chính tỉnh"), part of the printed name. */
    private int afterProvince(int end) {
        return end < tokens.size() && tokens.get(end).bareWords().equals(PROVINCE) ? end + 1 : end;
    }

    /** Whether a name may end at {@code i} in text that is only names: at the end, punctuation or "và". */
    private boolean endsName(int i) {
        int next = tokens.skipOther(i);
        return next >= tokens.size() || tokens.get(next).kind() != Kind.WORD || tokens.phrase(next, AND) > next;
    }

    /** The token after a separator (",", ";", "và", ", và") at {@code end}, or {@code end} when there is none. */
    private int afterSeparator(int end) {
        int i = tokens.skipOther(end);
        if (i < tokens.size()
                && (tokens.get(i).kind() == Kind.COMMA || tokens.get(i).kind() == Kind.SEMICOLON)) {
            i = tokens.skipOther(i + 1);
        }
        int and = tokens.phrase(i, AND);
        i = and > i ? tokens.skipOther(and) : i;
        return i == tokens.skipOther(end) ? end : i;
    }
}
