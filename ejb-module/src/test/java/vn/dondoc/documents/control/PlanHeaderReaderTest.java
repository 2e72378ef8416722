package vn.dondoc.documents.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The registry data printed around a plan's body: issuer, number, place, date, type, title, signer. */
class PlanHeaderReaderTest {

    private static final List<String> NO_LINES = List.of();

    private final PlanHeaderReader reader = new PlanHeaderReader();

    @Test
    void theHeaderOfKeHoach204IsRead() throws IOException {
        List<String> lines = PlanParserGoldenTest.resource("kh-204-vinh-phuc.txt")
                .lines()
                .map(String::strip)
                .toList();
        int motto = lines.indexOf("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
        int body = lines.indexOf("I. MỤC ĐÍCH, YÊU CẦU");
        int foot = lines.indexOf("Nơi nhận:");

        PlanHeader header =
                reader.read(lines.subList(0, motto), lines.subList(motto, body), lines.subList(foot, lines.size()));

        assertThat(header.type()).isEqualTo("KH");
        assertThat(header.number()).hasToString("204/KH-UBND");
        assertThat(header.issuer()).isEqualTo("ỦY BAN NHÂN DÂN TỈNH VĨNH PHÚC");
        assertThat(header.place()).isEqualTo("Vĩnh Phúc");
        assertThat(header.issuedOn()).isEqualTo(LocalDate.of(2023, 7, 21));
        assertThat(header.signer()).isEqualTo("Vũ Chí Giang");
        assertThat(header.title())
                .isEqualTo(
                        "THỰC HIỆN CHỈ THỊ SỐ 46-CT/TU NGÀY 18/5/2023 CỦA BAN THƯỜNG VỤ TỈNH ỦY VỀ VIỆC TIẾP TỤC"
                                + " TĂNG CƯỜNG SỰ LÃNH ĐẠO CỦA CÁC CẤP ỦY ĐẢNG ĐỐI VỚI CÔNG TÁC TƯ PHÁP TRONG GIAI ĐOẠN HIỆN NAY");
        assertThat(header.preamble())
                .startsWith("KẾ HOẠCH\n")
                .contains("Thực hiện Văn bản số 484-CV/BCS ngày 26/5/2023")
                .doesNotContain("Số: 204/KH-UBND");
    }

    @Test
    void withoutATypeWordTheTypeComesFromTheNumberAndThereIsNoTitle() {
        List<String> head = List.of(
                "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                "Số: 12/CT-UBND",
                "Hà Nội, ngày 5 tháng 3 năm 2024",
                "Về việc tăng cường công tác tư pháp");

        PlanHeader header = reader.read(NO_LINES, head, NO_LINES);

        assertThat(header.type()).isEqualTo("CT");
        assertThat(header.title()).isNull();
        assertThat(header.preamble()).isEqualTo(String.join("\n", head));
        assertThat(header.issuer()).isNull();
        assertThat(header.signer()).isNull();
    }

    @Test
    void aTitleInOrdinaryCaseIsItsFirstLineOnly() {
        PlanHeader header = reader.read(
                NO_LINES,
                List.of("Kế hoạch", "", "Cải cách hành chính năm 2024", "Căn cứ Nghị quyết số 13/2020/NQ-HĐND"),
                NO_LINES);

        assertThat(header.type()).isEqualTo("KH");
        assertThat(header.title()).isEqualTo("Cải cách hành chính năm 2024");
    }

    @Test
    void aDayTheCalendarLacksLeavesNoIssueDateButKeepsThePlace() {
        PlanHeader header = reader.read(NO_LINES, List.of("Vĩnh Phúc, ngày 30 tháng 02 năm 2024"), NO_LINES);

        assertThat(header.place()).isEqualTo("Vĩnh Phúc");
        assertThat(header.issuedOn()).isNull();
    }

    @Test
    void theIssuerStopsAtTheFirstLineAboveItThatIsNotCapitalised() {
        PlanHeader header = reader.read(
                List.of("Hệ thống pháp luật", "SỞ TƯ PHÁP", "TỈNH VĨNH PHÚC", "-------", ""), NO_LINES, NO_LINES);

        assertThat(header.issuer()).isEqualTo("SỞ TƯ PHÁP TỈNH VĨNH PHÚC");
    }

    @Test
    void theSignerIsTheNameUnderASignersTitleAndNothingElse() {
        List<String> signed = List.of("Nơi nhận:", "- Như trên;", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "Nguyễn Văn A");
        List<String> unsigned = List.of("Nơi nhận:", "- Như trên;", "- Lưu: VT.");

        assertThat(reader.read(NO_LINES, NO_LINES, signed).signer()).isEqualTo("Nguyễn Văn A");
        assertThat(reader.read(NO_LINES, NO_LINES, unsigned).signer()).isNull();
    }

    @Test
    void theSignerIsReadPastTheMarkThatTheDocumentWasSigned() {
        List<String> foot =
                List.of("Nơi nhận:", "- Như trên;", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "(đã ký)", "", "Vũ Chí Giang");

        assertThat(reader.read(NO_LINES, NO_LINES, foot).signer()).isEqualTo("Vũ Chí Giang");
    }

    @Test
    void theSignerIsReadFromAFootThatOpensWithTheSignatureBlockAndPrintsNoRecipients() {
        List<String> foot = List.of("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "Vũ Chí Giang");

        assertThat(reader.read(NO_LINES, NO_LINES, foot).signer()).isEqualTo("Vũ Chí Giang");
    }

    @Test
    void theSignerIsReadWhenTheSignatureBlockComesBeforeTheRecipients() {
        List<String> foot = List.of("GIÁM ĐỐC", "(Đã ký)", "Nguyễn Văn A", "Nơi nhận:", "- UBND tỉnh;", "- Lưu: VT.");

        assertThat(reader.read(NO_LINES, NO_LINES, foot).signer()).isEqualTo("Nguyễn Văn A");
    }

    @Test
    void theSignerIsReadFromTheRightHandColumnWhenTheRecipientsArePrintedBesideIt() {
        List<String> foot = List.of(
                "Nơi nhận:                         KT. CHỦ TỊCH",
                "- Như trên;                       PHÓ CHỦ TỊCH",
                "- Lưu: VT.",
                "                                  Vũ Chí Giang");

        assertThat(reader.read(NO_LINES, NO_LINES, foot).signer()).isEqualTo("Vũ Chí Giang");
    }

    @Test
    void noSignerIsReadWhenWhatFollowsTheTitleIsNotAName() {
        List<String> foot = List.of("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Tải văn bản gốc tại đây");

        assertThat(reader.read(NO_LINES, NO_LINES, foot).signer()).isNull();
    }
}
