package vn.dondoc.agencies.control;

/**
 * One body named in a responsibility line, as matched against the directory: the text as printed
 * (without its sub-unit), the sub-unit in parentheses if any ("Trung tâm TGPL nhà nước tỉnh"),
 * and the agency or group code it matched, or neither when it matched nothing (unresolved: it is
 * kept and shown to the secretariat, never dropped).
 */
public record NamedBody(String text, String unit, String agencyCode, String groupCode) {

    public boolean resolved() {
        return agencyCode != null || groupCode != null;
    }
}
