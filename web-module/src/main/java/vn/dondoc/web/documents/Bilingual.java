package vn.dondoc.web.documents;

/**
 * The boundaries write their refusals "tiếng Việt / English"; a page shows the half of its
 * language.
 */
final class Bilingual {

    private Bilingual() {}

    static String half(String message, boolean english) {
        if (message == null) {
            return "";
        }
        int slash = message.indexOf(" / ");
        if (slash < 0) {
            return message;
        }
        return english ? message.substring(slash + 3) : message.substring(0, slash);
    }
}
