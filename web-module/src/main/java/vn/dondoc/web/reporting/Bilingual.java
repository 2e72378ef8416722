package vn.dondoc.web.reporting;

/**
 * The boundaries write what they refuse and what they flag as "tiếng Việt / English"; a page shows
 * the half of its language. A text without the separator is shown whole.
 */
final class Bilingual {

    private static final String SEPARATOR = " / ";

    private Bilingual() {}

    static String half(String bilingual, boolean english) {
        if (bilingual == null) {
            return "";
        }
        int slash = bilingual.indexOf(SEPARATOR);
        if (slash < 0) {
            return bilingual;
        }
        return english ? bilingual.substring(slash + SEPARATOR.length()) : bilingual.substring(0, slash);
    }

    /** Several reasons joined by "; ", each bilingual (a figure's flag): each in the page's language. */
    static String halves(String reasons, boolean english) {
        if (reasons == null) {
            return "";
        }
        StringBuilder said = new StringBuilder();
        for (String reason : reasons.split("; ")) {
            said.append(said.isEmpty() ? "" : "; ").append(half(reason, english));
        }
        return said.toString();
    }
}
