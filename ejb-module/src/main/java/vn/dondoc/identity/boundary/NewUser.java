package vn.dondoc.identity.boundary;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Set;
import vn.dondoc.platform.security.Role;

/**
 * What an administrator gives to add a user (thêm người dùng). A class, not a record: Payara's
 * OpenAPI scanner fails on Bean Validation annotations of record components (6.2025.10).
 */
public class NewUser {

    /** Lower-case letters, digits, '.', '-' and '_', starting and ending with a letter or digit. */
    public static final String USERNAME = "[a-z0-9]([a-z0-9._-]*[a-z0-9])?";

    @NotBlank
    @Size(min = 2, max = 100)
    @Pattern(
            regexp = USERNAME,
            message = "chữ thường không dấu, số, '.', '-', '_' / lower-case letters, digits, '.', '-', '_'")
    public String username;

    @NotBlank
    @Size(max = 255)
    public String displayName;

    @Email
    @Size(max = 254)
    public String email;

    @NotEmpty
    public Set<@NotNull Role> roles;

    /** The agency's code; required for AGENCY_OFFICER and AGENCY_HEAD. */
    @Size(max = 190)
    public String agency;

    /**
     * The first password, if the administrator chooses it (at least 12 characters); left out, the
     * server makes a one-time password and answers it once. Either way the user must change it at
     * the first sign-in.
     */
    @Size(max = 1024)
    public String password;

    /** A request made of a form's values. */
    public static NewUser of(
            String username, String displayName, String email, Set<Role> roles, String agency, String password) {
        NewUser request = new NewUser();
        request.username = username == null ? null : username.strip();
        request.displayName = displayName;
        request.email = email == null || email.isBlank() ? null : email.strip();
        request.roles = roles;
        request.agency = agency == null || agency.isBlank() ? null : agency;
        request.password = password == null || password.isEmpty() ? null : password;
        return request;
    }

    /** The username, which the audit trail records as the target: never the password. */
    @Override
    public String toString() {
        return username == null ? "" : username;
    }
}
