package vn.dondoc.agencies.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.dondoc.testing.Directories;

/** The bodies named in running text, where nothing but the names themselves says where they end. */
class SentenceNamesTest {

    private final NameMatcher names = new NameMatcher(Directories.of("vinh-phuc"));

    @Test
    void theNamesAtTheStartOfASentenceEndAtTheFirstWordThatBeginsNone() {
        String text = "Sở Nội vụ, UBND các huyện, thành phố và Công an tỉnh rà soát văn bản.";

        NameMatcher.LeadingBodies read = names.leadingBodies(text);

        assertThat(codes(read.bodies())).containsExactly("so-noi-vu", "ubnd-cac-huyen-thanh-pho", "cong-an-tinh");
        assertThat(text.substring(read.end())).isEqualTo(" rà soát văn bản.");
    }

    @Test
    void anUnknownNameIsReadWhenAKnownOneFollowsItsCommaAndNotWhenNothingEndsIt() {
        assertThat(names.leadingBodies("Sở Du lịch, Sở Y tế tổ chức hội nghị").bodies())
                .extracting(NamedBody::text)
                .containsExactly("Sở Du lịch", "Sở Y tế");
        assertThat(names.leadingBodies("Sở Du lịch tổ chức hội nghị").bodies()).isEmpty();
        assertThat(names.leadingBodies("Sở Du lịch tổ chức hội nghị").end()).isZero();
    }

    @Test
    void theWorkIsNotReadAsADepartmentItShareWordsWith() {
        assertThat(names.leadingBodies("xây dựng kế hoạch tài chính").bodies()).isEmpty();
        assertThat(codes(names.leadingBodies("Sở Nội vụ và xây dựng đề án").bodies()))
                .containsExactly("so-noi-vu");
    }

    @Test
    void aKnownNameInAListIsReadThoughItsFirstCapitalIsMissingWhenAnotherWordHasOne() {
        // Kế hoạch 204, section III, item 3.
        String text = "Đài Phát thanh và Truyền hình tỉnh, Báo Vĩnh Phúc, cổng Thông tin điện tử tỉnh có trách"
                + " nhiệm phối hợp";

        NameMatcher.LeadingBodies read = names.leadingBodies(text);

        assertThat(codes(read.bodies()))
                .containsExactly("dai-phat-thanh-va-truyen-hinh-tinh", "bao-vinh-phuc", "cong-thong-tin-dien-tu-tinh");
        assertThat(text.substring(read.end())).isEqualTo(" có trách nhiệm phối hợp");
        assertThat(names.leadingBodies("cổng Thông tin điện tử tỉnh đăng tải").bodies())
                .as("never the first name: prose may begin with anything")
                .isEmpty();
        assertThat(codes(names.leadingBodies("Sở Nội vụ, tài chính và kế hoạch").bodies()))
                .as("work in lower case is no name, though a department shares its words")
                .containsExactly("so-noi-vu");
    }

    @Test
    void textThatOpensWithANameOpensLikeABodyWhetherOrNotTheNameCanBeRead() {
        assertThat(names.opensLikeBody("Sở Du lịch bố trí kinh phí")).isTrue();
        assertThat(names.opensLikeBody("Ban Tuyên giáo Tỉnh ủy lãnh đạo")).isTrue();
        assertThat(names.opensLikeBody("Trong quá trình thực hiện, Sở Tư pháp tổng hợp"))
                .isFalse();
        assertThat(names.opensLikeBody("sở du lịch bố trí kinh phí")).isFalse();
    }

    @Test
    void aClauseOfOnlyNamesGivesThemWithTheirUnitsAndAnUnknownName() {
        assertThat(names.onlyBodies("Sở Tư pháp (Trung tâm TGPL nhà nước tỉnh)"))
                .hasValueSatisfying(bodies -> {
                    assertThat(codes(bodies)).containsExactly("so-tu-phap");
                    assertThat(bodies.get(0).unit()).isEqualTo("Trung tâm TGPL nhà nước tỉnh");
                });
        assertThat(names.onlyBodies("Sở Tư pháp, Sở Du lịch"))
                .hasValueSatisfying(bodies ->
                        assertThat(bodies).extracting(NamedBody::resolved).containsExactly(true, false));
    }

    @Test
    void aClauseThatHoldsAnythingButNamesGivesNone() {
        assertThat(names.onlyBodies("Sở Tư pháp tổ chức")).isEmpty();
        assertThat(names.onlyBodies("Ủy ban nhân dân tỉnh giao Sở Tư pháp")).isEmpty();
        assertThat(names.onlyBodies("Tiếp tục triển khai")).isEmpty();
        assertThat(names.onlyBodies("")).isEmpty();
    }

    private static List<String> codes(List<NamedBody> bodies) {
        return bodies.stream()
                .map(b -> b.agencyCode() != null ? b.agencyCode() : b.groupCode())
                .toList();
    }
}
