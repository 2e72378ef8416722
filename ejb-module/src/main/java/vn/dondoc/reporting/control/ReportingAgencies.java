package vn.dondoc.reporting.control;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Who must report on a document: the agencies that owe its obligations ({@link ObligationSchedule}).
 *
 * <ul>
 *   <li>every agency among the bodies section III names for the reporting regime;
 *   <li>every current member of a group among those bodies: work given to a group is an obligation of
 *       each member. A group whose members the directory does not hold (the communes, for instance)
 *       contributes nobody here: there is no agency to tell or to count late, so the group stays with
 *       the secretariat (it remains visible on the document, as with assignments) until its members
 *       are known, when the obligations are regenerated;
 *   <li>every lead of an item: the agency that leads a task reports on it, whether or not section III
 *       names it. Coordinators are not added: the rule names leads only.
 * </ul>
 *
 * <p>Each agency is listed once, however often and however it is named, sorted by code, so the answer
 * does not depend on the order the plan or the directory gives names in.
 */
public final class ReportingAgencies {

    private ReportingAgencies() {}

    /**
     * The codes of the agencies that must report, each once, sorted.
     *
     * @param agencies the agency codes among the bodies section III names for reporting
     * @param groups the group codes among those bodies
     * @param membersOf for a group's code, the agency codes of its current members, or empty when the
     *     directory does not know them
     * @param leads the agency codes of the items' leads
     * @throws IllegalArgumentException if a code is null or blank, or a group's members are not answered
     */
    public static List<String> of(
            Collection<String> agencies,
            Collection<String> groups,
            Function<String, Optional<? extends Collection<String>>> membersOf,
            Collection<String> leads) {
        Objects.requireNonNull(membersOf, "membersOf");
        TreeSet<String> reporting = new TreeSet<>();
        addAll(reporting, Objects.requireNonNull(agencies, "agencies"));
        for (String group : Objects.requireNonNull(groups, "groups")) {
            Optional<? extends Collection<String>> members = membersOf.apply(code(group, groups));
            if (members == null) {
                throw new IllegalArgumentException("No answer for the members of the group " + group
                        + ": give an empty Optional when they are unknown.");
            }
            members.ifPresent(m -> addAll(reporting, m));
        }
        addAll(reporting, Objects.requireNonNull(leads, "leads"));
        return List.copyOf(reporting);
    }

    private static void addAll(TreeSet<String> reporting, Collection<String> codes) {
        codes.forEach(c -> reporting.add(code(c, codes)));
    }

    private static String code(String code, Collection<String> among) {
        if (code == null || code.isBlank()) {
            throw new IllegalArgumentException("An agency or group code is missing: " + among);
        }
        return code;
    }
}
