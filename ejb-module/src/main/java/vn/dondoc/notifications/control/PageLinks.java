package vn.dondoc.notifications.control;

/**
 * Where a notice sends its reader (liên kết trong thông báo): the web page of what it is about, on
 * the server's public address ({@code dondoc.notifications.base-url}), so that the link in an
 * e-mail opens in a browser (the sign-in page first, then the page). The API's addresses are for
 * programs, which read the notice's ids instead.
 */
public final class PageLinks {

    private PageLinks() {}

    /** The report page of an obligation: what is owed, its form, its history. */
    public static String obligation(String base, long obligationId) {
        return trimmed(base) + "/app/bao-cao.xhtml?obligation=" + obligationId;
    }

    /** The page of a request for explanation, where the agency answers it. */
    public static String explanation(String base, long requestId) {
        return trimmed(base) + "/app/giai-trinh.xhtml?id=" + requestId;
    }

    /** The obligations board: who owes what, late first, for the weekly digest's readers. */
    public static String board(String base) {
        return trimmed(base) + "/app/theo-doi-bao-cao.xhtml";
    }

    private static String trimmed(String base) {
        return base.replaceAll("/+$", "");
    }
}
