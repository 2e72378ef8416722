package vn.dondoc.agencies.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.text.Normalizer;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The code rule of the API contract: lowercase, no diacritics, đ → d, other runs → "-". */
class SlugTest {

    @Test
    void theContractsOwnExampleHolds() {
        assertThat(Slug.of("Sở Tư pháp")).isEqualTo("so-tu-phap");
    }

    /** Each row: a vowel with no mark, then huyền, sắc, hỏi, ngã, nặng. */
    @ParameterizedTest
    @CsvSource({
        "aàáảãạ, a",
        "ăằắẳẵặ, a",
        "âầấẩẫậ, a",
        "eèéẻẽẹ, e",
        "êềếểễệ, e",
        "iìíỉĩị, i",
        "oòóỏõọ, o",
        "ôồốổỗộ, o",
        "ơờớởỡợ, o",
        "uùúủũụ, u",
        "ưừứửữự, u",
        "yỳýỷỹỵ, y"
    })
    void everyToneMarkOnEveryVowelFallsAwayInLowerAndUpperCase(String forms, String bare) {
        String expected = bare.repeat(6);
        assertThat(Slug.of(forms)).isEqualTo(expected);
        assertThat(Slug.of(forms.toUpperCase(Locale.ROOT))).isEqualTo(expected);
    }

    @Test
    void dWithStrokeBecomesDInBothCases() {
        assertThat(Slug.of("Đà Nẵng")).isEqualTo("da-nang");
        assertThat(Slug.of("đường")).isEqualTo("duong");
        assertThat(Slug.of("ĐẢNG ĐOÀN")).isEqualTo("dang-doan");
        assertThat(Slug.of("Tỉnh Đoàn")).isEqualTo("tinh-doan");
    }

    @Test
    void aHyphenWithSpacesAroundItIsOneSeparator() {
        assertThat(Slug.of("Sở Lao động - Thương binh và Xã hội")).isEqualTo("so-lao-dong-thuong-binh-va-xa-hoi");
    }

    @Test
    void commasAndSpacesTogetherAreOneSeparator() {
        assertThat(Slug.of("UBND các huyện, thành phố")).isEqualTo("ubnd-cac-huyen-thanh-pho");
        assertThat(Slug.of("Sở KH&ĐT")).isEqualTo("so-kh-dt");
    }

    @Test
    void digitsAreKept() {
        assertThat(Slug.of("Kế hoạch 204/KH-UBND")).isEqualTo("ke-hoach-204-kh-ubnd");
        assertThat(Slug.of("Quận 1")).isEqualTo("quan-1");
    }

    @ParameterizedTest
    @ValueSource(strings = {"  Sở Y tế  ", "(Sở Y tế)", "- Sở Y tế.", "“Sở Y tế”", "…Sở Y tế!?", "\tSở Y tế\n"})
    void leadingAndTrailingPunctuationLeavesNoHyphen(String name) {
        assertThat(Slug.of(name)).isEqualTo("so-y-te");
    }

    @Test
    void aSingleLetterBetweenPunctuationIsKept() {
        assertThat(Slug.of("-a-")).isEqualTo("a");
        assertThat(Slug.of("Ư")).isEqualTo("u");
    }

    @Test
    void decomposedAndPrecomposedSpellingsGiveTheSameCode() {
        String name = "Sở Lao động - Thương binh và Xã hội, Ủy ban Mặt trận Tổ quốc Đồng Tháp";
        String nfc = Normalizer.normalize(name, Normalizer.Form.NFC);
        String nfd = Normalizer.normalize(name, Normalizer.Form.NFD);
        assertThat(nfd).isNotEqualTo(nfc);
        assertThat(Slug.of(nfd))
                .isEqualTo(Slug.of(nfc))
                .isEqualTo("so-lao-dong-thuong-binh-va-xa-hoi-uy-ban-mat-tran-to-quoc-dong-thap");
    }

    @Test
    void aToneMarkTypedAfterAPrecomposedVowelIsRemovedToo() {
        // "ớ" typed as precomposed ơ followed by a combining acute accent, as some keyboards do
        assertThat(Slug.of("S\u01A1\u0301 T\u01B0 ph\u00E1p")).isEqualTo("so-tu-phap");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "-", "---", "…", "(?)", "“ ”"})
    void aNameWithNoLettersOrDigitsIsRefused(String name) {
        assertThatThrownBy(() -> Slug.of(name))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no letters or digits");
    }
}
