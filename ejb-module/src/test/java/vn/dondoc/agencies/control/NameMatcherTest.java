package vn.dondoc.agencies.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.dondoc.testing.Directories;

/**
 * The matcher against the real vinh-phuc directory. Expected bodies are written as the agency
 * code, {@code group:} and the group code, or {@code ?} and the printed text when unresolved.
 */
class NameMatcherTest {

    private static final NameMatcher MATCHER = new NameMatcher(Directories.of("vinh-phuc"));

    private static final String SO_TU_PHAP = "so-tu-phap";
    private static final String SO_BAN_NGANH = "group:cac-so-ban-nganh-cua-tinh";
    private static final String HUYEN = "group:ubnd-cac-huyen-thanh-pho";
    private static final String XA = "group:ubnd-cac-xa-phuong-thi-tran";

    /** Every responsibility line of Kế hoạch 204 (seed 003), with the seed's line number. */
    @ParameterizedTest(name = "line {0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
        43  | Sở Tư pháp. | so-tu-phap
        45  | Các sở, ban, ngành của tỉnh; UBMTTQ Việt Nam và các tổ chức đoàn thể các cấp; UBND các huyện, thành phố; UBND các xã, phường, thị trấn. | group:cac-so-ban-nganh-cua-tinh + group:ubmttq-viet-nam-va-cac-to-chuc-doan-the-cac-cap + group:ubnd-cac-huyen-thanh-pho + group:ubnd-cac-xa-phuong-thi-tran
        53  | Sở Tư pháp và các sở, ban, ngành; UBND các huyện, thành phố; UBND các xã, phường, thị trấn. | so-tu-phap + group:cac-so-ban-nganh-cua-tinh + group:ubnd-cac-huyen-thanh-pho + group:ubnd-cac-xa-phuong-thi-tran
        59  | Các sở, ban, ngành; UBND các huyện, thành phố; UBND các xã, phường, thị trấn. | group:cac-so-ban-nganh-cua-tinh + group:ubnd-cac-huyen-thanh-pho + group:ubnd-cac-xa-phuong-thi-tran
        65  | Giám đốc sở Tư pháp; Trưởng phòng Tư pháp; Công chức Tư pháp-Hộ tịch. | ?Giám đốc sở Tư pháp + ?Trưởng phòng Tư pháp + ?Công chức Tư pháp-Hộ tịch
        83  | Sở Tư pháp | so-tu-phap
        93  | Sở Tư pháp; UBND các huyện, thành phố. | so-tu-phap + group:ubnd-cac-huyen-thanh-pho
        95  | Các sở, ban, ngành, đoàn thể ở tỉnh, cơ quan Trung ương đóng trên địa bàn tỉnh; UBND các xã, phường, thị trấn. | group:cac-so-ban-nganh-cua-tinh + group:co-quan-trung-uong-dong-tren-dia-ban-tinh + group:ubnd-cac-xa-phuong-thi-tran
        101 | Các sở, ban, ngành, đoàn thể ở tỉnh, các cơ quan Trung ương đóng trên địa bàn tỉnh; UBND các huyện, thành phố. | group:cac-so-ban-nganh-cua-tinh + group:co-quan-trung-uong-dong-tren-dia-ban-tinh + group:ubnd-cac-huyen-thanh-pho
        109 | Các sở, ban, ngành, đoàn thể ở tỉnh; Cơ quan Trung ương đóng trên địa bàn tỉnh; UBND các huyện, thành phố. | group:cac-so-ban-nganh-cua-tinh + group:co-quan-trung-uong-dong-tren-dia-ban-tinh + group:ubnd-cac-huyen-thanh-pho
        117 | Các sở, ban, ngành, đoàn thể ở tỉnh; Cơ quan Trung ương đóng trên địa bàn tỉnh; UBND các huyện, thành phố và các cơ quan, đơn vị liên quan. | group:cac-so-ban-nganh-cua-tinh + group:co-quan-trung-uong-dong-tren-dia-ban-tinh + group:ubnd-cac-huyen-thanh-pho + group:cac-co-quan-don-vi-lien-quan
        129 | Các sở, ban, ngành của tỉnh; UBND các huyện, thành phố; UBND các xã, phường, thị trấn. | group:cac-so-ban-nganh-cua-tinh + group:ubnd-cac-huyen-thanh-pho + group:ubnd-cac-xa-phuong-thi-tran
        139 | Các sở, ban, ngành của tỉnh, UBMTTQ Việt Nam và các tổ chức đoàn thể các cấp, UBND các huyện, thành phố. | group:cac-so-ban-nganh-cua-tinh + group:ubmttq-viet-nam-va-cac-to-chuc-doan-the-cac-cap + group:ubnd-cac-huyen-thanh-pho
        149 | Các sở, ban, ngành của tỉnh; Đài Phát thanh - Truyền hình; Hiệp hội doanh nghiệp tỉnh; UBND các huyện, thành phố. | group:cac-so-ban-nganh-cua-tinh + dai-phat-thanh-va-truyen-hinh-tinh + hiep-hoi-doanh-nghiep-tinh + group:ubnd-cac-huyen-thanh-pho
        159 | Bộ Tư pháp; UBND các huyện, thành phố; UBND các xã, phường, thị trấn. | bo-tu-phap + group:ubnd-cac-huyen-thanh-pho + group:ubnd-cac-xa-phuong-thi-tran
        167 | Bộ Tư pháp; Sở Tài chính, Thông tin và Truyền thông, Công an tỉnh; UBND các huyện, thành phố; UBND các xã, phường, thị trấn; đơn vị liên quan. | bo-tu-phap + so-tai-chinh + so-thong-tin-va-truyen-thong + cong-an-tinh + group:ubnd-cac-huyen-thanh-pho + group:ubnd-cac-xa-phuong-thi-tran + group:cac-co-quan-don-vi-lien-quan
        175 | Các sở, ngành Công an, Tòa án nhân dân, Viện Kiểm sát nhân dân và Cục Thi hành án dân sự tỉnh. | cong-an-tinh + toa-an-nhan-dan-tinh + vien-kiem-sat-nhan-dan-tinh + cuc-thi-hanh-an-dan-su-tinh
        181 | Sở Tư pháp; UBND các huyện, thành phố theo phân cấp. | so-tu-phap + group:ubnd-cac-huyen-thanh-pho
        183 | Bộ Tư pháp; UBND các huyện, thành phố; UBND xã, phường, thị trấn; đơn vị liên quan. | bo-tu-phap + group:ubnd-cac-huyen-thanh-pho + group:ubnd-cac-xa-phuong-thi-tran + group:cac-co-quan-don-vi-lien-quan
        191 | Các Sở, ban, ngành; Tòa án nhân dân tỉnh, Viện Kiểm sát nhân dân tỉnh; Công an tỉnh, Cục Thi hành án dân sự tỉnh; UBND các huyện, thành phố; UBND các xã, phường, thị trấn và các cơ quan, đơn vị liên quan. | group:cac-so-ban-nganh-cua-tinh + toa-an-nhan-dan-tinh + vien-kiem-sat-nhan-dan-tinh + cong-an-tinh + cuc-thi-hanh-an-dan-su-tinh + group:ubnd-cac-huyen-thanh-pho + group:ubnd-cac-xa-phuong-thi-tran + group:cac-co-quan-don-vi-lien-quan
        207 | Các sở, ban, ngành; Tòa án nhân dân tỉnh, Viện Kiểm sát nhân dân tỉnh; Công an tỉnh, Cục Thi hành án dân sự tỉnh, Cục Thuế tỉnh; UBND các huyện, thành phố; UBND các xã, phường, thị trấn và các cơ quan, đơn vị liên quan. | group:cac-so-ban-nganh-cua-tinh + toa-an-nhan-dan-tinh + vien-kiem-sat-nhan-dan-tinh + cong-an-tinh + cuc-thi-hanh-an-dan-su-tinh + cuc-thue-tinh + group:ubnd-cac-huyen-thanh-pho + group:ubnd-cac-xa-phuong-thi-tran + group:cac-co-quan-don-vi-lien-quan
        215 | Sở Tư pháp (Trung tâm TGPL Nhà nước). | so-tu-phap
        217 | Các cơ quan tiến hành tố tụng; các sở, ban, ngành; UBND các huyện, thành phố; UBND xã, phường, thị trấn và cơ quan, tổ chức có liên quan. | group:cac-co-quan-tien-hanh-to-tung + group:cac-so-ban-nganh-cua-tinh + group:ubnd-cac-huyen-thanh-pho + group:ubnd-cac-xa-phuong-thi-tran + group:cac-co-quan-don-vi-lien-quan
        223 | Sở Tư pháp (Trung tâm TGPL nhà nước). | so-tu-phap
        225 | Báo Vĩnh Phúc, Đài Phát thanh - Truyền hình tỉnh, Đài Phát thanh - Truyền hình các huyện, thành phố; các cơ quan tiến hành tố tụng; các sở, ban, ngành; UBND các huyện, thành phố; UBND các xã, phường, thị trấn và cơ quan, tổ chức có liên quan. | bao-vinh-phuc + dai-phat-thanh-va-truyen-hinh-tinh + group:dai-phat-thanh-truyen-hinh-cac-huyen-thanh-pho + group:cac-co-quan-tien-hanh-to-tung + group:cac-so-ban-nganh-cua-tinh + group:ubnd-cac-huyen-thanh-pho + group:ubnd-cac-xa-phuong-thi-tran + group:cac-co-quan-don-vi-lien-quan
        231 | Sở Tư pháp (Trung tâm TGPL nhà nước tỉnh). | so-tu-phap
        233 | Các cơ quan tiến hành tố tụng; UBND xã, phường, thị trấn và cơ quan, tổ chức có liên quan. | group:cac-co-quan-tien-hanh-to-tung + group:ubnd-cac-xa-phuong-thi-tran + group:cac-co-quan-don-vi-lien-quan
        241 | Sở Tài chính. | so-tai-chinh
        249 | Công an tỉnh, Viện Kiểm sát nhân dân tỉnh, Tòa án nhân dân tỉnh, Sở Tài chính, Bộ Chỉ huy quân sự tỉnh. | cong-an-tinh + vien-kiem-sat-nhan-dan-tinh + toa-an-nhan-dan-tinh + so-tai-chinh + bo-chi-huy-quan-su-tinh
        257 | Sở Tư pháp và UBND các huyện, thành phố. | so-tu-phap + group:ubnd-cac-huyen-thanh-pho
        259 | Các sở, ban, ngành có liên quan. | group:cac-so-ban-nganh-co-lien-quan
        265 | Các Sở, ban, ngành. | group:cac-so-ban-nganh-cua-tinh
        271 | Các sở, ban, ngành; UBND các huyện, thành phố; UBND các xã, phường, thị trấn. | group:cac-so-ban-nganh-cua-tinh + group:ubnd-cac-huyen-thanh-pho + group:ubnd-cac-xa-phuong-thi-tran
        277 | Sở Tư pháp; UBND các huyện, thành phố; UBND các xã, phường, thị trấn. | so-tu-phap + group:ubnd-cac-huyen-thanh-pho + group:ubnd-cac-xa-phuong-thi-tran
        279 | Các sở, ban, ngành của tỉnh. | group:cac-so-ban-nganh-cua-tinh
        297 | Sở Tư pháp phối hợp chặt chẽ với TAND tỉnh, VKSND tỉnh, Công an tỉnh để thực hiện nhiệm vụ. | so-tu-phap + toa-an-nhan-dan-tinh + vien-kiem-sat-nhan-dan-tinh + cong-an-tinh
        """)
    void everyResponsibilityLineOfKeHoach204MatchesItsBodies(int seedLine, String line, String expected) {
        assertThat(described(MATCHER.bodies(line))).as("seed line %d", seedLine).isEqualTo(expectedList(expected));
    }

    @Test
    void aSubUnitInParenthesesBelongsToTheBodyBeforeIt() {
        assertThat(MATCHER.bodies("Sở Tư pháp (Trung tâm TGPL nhà nước tỉnh)."))
                .containsExactly(new NamedBody("Sở Tư pháp", "Trung tâm TGPL nhà nước tỉnh", SO_TU_PHAP, null));
        assertThat(MATCHER.bodies("Sở Tư pháp (Trung tâm TGPL Nhà nước)"))
                .containsExactly(new NamedBody("Sở Tư pháp", "Trung tâm TGPL Nhà nước", SO_TU_PHAP, null));
    }

    @Test
    void parenthesesThatAreNoUnitAreKeptAsTheUnitText() {
        assertThat(MATCHER.bodies("Sở Nội vụ (Chuyên trách hoặc kiêm nhiệm); Sở Tư pháp"))
                .containsExactly(
                        new NamedBody("Sở Nội vụ", "Chuyên trách hoặc kiêm nhiệm", "so-noi-vu", null),
                        new NamedBody("Sở Tư pháp", null, SO_TU_PHAP, null));
    }

    @Test
    void bodiesKeepTheirPrintedTextWithoutSeparatorsOrQualifiers() {
        assertThat(MATCHER.bodies("Sở Tư pháp; UBND các huyện, thành phố và các cơ quan, đơn vị liên quan."))
                .containsExactly(
                        new NamedBody("Sở Tư pháp", null, SO_TU_PHAP, null),
                        new NamedBody("UBND các huyện, thành phố", null, null, "ubnd-cac-huyen-thanh-pho"),
                        new NamedBody("các cơ quan, đơn vị liên quan", null, null, "cac-co-quan-don-vi-lien-quan"));
        assertThat(MATCHER.bodies("Sở Tư pháp phối hợp chặt chẽ với TAND tỉnh, Công an tỉnh để thực hiện nhiệm vụ."))
                .extracting(NamedBody::text)
                .containsExactly("Sở Tư pháp", "TAND tỉnh", "Công an tỉnh");
    }

    @Test
    void trailingQualifiersAfterAMatchedNameAreDropped() {
        assertThat(described(MATCHER.bodies("Các sở, ban, ngành ở tỉnh; Sở Tài chính tỉnh, Sở Tư pháp theo phân cấp.")))
                .containsExactly(SO_BAN_NGANH, "so-tai-chinh", SO_TU_PHAP);
        assertThat(MATCHER.bodies("Sở Tư pháp; UBND các huyện, thành phố theo phân cấp."))
                .extracting(NamedBody::text)
                .containsExactly("Sở Tư pháp", "UBND các huyện, thành phố");
    }

    @Test
    void abbreviationsMeetTheirFullForms() {
        assertThat(described(MATCHER.bodies("TAND tỉnh, VKSND tỉnh, Công an tỉnh")))
                .containsExactly("toa-an-nhan-dan-tinh", "vien-kiem-sat-nhan-dan-tinh", "cong-an-tinh");
        assertThat(described(MATCHER.bodies(
                        "Ủy ban nhân dân các huyện, thành phố; Uỷ ban nhân dân các xã, phường, thị trấn")))
                .containsExactly(HUYEN, XA);
        assertThat(described(MATCHER.bodies("Sở TT&TT; Sở Thông tin & Truyền thông; Cục THADS tỉnh; Đài PTTH tỉnh")))
                .containsExactly(
                        "so-thong-tin-va-truyen-thong",
                        "so-thong-tin-va-truyen-thong",
                        "cuc-thi-hanh-an-dan-su-tinh",
                        "dai-phat-thanh-va-truyen-hinh-tinh");
        assertThat(described(MATCHER.bodies("Ủy ban MTTQ Việt Nam tỉnh; Sở Văn hoá, Thể thao và Du lịch")))
                .containsExactly("uy-ban-mat-tran-to-quoc-viet-nam-tinh", "so-van-hoa-the-thao-va-du-lich");
    }

    @Test
    void linesTypedWithoutDiacriticsStillMatch() {
        assertThat(described(MATCHER.bodies("So Tu phap; UBND cac huyen, thanh pho")))
                .containsExactly(SO_TU_PHAP, HUYEN);
        assertThat(described(
                        MATCHER.bodies("Cac so, ban, nganh cua tinh; UBND xa, phuong, thi tran va don vi lien quan.")))
                .containsExactly(SO_BAN_NGANH, XA, "group:cac-co-quan-don-vi-lien-quan");
        assertThat(described(MATCHER.bodies("Cong an tinh, Toa an nhan dan tinh")))
                .containsExactly("cong-an-tinh", "toa-an-nhan-dan-tinh");
    }

    @Test
    void caseNeverMatters() {
        assertThat(described(MATCHER.bodies("SỞ TƯ PHÁP; UBND CÁC HUYỆN, THÀNH PHỐ; ubnd các xã, phường, thị trấn")))
                .containsExactly(SO_TU_PHAP, HUYEN, XA);
        assertThat(described(MATCHER.bodies("SO TU PHAP VA CAC SO, BAN, NGANH")))
                .containsExactly(SO_TU_PHAP, SO_BAN_NGANH);
    }

    @Test
    void anUnknownBodyIsKeptUnresolvedWithItsPrintedText() {
        assertThat(MATCHER.bodies("Sở Du lịch; Sở Tư pháp"))
                .containsExactly(
                        new NamedBody("Sở Du lịch", null, null, null),
                        new NamedBody("Sở Tư pháp", null, SO_TU_PHAP, null));
        assertThat(MATCHER.bodies("Sở Du lịch; Sở Tư pháp").get(0).resolved()).isFalse();
    }

    @Test
    void unknownBodiesSplitAtCommasOnlyWhereANewBodyBegins() {
        assertThat(described(MATCHER.bodies("Sở Du lịch, Sở Tư pháp, Phòng Tư pháp các huyện, thành phố và Sở Y tế")))
                .containsExactly("?Sở Du lịch", SO_TU_PHAP, "?Phòng Tư pháp các huyện, thành phố", "so-y-te");
    }

    @Test
    void nothingIsReadFromAnEmptyLine() {
        assertThat(MATCHER.bodies("")).isEmpty();
        assertThat(MATCHER.bodies(" ; . ")).isEmpty();
    }

    @Test
    void aNameFollowedByWordsThatAreNotPartOfItIsNotMatched() {
        assertThat(described(MATCHER.bodies("Sở Tư pháp Hà Nội; Công an tỉnh")))
                .containsExactly("?Sở Tư pháp Hà Nội", "cong-an-tinh");
    }

    @Test
    void aTenantWithoutTheRelatedBodiesGroupLeavesThemUnresolved() {
        List<DirectoryEntry> withoutGroup = Directories.of("vinh-phuc").stream()
                .filter(entry -> !entry.code().equals("cac-co-quan-don-vi-lien-quan"))
                .toList();
        assertThat(described(new NameMatcher(withoutGroup)
                        .bodies("UBND các huyện, thành phố và các cơ quan, đơn vị liên quan.")))
                .containsExactly(HUYEN, "?các cơ quan, đơn vị liên quan");
    }

    @Test
    void learnedMappingsArriveAsAliases() {
        List<DirectoryEntry> directory = new ArrayList<>(Directories.of("vinh-phuc"));
        directory.add(new DirectoryEntry(
                DirectoryEntry.Kind.AGENCY, "so-tu-phap", "Sở Tư pháp", List.of("Giám đốc sở Tư pháp")));
        assertThat(described(new NameMatcher(directory).bodies("Giám đốc sở Tư pháp; Trưởng phòng Tư pháp")))
                .containsExactly(SO_TU_PHAP, "?Trưởng phòng Tư pháp");
    }

    @Test
    void oneNameMatchesByNameOrAliasInAnySpelling() {
        assertThat(MATCHER.match("Sở Tư pháp")).map(DirectoryEntry::code).contains(SO_TU_PHAP);
        assertThat(MATCHER.match("so tu phap")).map(DirectoryEntry::code).contains(SO_TU_PHAP);
        assertThat(MATCHER.match("ubnd cac huyen, thanh pho"))
                .map(DirectoryEntry::code)
                .contains("ubnd-cac-huyen-thanh-pho");
        assertThat(MATCHER.match("Ủy ban nhân dân cấp xã"))
                .get()
                .extracting(DirectoryEntry::kind, DirectoryEntry::code)
                .containsExactly(DirectoryEntry.Kind.GROUP, "ubnd-cac-xa-phuong-thi-tran");
        assertThat(MATCHER.match("VKSND tỉnh")).map(DirectoryEntry::code).contains("vien-kiem-sat-nhan-dan-tinh");
        assertThat(MATCHER.match("Sở Du lịch")).isEmpty();
    }

    private static List<String> described(List<NamedBody> bodies) {
        return bodies.stream()
                .map(body -> body.agencyCode() != null
                        ? body.agencyCode()
                        : body.groupCode() != null ? "group:" + body.groupCode() : "?" + body.text())
                .toList();
    }

    private static List<String> expectedList(String expected) {
        return Arrays.stream(expected.split("\\+")).map(String::strip).toList();
    }
}
