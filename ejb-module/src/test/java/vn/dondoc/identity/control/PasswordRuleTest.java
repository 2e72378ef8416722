package vn.dondoc.identity.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PasswordRuleTest {

    @Test
    void twelveCharactersOfAnyKindAreEnoughAndElevenAreNot() {
        assertThat(PasswordRule.problem("chuyen-vien", "Hà Nội mùa t")).isEmpty();
        assertThat(PasswordRule.problem("chuyen-vien", "Hà Nội mùa "))
                .hasValueSatisfying(p -> assertThat(p).contains("ít nhất 12", "at least 12"));
    }

    @Test
    void vietnameseLettersCountAsOneCharacterEachAndSpacesAreWelcome() {
        // 12 letters with diacritics, some outside the basic plane's Latin-1: still 12 characters
        assertThat(PasswordRule.problem("a", "đường ổ ệ ữ ở")).isEmpty();
    }

    @Test
    void aPasswordThatContainsTheUsernameOrIsOneCharacterRepeatedOrCommonIsRefused() {
        assertThat(PasswordRule.problem("so-tu-phap", "SO-TU-PHAP-2026"))
                .hasValueSatisfying(p -> assertThat(p).contains("username"));
        assertThat(PasswordRule.problem("x1", "aaaaaaaaaaaaaaa"))
                .hasValueSatisfying(p -> assertThat(p).contains("easy to guess"));
        assertThat(PasswordRule.problem("x1", "Password1234")).isPresent();
        assertThat(PasswordRule.problem("x1", "123456789012")).isPresent();
    }

    @Test
    void nothingAndTooMuchAreRefused() {
        assertThat(PasswordRule.problem("x1", null)).isPresent();
        assertThat(PasswordRule.problem("x1", "            ")).isPresent();
        assertThat(PasswordRule.problem("x1", "a".repeat(64) + "b".repeat(65)))
                .hasValueSatisfying(p -> assertThat(p).contains("128"));
    }

    @Test
    void oneTimePasswordsPassTheRuleAndDoNotRepeat() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            String password = OneTimePasswords.generate();
            assertThat(password).matches("[a-hjkmnp-z2-9]{4}(-[a-hjkmnp-z2-9]{4}){3}");
            assertThat(PasswordRule.problem("nguoi-dung", password)).isEmpty();
            assertThat(seen.add(password)).isTrue();
        }
    }
}
