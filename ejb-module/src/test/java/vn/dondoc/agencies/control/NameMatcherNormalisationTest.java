package vn.dondoc.agencies.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The normal form names are matched by (NameNormaliser), so that spelling variants meet. */
class NameMatcherNormalisationTest {

    @Test
    void abbreviationsExpandToTheirFullForm() {
        assertThat(NameNormaliser.normalise("UBND các huyện, thành phố"))
                .isEqualTo(NameNormaliser.normalise("Ủy ban nhân dân các huyện thành phố"));
        assertThat(NameNormaliser.normalise("HĐND tỉnh")).isEqualTo("hội đồng nhân dân tỉnh");
        assertThat(NameNormaliser.normalise("TAND")).isEqualTo("tòa án nhân dân");
        assertThat(NameNormaliser.normalise("VKSND")).isEqualTo("viện kiểm sát nhân dân");
        assertThat(NameNormaliser.normalise("UBMTTQ")).isEqualTo("ủy ban mặt trận tổ quốc");
        assertThat(NameNormaliser.normalise("MTTQ")).isEqualTo("mặt trận tổ quốc");
        assertThat(NameNormaliser.normalise("Trung tâm TGPL")).isEqualTo("trung tâm trợ giúp pháp lý");
        assertThat(NameNormaliser.normalise("Cục THADS")).isEqualTo("cục thi hành án dân sự");
        assertThat(NameNormaliser.normalise("PBGDPL"))
                .isEqualTo(NameNormaliser.normalise("phổ biến, giáo dục pháp luật"));
        assertThat(NameNormaliser.normalise("Đài PTTH"))
                .isEqualTo(NameNormaliser.normalise("Đài Phát thanh - Truyền hình"));
        assertThat(NameNormaliser.normalise("Sở TT&TT"))
                .isEqualTo(NameNormaliser.normalise("Sở TTTT"))
                .isEqualTo("sở thông tin và truyền thông");
    }

    @Test
    void tonePlacementCaseAndUnicodeFormDoNotMatter() {
        assertThat(NameNormaliser.normalise("Uỷ ban")).isEqualTo(NameNormaliser.normalise("ỦY BAN"));
        assertThat(NameNormaliser.normalise("Văn hoá")).isEqualTo(NameNormaliser.normalise("Văn hóa"));
        assertThat(NameNormaliser.normalise("Toà án")).isEqualTo("tòa án");
        String decomposed = java.text.Normalizer.normalize("Sở Tư pháp", java.text.Normalizer.Form.NFD);
        assertThat(NameNormaliser.normalise(decomposed)).isEqualTo("sở tư pháp");
        assertThat(NameNormaliser.normalise("hằng năm")).isEqualTo(NameNormaliser.normalise("hàng năm"));
    }

    @Test
    void punctuationAndWhitespaceCountAsOneSpace() {
        assertThat(NameNormaliser.normalise("  Lao động – Thương binh  &  Xã hội "))
                .isEqualTo("lao động thương binh xã hội");
    }

    @Test
    void theBareFormDropsDiacriticsAndWritesDAsD() {
        assertThat(NameNormaliser.bare("Đài Phát thanh và Truyền hình tỉnh"))
                .isEqualTo("dai phat thanh va truyen hinh tinh");
        assertThat(NameNormaliser.bare("HDND")).isEqualTo(NameNormaliser.bare("Hội đồng nhân dân"));
    }
}
