package vn.dondoc.web.identity;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import vn.dondoc.agencies.boundary.Agencies;
import vn.dondoc.agencies.boundary.AgencyEntry;
import vn.dondoc.identity.boundary.NewUser;
import vn.dondoc.identity.boundary.UserAccess;
import vn.dondoc.identity.boundary.UserEdit;
import vn.dondoc.identity.boundary.UserEntry;
import vn.dondoc.identity.boundary.Users;
import vn.dondoc.platform.boundary.BusinessException;
import vn.dondoc.platform.boundary.Page;
import vn.dondoc.platform.security.Role;
import vn.dondoc.web.ui.Language;
import vn.dondoc.web.ui.PageGuard;
import vn.dondoc.web.ui.Refusals;

/**
 * Người dùng: the administrator's list of the tenant's users, paged by {@link Users#list} as {@code
 * GET /api/v1/users} is, and the same {@link Users#create} and {@link Users#edit} as {@code POST
 * /users} and {@code PATCH /users/{username}}: add a user, change their roles and agency, disable
 * or enable them, reset their password. A one-time password is shown once, on the page that made
 * it; the view forgets it on the next action.
 */
@Named
@ViewScoped
public class UsersPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Users users;

    @Inject
    Agencies agencies;

    @Inject
    Language language;

    private List<AgencyEntry> agencyList;
    private final LazyDataModel<UserEntry> rows = new Rows();

    private String filterAgency;
    private String filterRole;
    private String filterActive;

    private String username;
    private String displayName;
    private String email;
    private List<String> roles = new ArrayList<>();
    private String agency;
    private String password;

    private String editing;
    private String editDisplayName;
    private String editEmail;
    private List<String> editRoles = new ArrayList<>();
    private String editAgency;

    /** The one-time password just made, and for whom: shown once. */
    private String oneTimePassword;

    private String oneTimeFor;

    /** The page's view action: the administrator only. */
    public void open() throws IOException {
        if (PageGuard.admits(Role.Names.ADMIN) && agencyList == null) {
            agencyList = agencies.all();
        }
    }

    /** The filters' button: the table from its first page. */
    public void filter() {
        forgetOneTimePassword();
    }

    /** Thêm người dùng. */
    public void add() {
        forgetOneTimePassword();
        try {
            UserAccess created =
                    users.create(NewUser.of(username, displayName, email, roleSet(roles), agency, password));
            Refusals.done(
                    language.text("users.added").replace("{0}", created.user().username()));
            remember(created);
            username = null;
            displayName = null;
            email = null;
            roles = new ArrayList<>();
            agency = null;
            password = null;
        } catch (BusinessException refused) {
            password = null;
            Refusals.show(
                    refused,
                    language.isEnglish(),
                    Map.of(
                            "username", "user:username",
                            "displayName", "user:displayName",
                            "email", "user:email",
                            "roles", "user:roles",
                            "agency", "user:agency",
                            "password", "user:password"),
                    "user:username");
        }
    }

    /** Opens the edit form of one user with what they have now. */
    public void edit(UserEntry user) {
        forgetOneTimePassword();
        editing = user.username();
        editDisplayName = user.displayName();
        editEmail = user.email();
        editRoles = new ArrayList<>(user.roles());
        editAgency = user.agencyCode();
    }

    /** Saves the name, address, roles and agency of the user being edited. */
    public void saveEdit() {
        UserEdit edit = new UserEdit();
        edit.displayName = editDisplayName;
        edit.email = editEmail == null ? "" : editEmail.strip();
        edit.roles = roleSet(editRoles);
        edit.agency = editAgency == null ? "" : editAgency;
        if (change(editing, edit, "users.saved", "edit:displayName")) {
            editing = null;
        }
    }

    public void cancelEdit() {
        editing = null;
    }

    /** Khóa / mở khóa. */
    public void toggle(UserEntry user) {
        forgetOneTimePassword();
        UserEdit edit = new UserEdit();
        edit.disabled = user.active();
        change(user.username(), edit, user.active() ? "users.disabled" : "users.enabled", null);
    }

    /** Đặt lại mật khẩu: a new one-time password, shown once. */
    public void reset(UserEntry user) {
        forgetOneTimePassword();
        UserEdit edit = new UserEdit();
        edit.resetPassword = true;
        change(user.username(), edit, "users.reset", null);
    }

    private boolean change(String who, UserEdit edit, String doneKey, String field) {
        try {
            UserAccess changed = users.edit(who, edit);
            Refusals.done(language.text(doneKey).replace("{0}", who));
            remember(changed);
            return true;
        } catch (BusinessException refused) {
            Refusals.beside(field, Refusals.text(refused.getMessage(), language.isEnglish()));
            return false;
        }
    }

    private void remember(UserAccess access) {
        oneTimePassword = access.oneTimePassword();
        oneTimeFor = oneTimePassword == null ? null : access.user().username();
    }

    private void forgetOneTimePassword() {
        oneTimePassword = null;
        oneTimeFor = null;
    }

    private static Set<Role> roleSet(List<String> names) {
        Set<Role> set = EnumSet.noneOf(Role.class);
        if (names != null) {
            names.forEach(name -> set.add(Role.valueOf(name)));
        }
        return set;
    }

    /** The roles a tenant's user may have, for the forms and the filter. */
    public List<String> getRoleChoices() {
        return Users.TENANT_ROLES.stream().map(Role::name).toList();
    }

    public List<AgencyEntry> getAgencies() {
        return agencyList;
    }

    /** The user's roles as words in the page's language. */
    public String rolesOf(UserEntry user) {
        return user.roles().stream().map(r -> language.text("role." + r)).collect(Collectors.joining(", "));
    }

    public LazyDataModel<UserEntry> getRows() {
        return rows;
    }

    /** The table's pages, read from the boundary one page at a time, with the filters. */
    private final class Rows extends LazyDataModel<UserEntry> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) page(0, 1).total();
        }

        @Override
        public List<UserEntry> load(
                int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            Page<UserEntry> page = page(first / pageSize, pageSize);
            setRowCount((int) page.total());
            return page.items();
        }

        @Override
        public String getRowKey(UserEntry user) {
            return user.username();
        }

        private Page<UserEntry> page(int page, int size) {
            Boolean active = filterActive == null || filterActive.isBlank() ? null : Boolean.valueOf(filterActive);
            return users.list(blankAsNull(filterAgency), blankAsNull(filterRole), active, page, size);
        }
    }

    private static String blankAsNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    public String getOneTimePassword() {
        return oneTimePassword;
    }

    public String getOneTimeFor() {
        return oneTimeFor;
    }

    public String getFilterAgency() {
        return filterAgency;
    }

    public void setFilterAgency(String filterAgency) {
        this.filterAgency = filterAgency;
    }

    public String getFilterRole() {
        return filterRole;
    }

    public void setFilterRole(String filterRole) {
        this.filterRole = filterRole;
    }

    public String getFilterActive() {
        return filterActive;
    }

    public void setFilterActive(String filterActive) {
        this.filterActive = filterActive;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public List<String> getRoles() {
        return roles;
    }

    public void setRoles(List<String> roles) {
        this.roles = roles;
    }

    public String getAgency() {
        return agency;
    }

    public void setAgency(String agency) {
        this.agency = agency;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getEditing() {
        return editing;
    }

    public String getEditDisplayName() {
        return editDisplayName;
    }

    public void setEditDisplayName(String editDisplayName) {
        this.editDisplayName = editDisplayName;
    }

    public String getEditEmail() {
        return editEmail;
    }

    public void setEditEmail(String editEmail) {
        this.editEmail = editEmail;
    }

    public List<String> getEditRoles() {
        return editRoles;
    }

    public void setEditRoles(List<String> editRoles) {
        this.editRoles = editRoles;
    }

    public String getEditAgency() {
        return editAgency;
    }

    public void setEditAgency(String editAgency) {
        this.editAgency = editAgency;
    }
}
