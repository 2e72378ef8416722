package vn.dondoc.web.identity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The body of a password change: who, the current password (a one-time password or the user's own)
 * and the new one. A class, not a record: see {@link TokenRequest}.
 */
public class PasswordChange {

    @NotBlank
    @Size(max = 64)
    public String tenant;

    @NotBlank
    @Size(max = 190)
    public String username;

    @NotBlank
    @Size(max = 1024)
    public String password;

    @NotBlank
    @Size(max = 1024)
    public String newPassword;
}
