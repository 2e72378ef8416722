package vn.dondoc.agencies.control;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A line cut into words, each in both of NameNormaliser's forms, and punctuation; with the moves a reading makes over
 * them (past dashes, past a phrase, to a closing parenthesis) and the printed text between two of them.
 */
final class LineTokens {

    private static final Pattern TOKEN = Pattern.compile(NameNormaliser.WORD.pattern() + "|[,;().]|[^\\s]");

    enum Kind {
        WORD,
        COMMA,
        SEMICOLON,
        OPEN,
        CLOSE,
        PERIOD,
        /** Dashes, "&" and the like: spaces for matching. */
        OTHER
    }

    record Token(Kind kind, int start, int end, List<String> words, List<String> bareWords) {}

    private final String line;
    private final List<Token> tokens = new ArrayList<>();

    LineTokens(String line) {
        this.line = line;
        Matcher m = TOKEN.matcher(line);
        while (m.find()) {
            tokens.add(token(m.group(), m.start(), m.end()));
        }
    }

    private static Token token(String text, int start, int end) {
        Kind kind = switch (text) {
            case "," -> Kind.COMMA;
            case ";" -> Kind.SEMICOLON;
            case "(" -> Kind.OPEN;
            case ")" -> Kind.CLOSE;
            case "." -> Kind.PERIOD;
            default -> NameNormaliser.WORD.matcher(text).matches() ? Kind.WORD : Kind.OTHER;
        };
        if (kind != Kind.WORD) {
            return new Token(kind, start, end, List.of(), List.of());
        }
        List<String> words = NameNormaliser.words(text, false);
        return new Token(words.isEmpty() ? Kind.OTHER : Kind.WORD, start, end, words, NameNormaliser.words(text, true));
    }

    int size() {
        return tokens.size();
    }

    Token get(int i) {
        return tokens.get(i);
    }

    /** The first token from {@code i} on that is not "other" (dashes, "&"…). */
    int skipOther(int i) {
        while (i < tokens.size() && tokens.get(i).kind() == Kind.OTHER) {
            i++;
        }
        return i;
    }

    /** The token after the longest of {@code phrases} (bare words) starting at {@code i}, or {@code i}. */
    int phrase(int i, List<List<String>> phrases) {
        int best = i;
        for (List<String> phrase : phrases) {
            List<String> words = new ArrayList<>();
            for (int j = i; j < tokens.size() && tokens.get(j).kind() == Kind.WORD; j++) {
                words.addAll(tokens.get(j).bareWords());
                if (words.size() >= phrase.size()) {
                    if (words.equals(phrase) && j + 1 > best) {
                        best = j + 1;
                    }
                    break;
                }
            }
        }
        return best;
    }

    /** The parenthesis closing the one at {@code open}, or the end of the line. */
    int closing(int open) {
        int depth = 0;
        for (int i = open; i < tokens.size(); i++) {
            Kind kind = tokens.get(i).kind();
            if (kind == Kind.OPEN) {
                depth++;
            } else if (kind == Kind.CLOSE && --depth == 0) {
                return i;
            }
        }
        return tokens.size();
    }

    /** The printed text of tokens {@code from} (inclusive) to {@code to} (exclusive). */
    String text(int from, int to) {
        if (from >= to || from >= tokens.size()) {
            return "";
        }
        int end = tokens.get(Math.min(to, tokens.size()) - 1).end();
        return line.substring(tokens.get(from).start(), end).strip();
    }
}
