package vn.dondoc.web.documents;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.dondoc.agencies.boundary.Agencies;
import vn.dondoc.agencies.boundary.AgencyEntry;
import vn.dondoc.agencies.boundary.GroupEntry;
import vn.dondoc.web.ui.Language;

/**
 * The names of the tenant's agencies and groups in the page's language, by code, read once per
 * request from {@link Agencies} (the directory the API lists): the items and assignments carry
 * codes only.
 */
@Named
@RequestScoped
public class AgencyNames {

    /** A choice of a select: the value posted and the label shown. */
    public static final class Choice {
        private final String value;
        private final String label;

        Choice(String value, String label) {
            this.value = value;
            this.label = label;
        }

        public String getValue() {
            return value;
        }

        public String getLabel() {
            return label;
        }
    }

    @Inject
    Agencies agencies;

    @Inject
    Language language;

    private List<AgencyEntry> agencyEntries;
    private List<GroupEntry> groupEntries;
    private Map<String, String> names;

    /** The agency's or group's name, or the code itself when the directory has neither. */
    public String name(String code) {
        if (code == null) {
            return "";
        }
        if (names == null) {
            names = new HashMap<>();
            agencies().forEach(a -> names.put(a.code(), inLanguage(a.name(), a.nameEn())));
            groups().forEach(g -> names.put(g.code(), inLanguage(g.name(), g.nameEn())));
        }
        return names.getOrDefault(code, code);
    }

    /** Every agency, by name, its code the value. */
    public List<Choice> getAgencies() {
        return agencies().stream()
                .map(a -> new Choice(a.code(), inLanguage(a.name(), a.nameEn())))
                .sorted(Comparator.comparing(Choice::getLabel))
                .toList();
    }

    /** Every group, by name, its code the value. */
    public List<Choice> getGroups() {
        return groups().stream()
                .map(g -> new Choice(g.code(), inLanguage(g.name(), g.nameEn())))
                .sorted(Comparator.comparing(Choice::getLabel))
                .toList();
    }

    private List<AgencyEntry> agencies() {
        if (agencyEntries == null) {
            agencyEntries = agencies.all();
        }
        return agencyEntries;
    }

    private List<GroupEntry> groups() {
        if (groupEntries == null) {
            groupEntries = agencies.groups();
        }
        return groupEntries;
    }

    private String inLanguage(String name, String nameEn) {
        return language.isEnglish() && nameEn != null && !nameEn.isBlank() ? nameEn : name;
    }
}
