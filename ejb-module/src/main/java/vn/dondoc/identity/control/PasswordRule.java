package vn.dondoc.identity.control;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What a password a person chooses (or an administrator gives) must be: at least 12 characters and
 * at most 128 (OWASP ASVS 4.0 2.1.1 and 2.1.2, level 2), any characters, spaces and Vietnamese
 * letters included, no rule of character classes (ASVS 2.1.9), and not one that names the user nor
 * one of the few passwords every guesser tries first. Length is what makes guessing slow; a longer
 * list of breached passwords (ASVS 2.1.7) needs a list we do not ship yet (D-046).
 */
public final class PasswordRule {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;

    /** Passwords long enough to pass the length rule that guessers try first. */
    private static final Set<String> COMMON = Set.of(
            "123456789012",
            "1234567890123",
            "12345678901234",
            "123456789abc",
            "abc123456789",
            "qwertyuiopas",
            "qwerty123456",
            "password1234",
            "passwordpassword",
            "matkhau12345",
            "matkhau123456",
            "matkhaumoi123",
            "dondoc123456",
            "dondocdondoc",
            "abcdefghijkl",
            "iloveyou1234");

    private PasswordRule() {}

    /**
     * Why {@code password} may not be {@code username}'s password, in Vietnamese and English, or
     * empty when it may.
     */
    public static Optional<String> problem(String username, String password) {
        if (password == null || password.isBlank()) {
            return Optional.of("cần mật khẩu / a password is required");
        }
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            return Optional.of("mật khẩu phải có ít nhất %d ký tự / the password must have at least %d characters"
                    .formatted(MIN_LENGTH, MIN_LENGTH));
        }
        if (length > MAX_LENGTH) {
            return Optional.of("mật khẩu dài tối đa %d ký tự / the password may have at most %d characters"
                    .formatted(MAX_LENGTH, MAX_LENGTH));
        }
        String folded = password.toLowerCase(Locale.ROOT);
        if (folded.codePoints().distinct().count() == 1 || COMMON.contains(folded)) {
            return Optional.of("mật khẩu quá dễ đoán / the password is too easy to guess");
        }
        if (username != null && username.length() >= 3 && folded.contains(username.toLowerCase(Locale.ROOT))) {
            return Optional.of("mật khẩu không được chứa tên đăng nhập / the password may not contain the username");
        }
        return Optional.empty();
    }
}
