package vn.dondoc.web.agencies;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.dondoc.agencies.boundary.Agencies;
import vn.dondoc.agencies.boundary.AgencyEdit;
import vn.dondoc.agencies.boundary.AgencyEntry;
import vn.dondoc.agencies.boundary.GroupEntry;
import vn.dondoc.agencies.boundary.NewAgency;
import vn.dondoc.platform.boundary.BusinessException;
import vn.dondoc.platform.security.Role;
import vn.dondoc.web.ui.Language;
import vn.dondoc.web.ui.PageGuard;
import vn.dondoc.web.ui.Refusals;

/**
 * Cơ quan, đơn vị: the administrator's directory of agencies and groups. Reads {@link Agencies} as
 * {@code GET /api/v1/agencies} and {@code /agency-groups} do, adds an agency as {@code POST
 * /agencies} does, and puts agencies into groups or takes them out ({@link Agencies#join}, {@link
 * Agencies#leave}), which has the boundary assign again the items that name the group.
 */
@Named
@ViewScoped
public class AgenciesPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Agencies agencies;

    @Inject
    Language language;

    private List<AgencyEntry> all;
    private List<GroupEntry> groups;
    private List<Row> rows;

    private String name;
    private String nameEn;
    private String kind;

    private String editing;
    private String editName;
    private String editNameEn;
    private String editAliases;

    private String groupCode;
    private String newMember;

    /** The page's view action: the administrator only, then the directory. */
    public void open() throws IOException {
        if (PageGuard.admits(Role.Names.ADMIN) && all == null) {
            read();
        }
    }

    /** The form's button: adds the agency, then shows it in the list. */
    public void add() {
        try {
            AgencyEntry created = agencies.create(NewAgency.of(name, nameEn, kind, List.of()));
            Refusals.done(language.text("agencies.added")
                    .replace("{0}", created.name())
                    .replace("{1}", created.code()));
            name = null;
            nameEn = null;
            kind = null;
            read();
        } catch (BusinessException refused) {
            Refusals.beside("agency:name", Refusals.text(refused.getMessage(), language.isEnglish()));
        }
    }

    /** Opens the edit form of one agency with its names as they are. */
    public void edit(String code) {
        AgencyEntry agency = byCode().get(code);
        editing = code;
        editName = agency.name();
        editNameEn = agency.nameEn();
        editAliases = String.join("\n", agency.aliases());
    }

    /** Saves the agency's names: its other names one a line. */
    public void saveEdit() {
        try {
            AgencyEntry saved = agencies.describe(
                    editing,
                    AgencyEdit.of(
                            editName,
                            editNameEn,
                            List.of(editAliases == null ? new String[0] : editAliases.split("\\R"))));
            Refusals.done(
                    language.text("agencies.saved").replace("{0}", saved.name()).replace("{1}", saved.code()));
            editing = null;
            read();
        } catch (BusinessException refused) {
            Refusals.beside("edit:name", Refusals.text(refused.getMessage(), language.isEnglish()));
        }
    }

    /** Closes the edit form without saving. */
    public void cancelEdit() {
        editing = null;
    }

    /** Shows the chosen group's members. */
    public void choose() {
        newMember = null;
    }

    /** Puts the chosen agency into the chosen group. */
    public void join() {
        try {
            agencies.join(groupCode, newMember);
            Refusals.done(language.text("groups.joined")
                    .replace("{0}", nameOf(newMember))
                    .replace("{1}", getGroupName()));
            newMember = null;
            read();
        } catch (BusinessException refused) {
            Refusals.beside("join:newMember", Refusals.text(refused.getMessage(), language.isEnglish()));
        }
    }

    /** Takes an agency out of the chosen group. */
    public void leave(String agencyCode) {
        try {
            agencies.leave(groupCode, agencyCode);
            Refusals.done(language.text("groups.left")
                    .replace("{0}", nameOf(agencyCode))
                    .replace("{1}", getGroupName()));
            read();
        } catch (BusinessException refused) {
            Refusals.beside(null, Refusals.text(refused.getMessage(), language.isEnglish()));
        }
    }

    private void read() {
        all = agencies.all();
        rows = new ArrayList<>(all.stream().map(Row::new).toList());
        groups = agencies.groups();
        if (groupCode == null && !groups.isEmpty()) {
            groupCode = groups.get(0).code();
        }
    }

    /**
     * The directory's rows, in its order (the order the API lists them in); a list of our own,
     * which PrimeFaces sorts in place.
     */
    public List<Row> getRows() {
        return rows;
    }

    public List<GroupEntry> getGroups() {
        return groups;
    }

    public List<String> getKinds() {
        return NewAgency.kinds();
    }

    /** The group whose members are shown, or null. */
    public GroupEntry getGroup() {
        return groups == null
                ? null
                : groups.stream()
                        .filter(g -> g.code().equals(groupCode))
                        .findFirst()
                        .orElse(null);
    }

    /** The chosen group's name in the page's language. */
    public String getGroupName() {
        GroupEntry group = getGroup();
        if (group == null) {
            return "";
        }
        return language.isEnglish() && group.nameEn() != null ? group.nameEn() : group.name();
    }

    /** The agencies of the directory that are not members of the chosen group: those it may take. */
    public List<AgencyEntry> getOthers() {
        GroupEntry group = getGroup();
        return group == null
                ? List.of()
                : all.stream().filter(a -> !group.members().contains(a.code())).toList();
    }

    /** An agency's name in the page's language, from its code (the group lists codes). */
    public String nameOf(String code) {
        AgencyEntry agency = byCode().get(code);
        if (agency == null) {
            return code;
        }
        return language.isEnglish() && agency.nameEn() != null ? agency.nameEn() : agency.name();
    }

    private Map<String, AgencyEntry> byCode() {
        return all.stream().collect(Collectors.toMap(AgencyEntry::code, Function.identity()));
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getNameEn() {
        return nameEn;
    }

    public void setNameEn(String nameEn) {
        this.nameEn = nameEn;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    /** The code of the agency being edited, or null. */
    public String getEditing() {
        return editing;
    }

    public String getEditName() {
        return editName;
    }

    public void setEditName(String editName) {
        this.editName = editName;
    }

    public String getEditNameEn() {
        return editNameEn;
    }

    public void setEditNameEn(String editNameEn) {
        this.editNameEn = editNameEn;
    }

    public String getEditAliases() {
        return editAliases;
    }

    public void setEditAliases(String editAliases) {
        this.editAliases = editAliases;
    }

    public String getGroupCode() {
        return groupCode;
    }

    public void setGroupCode(String groupCode) {
        this.groupCode = groupCode;
    }

    public String getNewMember() {
        return newMember;
    }

    public void setNewMember(String newMember) {
        this.newMember = newMember;
    }

    /**
     * One agency as the table reads it: a bean with getters, so that PrimeFaces sorts by field
     * (Expression Language 5 reads no record components); its kind is read from the entry by the
     * page.
     */
    public static final class Row implements Serializable {

        private static final long serialVersionUID = 1L;

        private final AgencyEntry entry;

        Row(AgencyEntry entry) {
            this.entry = entry;
        }

        public AgencyEntry getEntry() {
            return entry;
        }

        public String getCode() {
            return entry.code();
        }

        public String getName() {
            return entry.name();
        }

        public String getNameEn() {
            return entry.nameEn() == null ? "" : entry.nameEn();
        }
    }
}
