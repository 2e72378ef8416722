package vn.dondoc.documents.control;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A document's number and symbol (số, ký hiệu), the key by which documents cite each other. State
 * documents print {@code number[/year]/TYPE-ISSUER} (204/KH-UBND, 13/2020/NQ-HĐND), Party documents
 * {@code number-TYPE/ISSUER} (46-CT/TU). Two numbers are equal when their canonical forms are.
 */
public final class DocumentNumber {

    /** An issuer may be several bodies joined by "-" (a joint circular: TTLT-BTP-TANDTC). */
    private static final String ISSUER = "[A-ZĐ][A-ZĐ0-9&]*(?:-[A-ZĐ][A-ZĐ0-9&]*)*";

    private static final Pattern STATE =
            Pattern.compile("(\\d{1,6})(?:/((?:19|20)\\d{2}))?/([A-ZĐ]{1,7})-(" + ISSUER + ")");
    private static final Pattern PARTY = Pattern.compile("(\\d{1,6})-([A-ZĐ]{1,7})/(" + ISSUER + ")");
    private static final Pattern NUMBER_PREFIX =
            Pattern.compile("^(?:số|so)\\s*:?\\s*", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern SPACED_SEPARATOR = Pattern.compile("\\s*([/-])\\s*");

    /**
     * Symbols the contract writes with a lowercase letter, which uppercasing a lowercase input loses:
     * TTg (Thủ tướng), QĐi (Party quy định), CTr (chương trình).
     */
    private static final Map<String, String> MIXED_CASE = Map.of("TTG", "TTg", "QĐI", "QĐi", "CTR", "CTr");

    private final String number;
    private final Integer year;
    private final String type;
    private final String issuer;
    private final boolean party;

    private DocumentNumber(String number, Integer year, String type, String issuer, boolean party) {
        this.number = number;
        this.year = year;
        this.type = type;
        this.issuer = issuer;
        this.party = party;
    }

    /**
     * Reads a number as printed, with or without "Số:", spaces around "/" and "-", or in lowercase.
     * Empty when the text is not a whole number and symbol ("204", "KH-UBND").
     */
    public static Optional<DocumentNumber> parse(String printed) {
        if (printed == null) {
            return Optional.empty();
        }
        String text = Normalizer.normalize(printed, Normalizer.Form.NFC)
                .replace('\u00A0', ' ')
                .replaceAll("[\u2012\u2013\u2014]", "-")
                .strip();
        text = NUMBER_PREFIX.matcher(text).replaceFirst("");
        text = SPACED_SEPARATOR.matcher(text).replaceAll("$1").toUpperCase(Locale.ROOT);
        Matcher m = STATE.matcher(text);
        if (m.matches()) {
            Integer year = m.group(2) == null ? null : Integer.valueOf(m.group(2));
            return Optional.of(new DocumentNumber(m.group(1), year, symbol(m.group(3)), symbol(m.group(4)), false));
        }
        m = PARTY.matcher(text);
        if (m.matches()) {
            return Optional.of(new DocumentNumber(m.group(1), null, symbol(m.group(2)), symbol(m.group(3)), true));
        }
        return Optional.empty();
    }

    private static String symbol(String uppercased) {
        return Arrays.stream(uppercased.split("-"))
                .map(part -> MIXED_CASE.getOrDefault(part, part))
                .collect(Collectors.joining("-"));
    }

    /** The number as printed, leading zeros kept ("09" of 09-CT/TU). */
    public String number() {
        return number;
    }

    /** The year some state documents carry (2020 of 107/2020/NĐ-CP), or {@code null} when none is printed. */
    public Integer year() {
        return year;
    }

    /** The document type's abbreviation: KH, CT, NQ, KL, QĐ, CV, TB, NĐ, TT… */
    public String type() {
        return type;
    }

    /** The issuing body's abbreviation: UBND, TU, TW, BCS, TTg, HĐND, CP… */
    public String issuer() {
        return issuer;
    }

    /** Whether this is a Party document ({@code number-TYPE/ISSUER}). */
    public boolean party() {
        return party;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof DocumentNumber that && toString().equals(that.toString());
    }

    @Override
    public int hashCode() {
        return toString().hashCode();
    }

    /** The canonical form, as the contract writes it: 204/KH-UBND, 13/2020/NQ-HĐND, 46-CT/TU. */
    @Override
    public String toString() {
        if (party) {
            return number + "-" + type + "/" + issuer;
        }
        return number + (year == null ? "" : "/" + year) + "/" + type + "-" + issuer;
    }
}
