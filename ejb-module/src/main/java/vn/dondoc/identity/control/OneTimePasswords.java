package vn.dondoc.identity.control;

import java.security.SecureRandom;

/**
 * Mật khẩu dùng một lần: the password the server makes for a new user or a reset, shown once to the
 * administrator, who passes it on; the user must replace it at the first sign-in (D-046). Sixteen
 * characters from an alphabet without look-alikes (no 0/o, 1/l/i), in groups of four: about 79
 * bits of chance, read aloud or typed on a telephone without mistakes.
 */
public final class OneTimePasswords {

    private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private OneTimePasswords() {}

    /** A fresh password such as {@code k7mq-2xvd-hp9a-t4nz}. */
    public static String generate() {
        StringBuilder password = new StringBuilder(19);
        for (int i = 0; i < 16; i++) {
            if (i > 0 && i % 4 == 0) {
                password.append('-');
            }
            password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
