package vn.dondoc.documents.control;

import java.util.List;
import vn.dondoc.agencies.control.NamedBody;
import vn.dondoc.items.control.ParsedItem;
import vn.dondoc.items.entity.ResponsibilityRole;
import vn.dondoc.items.entity.Schedule;

/**
 * One item as a line of an expected-tree file ({@code plans/*.expected.txt}): code | label | leads
 * | coordinators | schedule | flags. A body is its code (with its unit in parentheses), or {@code
 * ?"text"} when it matched nothing; flags are REQUESTED (asked of bodies outside the issuer's
 * authority) and NO-LEAD (a person must say who leads), or "-".
 */
final class ExpectedTree {

    private ExpectedTree() {}

    static String line(ParsedItem item) {
        return String.join(
                " | ",
                item.code(),
                item.label(),
                bodies(item, ResponsibilityRole.LEAD),
                bodies(item, ResponsibilityRole.COORDINATOR),
                schedule(item.schedule()),
                flags(item));
    }

    private static String flags(ParsedItem item) {
        String flags = ((item.requested() ? "REQUESTED " : "") + (item.noLeadNamed() ? "NO-LEAD" : "")).strip();
        return flags.isEmpty() ? "-" : flags;
    }

    private static String bodies(ParsedItem item, ResponsibilityRole role) {
        List<String> names = item.responsibilities().stream()
                .filter(r -> r.role() == role)
                .map(r -> body(r.body()))
                .toList();
        return names.isEmpty() ? "-" : String.join(", ", names);
    }

    private static String body(NamedBody body) {
        String code = body.agencyCode() != null
                ? body.agencyCode()
                : body.groupCode() != null ? body.groupCode() : "?\"" + body.text() + "\"";
        return body.unit() == null ? code : code + "(" + body.unit() + ")";
    }

    private static String schedule(Schedule schedule) {
        if (schedule == null) {
            return "-";
        }
        return schedule.kind() == Schedule.Kind.DEADLINE
                ? "DEADLINE " + schedule.deadline()
                : schedule.kind().name();
    }
}
