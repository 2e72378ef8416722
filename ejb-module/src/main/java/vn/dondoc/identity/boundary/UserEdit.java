package vn.dondoc.identity.boundary;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Set;
import vn.dondoc.platform.security.Role;

/**
 * A change an administrator makes to a user (PATCH): a field left out ({@code null}) stays as it
 * is; {@code ""} takes away the e-mail address or the agency. A class, not a record: see {@link
 * NewUser}.
 */
public class UserEdit {

    @Size(min = 1, max = 255)
    @Pattern(regexp = ".*\\S.*", message = "không được để trống / may not be blank")
    public String displayName;

    /** A new address; {@code ""}: none. */
    @Size(max = 254)
    @Email
    public String email;

    /** The user's roles from now on (all of them). */
    @Size(min = 1)
    public Set<@NotNull Role> roles;

    /** The agency's code from now on; {@code ""}: no agency. */
    @Size(max = 190)
    public String agency;

    /** true: khóa (the user's tokens end at once); false: mở khóa. */
    public Boolean disabled;

    /** true: a new one-time password, made by the server unless {@link #password} gives it. */
    public Boolean resetPassword;

    /** The password a reset gives (at least 12 characters); giving it resets the password. */
    @Size(max = 1024)
    public String password;

    /** Whether this edit resets the password. */
    public boolean resets() {
        return Boolean.TRUE.equals(resetPassword) || password != null;
    }

    /** Never the password: what the audit trail's failure detail may hold. */
    @Override
    public String toString() {
        return "UserEdit";
    }
}
