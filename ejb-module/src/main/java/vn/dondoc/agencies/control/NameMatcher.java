package vn.dondoc.agencies.control;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Matches the bodies a plan names against one tenant's directory of agencies and groups: one name at a time, a
 * whole responsibility line (read by ResponsibilityLine), or the names in a clause of running text (SentenceNames).
 * Text that matches nothing is kept unresolved, never dropped.
 */
public final class NameMatcher {

    /** "và" and "&" are interchangeable in names ("Thông tin & Truyền thông"), so neither counts. */
    private static final Set<String> AND = Set.of("và", "va");

    private final Map<List<String>, DirectoryEntry> byWords = new HashMap<>();
    private final Map<List<String>, DirectoryEntry> byBareWords = new HashMap<>();
    private final int longestName;

    public NameMatcher(List<DirectoryEntry> directory) {
        Objects.requireNonNull(directory, "The directory to match against is required.");
        int longest = 0;
        for (DirectoryEntry entry : directory) {
            List<String> names = new ArrayList<>(entry.aliases());
            names.add(0, entry.name());
            for (String name : names) {
                List<String> words = withoutAnd(NameNormaliser.wordsOfText(name, false));
                if (words.isEmpty()) {
                    continue;
                }
                byWords.putIfAbsent(words, entry);
                byBareWords.putIfAbsent(withoutAnd(NameNormaliser.wordsOfText(name, true)), entry);
                longest = Math.max(longest, words.size());
            }
        }
        this.longestName = longest;
    }

    /** One name against the directory: with diacritics first, then without. */
    public Optional<DirectoryEntry> match(String name) {
        Objects.requireNonNull(name, "A name is required to match.");
        DirectoryEntry entry = byWords.get(withoutAnd(NameNormaliser.wordsOfText(name, false)));
        if (entry == null) {
            entry = byBareWords.get(withoutAnd(NameNormaliser.wordsOfText(name, true)));
        }
        return Optional.ofNullable(entry);
    }

    static List<String> withoutAnd(List<String> words) {
        return words.stream().filter(word -> !AND.contains(word)).toList();
    }

    /** The bodies a responsibility line names (the text after "Cơ quan chủ trì:"), in order. */
    public List<NamedBody> bodies(String line) {
        Objects.requireNonNull(line, "A line is required to read bodies from.");
        return new ResponsibilityLine(this, Normalizer.normalize(line, Normalizer.Form.NFC)).bodies();
    }

    /** The bodies named at the start of running text, and the offset in it where the last one ends (0 for none). */
    public record LeadingBodies(List<NamedBody> bodies, int end) {
        public LeadingBodies {
            bodies = List.copyOf(bodies);
        }
    }

    /**
     * The bodies running text names at its start, up to the first word that begins none: what
     * follows "phối hợp với" in "… phối hợp với Sở Nội vụ, UBND các huyện, thành phố rà soát …".
     * The text is read in NFC, the form the end offset refers to.
     */
    public LeadingBodies leadingBodies(String text) {
        Objects.requireNonNull(text, "A text is required to read bodies from.");
        return new SentenceNames(this, Normalizer.normalize(text, Normalizer.Form.NFC)).leading();
    }

    /**
     * Whether running text opens like the name of a body, read or not: with a known name, or with a
     * capitalised word that begins one ("Sở …", "Ban Tuyên giáo …", "Các …"). A lone unknown name
     * ("Sở Du lịch bố trí kinh phí") cannot be told from the work that follows it, so it is not read;
     * this says that a name is there for a person to read.
     */
    public boolean opensLikeBody(String text) {
        Objects.requireNonNull(text, "A text is required to look at.");
        return new SentenceNames(this, Normalizer.normalize(text, Normalizer.Form.NFC)).opensLikeBody();
    }

    /**
     * The bodies a clause names when it is nothing but names, as the subject before "chủ trì" is;
     * empty when anything else is in it, so that a sentence is never read as a name.
     */
    public Optional<List<NamedBody>> onlyBodies(String clause) {
        Objects.requireNonNull(clause, "A clause is required to read bodies from.");
        return new SentenceNames(this, Normalizer.normalize(clause, Normalizer.Form.NFC)).whole();
    }

    /** The entry one name's words (without "và") stand for, with or without diacritics; or null. */
    DirectoryEntry entry(List<String> words, boolean bare) {
        return (bare ? byBareWords : byWords).get(words);
    }

    /** How many words the longest name of the directory has: no name read from a line is longer. */
    int longestName() {
        return longestName;
    }

    /** Whether a one-word token is left out before the next token's first word, as the directory's names leave it. */
    private static boolean droppedBeforeNext(LineTokens tokens, int i, List<String> added, boolean bare) {
        if (added.size() != 1 || i + 1 >= tokens.size()) {
            return false;
        }
        List<String> next =
                bare ? tokens.get(i + 1).bareWords() : tokens.get(i + 1).words();
        return !next.isEmpty() && NameNormaliser.droppedBefore(added.get(0), next.get(0), bare);
    }

    /** A directory name found in a line, and the token just after its last word. */
    record Found(DirectoryEntry entry, int end) {}

    /**
     * Every directory name that starts at token {@code start} of the line, shortest first, read
     * with diacritics and then without: the greedy readers choose among them. Names hold commas
     * and dashes ("UBND các huyện, thành phố"); "và" inside a name is skipped.
     */
    List<Found> namesAt(LineTokens tokens, int start) {
        List<Found> found = new ArrayList<>();
        for (boolean bare : new boolean[] {false, true}) {
            List<String> words = new ArrayList<>();
            for (int i = start; i < tokens.size(); i++) {
                LineTokens.Token token = tokens.get(i);
                if (token.kind() == LineTokens.Kind.COMMA || token.kind() == LineTokens.Kind.OTHER) {
                    if (i == start) {
                        break;
                    }
                    continue;
                }
                if (token.kind() != LineTokens.Kind.WORD || words.size() >= longestName) {
                    break;
                }
                List<String> added = withoutAnd(bare ? token.bareWords() : token.words());
                if (added.isEmpty() || droppedBeforeNext(tokens, i, added, bare)) {
                    continue;
                }
                words.addAll(added);
                DirectoryEntry entry = entry(words, bare);
                if (entry != null) {
                    found.add(new Found(entry, i + 1));
                }
            }
        }
        return found;
    }
}
