package vn.dondoc.documents.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.dondoc.documents.entity.ReferenceRelation;

class ReferenceFinderTest {

    private final ReferenceFinder finder = new ReferenceFinder();

    @Test
    void plan204ImplementsTheDirectiveIsBasedOnTheInstructionAndCitesTheRest() throws IOException {
        String whole = Files.readString(seed003());
        int titleEnd = whole.indexOf('\n', whole.indexOf("THỰC HIỆN CHỈ THỊ SỐ 46-CT/TU"));
        String preamble =
                whole.substring(titleEnd, whole.indexOf("I. MỤC ĐÍCH, YÊU CẦU")).strip();

        List<FoundReference> found = finder.find(preamble, whole, number("204/KH-UBND"));

        assertThat(byRelation(found, ReferenceRelation.IMPLEMENTS)).containsExactly("46-CT/TU");
        assertThat(byRelation(found, ReferenceRelation.BASED_ON)).containsExactly("484-CV/BCS");
        assertThat(byRelation(found, ReferenceRelation.CITES))
                .containsExactlyInAnyOrder(
                        "27-NQ/TW",
                        "09-CT/TU",
                        "43/CT-TTg",
                        "305/KH-UBND",
                        "80-KL/TW",
                        "41-CT/TU",
                        "32-CT/TW",
                        "13/2020/NQ-HĐND",
                        "107/2020/NĐ-CP",
                        "120/2020/NĐ-CP",
                        "108/2020/NĐ-CP",
                        "62/2020/NĐ-CP",
                        "106/2020/NĐ-CP",
                        "749/QĐ-TTg",
                        "23-CT/TU");
        assertThat(found)
                .extracting(r -> r.number().toString())
                .doesNotContain("204/KH-UBND")
                .doesNotHaveDuplicates();
    }

    @Test
    void eachReferenceKeepsTheClauseThatNamesIt() throws IOException {
        String whole = Files.readString(seed003());
        String preamble = whole.substring(whole.indexOf("KẾ HOẠCH"), whole.indexOf("I. MỤC ĐÍCH, YÊU CẦU"));

        Map<String, String> context = finder.find(preamble, whole, number("204/KH-UBND")).stream()
                .collect(Collectors.toMap(r -> r.number().toString(), FoundReference::context));

        assertThat(context.get("46-CT/TU")).startsWith("THỰC HIỆN CHỈ THỊ SỐ 46-CT/TU NGÀY 18/5/2023");
        assertThat(context.get("484-CV/BCS")).startsWith("Thực hiện Văn bản số 484-CV/BCS ngày 26/5/2023");
        assertThat(context.get("305/KH-UBND")).contains("theo tiến độ của Kế hoạch số 305/KH-UBND");
    }

    @Test
    void aPreambleThatIncludesTheTitleGivesTheSameRelations() throws IOException {
        String whole = Files.readString(seed003());
        String withTitle = whole.substring(whole.indexOf("KẾ HOẠCH"), whole.indexOf("I. MỤC ĐÍCH, YÊU CẦU"));

        List<FoundReference> found = finder.find(withTitle, whole, number("204/KH-UBND"));

        assertThat(byRelation(found, ReferenceRelation.IMPLEMENTS)).containsExactly("46-CT/TU");
        assertThat(byRelation(found, ReferenceRelation.BASED_ON)).containsExactly("484-CV/BCS");
    }

    @Test
    void aResolutionTheBasisIsLaidOnIsBasedOnNotImplemented() {
        String preamble = "Căn cứ Nghị quyết số 13/2020/NQ-HĐND ngày 15/7/2020 của HĐND tỉnh về một số biện pháp "
                + "nâng cao hiệu quả công tác PBGDPL; UBND tỉnh ban hành Kế hoạch thực hiện năm 2024 như sau:";
        String whole = "KẾ HOẠCH\nPhổ biến, giáo dục pháp luật năm 2024\n" + preamble
                + "\nI. MỤC ĐÍCH, YÊU CẦU\n1. Thực hiện theo Quyết định số 749/QĐ-TTg.";

        List<FoundReference> found = finder.find(preamble, whole, number("12/KH-UBND"));

        assertThat(found)
                .extracting(r -> r.relation() + " " + r.number())
                .containsExactly("BASED_ON 13/2020/NQ-HĐND", "CITES 749/QĐ-TTg");
    }

    @Test
    void aPlanCarryingOutAResolutionNamedOnlyInItsPreambleImplementsIt() {
        String preamble = "Thực hiện Văn bản số 120-CV/TU ngày 02/3/2023 của Tỉnh ủy; để triển khai thực hiện "
                + "Nghị quyết số 27-NQ/TW ngày 09/11/2022 của Ban Chấp hành Trung ương Đảng, UBND tỉnh ban hành "
                + "Kế hoạch thực hiện như sau:";
        String whole = "ỦY BAN NHÂN DÂN\nTỈNH VĨNH PHÚC\nSố: 15/KH-UBND\nKẾ HOẠCH\n" + preamble
                + "\nI. MỤC ĐÍCH, YÊU CẦU\n1. Bám sát Kết luận số 80-KL/TW.";

        List<FoundReference> found = finder.find(preamble, whole, number("15/KH-UBND"));

        assertThat(found)
                .extracting(r -> r.relation() + " " + r.number())
                .containsExactly("IMPLEMENTS 27-NQ/TW", "BASED_ON 120-CV/TU", "CITES 80-KL/TW");
    }

    @Test
    void aTitleNamingTheResolutionWinsOverThePreamble() {
        String preamble = "Thực hiện Chỉ thị số 09-CT/TU ngày 30/5/2016 của Ban Thường vụ Tỉnh ủy, UBND tỉnh ban hành"
                + " Kế hoạch như sau:";
        String whole = "KẾ HOẠCH TRIỂN KHAI THỰC HIỆN NGHỊ QUYẾT SỐ 13/2020/NQ-HĐND CỦA HĐND TỈNH\n" + preamble
                + "\nI. MỤC ĐÍCH, YÊU CẦU\n";

        List<FoundReference> found = finder.find(preamble, whole, null);

        assertThat(found)
                .extracting(r -> r.relation() + " " + r.number())
                .containsExactly("IMPLEMENTS 13/2020/NQ-HĐND", "BASED_ON 09-CT/TU");
    }

    @Test
    void aNumberNamedSeveralTimesIsReportedOnceUnderItsStrongestRelation() {
        String preamble = "Theo Kế hoạch số 305/KH-UBND; thực hiện Chỉ thị số 46-CT/TU, UBND tỉnh ban hành Kế hoạch:";
        String whole = preamble + "\nI. NỘI DUNG\nTheo Chỉ thị số 46-CT/TU và Kế hoạch số 305/KH-UBND, 46-CT/TU.";

        List<FoundReference> found = finder.find(preamble, whole, null);

        assertThat(found)
                .extracting(r -> r.relation() + " " + r.number())
                .containsExactly("IMPLEMENTS 46-CT/TU", "BASED_ON 305/KH-UBND");
    }

    @Test
    void aTextWithoutNumbersRefersToNothing() {
        assertThat(finder.find("", "Kế hoạch hệ thống hoá văn bản QPPL kỳ 2019 - 2023; V/v triển khai.", null))
                .isEmpty();
    }

    private static List<String> byRelation(List<FoundReference> found, ReferenceRelation relation) {
        return found.stream()
                .filter(r -> r.relation() == relation)
                .map(r -> r.number().toString())
                .toList();
    }

    private static DocumentNumber number(String printed) {
        return DocumentNumber.parse(printed).orElseThrow();
    }

    /** Seed 003 (Kế hoạch 204) as copied into the test resources, so a lone clone has it too. */
    private static Path seed003() {
        try {
            return Path.of(ReferenceFinderTest.class
                    .getResource("/plans/kh-204-vinh-phuc.txt")
                    .toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
