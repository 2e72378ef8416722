package vn.dondoc.agencies.entity;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The code of an agency or group: its name's slug, as the API contract defines it. Lowercase,
 * diacritics removed, {@code đ} to {@code d}, runs of other characters to one {@code -}.
 * (Sở Tư pháp → so-tu-phap.) Hand-written because the rule is the contract's, to the letter.
 */
public final class Slug {

    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_ALPHANUMERIC = Pattern.compile("[^a-z0-9]+");

    private Slug() {}

    public static String of(String name) {
        String lower = name.toLowerCase(Locale.ROOT).replace('đ', 'd');
        String bare = COMBINING_MARKS
                .matcher(Normalizer.normalize(lower, Normalizer.Form.NFD))
                .replaceAll("");
        String slug = NOT_ALPHANUMERIC.matcher(bare).replaceAll("-");
        int start = slug.startsWith("-") ? 1 : 0;
        int end = slug.endsWith("-") && slug.length() > start ? slug.length() - 1 : slug.length();
        String code = slug.substring(start, Math.max(start, end));
        if (code.isEmpty()) {
            throw new IllegalArgumentException("'" + name + "' has no letters or digits to make a code of.");
        }
        return code;
    }
}
