package vn.dondoc.identity.boundary;

import vn.dondoc.platform.boundary.BusinessException;

/**
 * The password was right, but it was made by somebody else (a new user, a reset): the user must
 * choose their own ({@code POST /api/v1/auth/password}) before any token is issued (D-046). Told
 * only after the password matched, so it says nothing to a guesser.
 */
public class PasswordChangeRequired extends BusinessException {

    private static final long serialVersionUID = 1L;

    public static final String CODE = "password-change-required";

    public PasswordChangeRequired() {
        super("Bạn phải đổi mật khẩu trước khi đăng nhập (POST /api/v1/auth/password) / You must change your"
                + " password before signing in (POST /api/v1/auth/password)");
    }

    @Override
    public int status() {
        return 403;
    }

    @Override
    public String title() {
        return "Cần đổi mật khẩu / Password change required";
    }

    @Override
    public String code() {
        return CODE;
    }
}
