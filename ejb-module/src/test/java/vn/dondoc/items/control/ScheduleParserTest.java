package vn.dondoc.items.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.dondoc.items.entity.Schedule;

class ScheduleParserTest {

    @ParameterizedTest(name = "\"{0}\" is recurring")
    @ValueSource(
            strings = {
                "Thường xuyên hàng năm",
                "Thường xuyên hằng năm",
                "Hằng năm",
                "Hàng năm",
                "Thường xuyên",
                "THƯỜNG XUYÊN HÀNG NĂM",
                "thuong xuyen hang nam",
                "Thường xuyên, hằng năm."
            })
    void ongoingWorkIsRecurring(String text) {
        assertThat(ScheduleParser.parse(text).kind()).isEqualTo(Schedule.Kind.RECURRING);
    }

    @ParameterizedTest(name = "\"{0}\" is due on {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "Năm 2025                                  | 2025-12-31",
                "Năm 2023-2024                             | 2024-12-31",
                "Năm 2023 - 2024                           | 2024-12-31",
                "Năm 2023, hoàn thành trong Quý II/2024    | 2024-06-30",
                "Quý I/2024                                | 2024-03-31",
                "Quý II/2024                               | 2024-06-30",
                "Quý III/2024                              | 2024-09-30",
                "Quý IV/2024                               | 2024-12-31",
                "Quý 3/2024                                | 2024-09-30",
                "quý III năm 2024                          | 2024-09-30",
                "6 tháng đầu năm 2024                      | 2024-06-30",
                "6 tháng cuối năm 2024                     | 2024-12-31",
                "tháng 01/2024                             | 2024-01-31",
                "Tháng 1 năm 2024                          | 2024-01-31",
                "Tháng 2/2024                              | 2024-02-29",
                "trước ngày 01/8/2023                      | 2023-08-01",
                "Trước ngày 01 tháng 8 năm 2023            | 2023-08-01",
                "hoàn thành trước 31/12/2025               | 2025-12-31",
                "30/6/2024                                 | 2024-06-30",
                "nam 2025                                  | 2025-12-31",
                "QUÝ II/2024                               | 2024-06-30",
                "Trong năm 2024                            | 2024-12-31"
            })
    void aNamedPeriodIsDueAtItsEnd(String text, LocalDate deadline) {
        Schedule schedule = ScheduleParser.parse(text);

        assertThat(schedule.kind()).isEqualTo(Schedule.Kind.DEADLINE);
        assertThat(schedule.deadline()).isEqualTo(deadline);
    }

    @ParameterizedTest(name = "\"{0}\" is linked to another programme")
    @ValueSource(
            strings = {
                "Theo Chương trình của Trung ương",
                "Theo tiến độ của Kế hoạch số 305/KH-UBND",
                "Thường xuyên và theo tiến độ của Kế hoạch số 305/KH-UBND ngày 19/12/2022 của UBND tỉnh",
                "Theo lộ trình của Bộ Tư pháp",
                "Theo kế hoạch của Bộ Tư pháp",
                "theo chuong trinh cua Trung uong"
            })
    void aLinkToAnotherProgrammeHasNoDateOfItsOwn(String text) {
        Schedule schedule = ScheduleParser.parse(text);

        assertThat(schedule.kind()).isEqualTo(Schedule.Kind.LINKED);
        assertThat(schedule.deadline()).isNull();
    }

    @ParameterizedTest(name = "\"{0}\" defers to another body and is linked")
    @ValueSource(
            strings = {
                "Theo Chương trình của Trung ương",
                "theo hướng dẫn của Bộ Tư pháp",
                "Theo tiến độ của Kế hoạch số 305/KH-UBND",
                "theo chỉ đạo của UBND tỉnh",
                "Theo yêu cầu của Ban Thường vụ Tỉnh ủy",
                "Theo lịch công tác của UBND tỉnh",
                "Thường xuyên, theo hướng dẫn của Bộ Tư pháp",
                "theo huong dan cua Bo Tu phap"
            })
    void aTimeFrameThatDefersToAnotherBodysProgrammeGuidanceOrScheduleIsLinked(String text) {
        Schedule schedule = ScheduleParser.parse(text);

        assertThat(schedule.kind()).isEqualTo(Schedule.Kind.LINKED);
        assertThat(schedule.deadline()).isNull();
        assertThat(schedule.flagged()).isFalse();
        assertThat(schedule.text()).isEqualTo(text);
    }

    @ParameterizedTest(name = "\"{0}\" names no other body's timetable and is not linked")
    @ValueSource(strings = {"Theo quy định", "Khi có yêu cầu", "Hướng dẫn trước Quý III/2024"})
    void wordsThatOnlyLookLikeADeferralAreNotLinked(String text) {
        assertThat(ScheduleParser.parse(text).kind()).isEqualTo(Schedule.Kind.UNPARSED);
    }

    @ParameterizedTest(name = "\"{0}\" is left for a person")
    @ValueSource(
            strings = {
                "",
                "   ",
                "Sớm",
                "Kịp thời",
                "xyz 123",
                "Trước 30/6",
                "31/02/2024",
                "trước ngày 31/02/2024",
                "tháng 13/2024",
                "Năm 2024-2023",
                "Năm 2025, hoàn thành trong Quý II/2024",
                "Trước Quý III/2024",
                "Quý V/2024"
            })
    void whatIsNotUnderstoodIsNeverGuessed(String text) {
        Schedule schedule = ScheduleParser.parse(text);

        assertThat(schedule.kind()).isEqualTo(Schedule.Kind.UNPARSED);
        assertThat(schedule.deadline()).isNull();
    }

    @Test
    void nothingPrintedIsUnparsedAndKeepsAnEmptyText() {
        assertThat(ScheduleParser.parse(null)).isEqualTo(Schedule.unparsed(""));
    }

    @Test
    void thePrintedTextIsKeptWithoutItsFinalFullStop() {
        assertThat(ScheduleParser.parse("  Năm 2023, hoàn thành trong Quý II/2024.  ")
                        .text())
                .isEqualTo("Năm 2023, hoàn thành trong Quý II/2024");
        assertThat(ScheduleParser.parse("Sớm.").text()).isEqualTo("Sớm");
    }

    /**
     * Every time line of Kế hoạch 204/KH-UBND, read from seed 003 exactly as printed, in order,
     * against the item it belongs to and what it means.
     */
    @ParameterizedTest(name = "{0}: \"{1}\" → {2}")
    @MethodSource("plan204")
    void everyTimeFrameOfPlan204IsReadAsMeant(String item, String printed, String meaning) {
        Schedule schedule = ScheduleParser.parse(printed);

        String actual = schedule.kind() == Schedule.Kind.DEADLINE
                ? schedule.deadline().toString()
                : schedule.kind().name();
        assertThat(actual).isEqualTo(meaning);
        assertThat(printed).startsWith(schedule.text());
    }

    static Stream<Arguments> plan204() throws IOException {
        String[][] expected = {
            {"II.1", "RECURRING"},
            {"II.2.a", "RECURRING"},
            {"II.2.b", "LINKED"},
            {"II.2.c", "RECURRING"},
            {"II.2.d", "RECURRING"},
            {"II.2.đ", "LINKED"},
            {"II.3.a", "RECURRING"},
            {"II.3.b", "RECURRING"},
            {"II.3.c", "RECURRING"},
            {"II.3.d", "2025-12-31"},
            {"II.4.a", "RECURRING"},
            {"II.4.b", "RECURRING"},
            {"II.4.c", "RECURRING"},
            {"II.5.a", "RECURRING"},
            {"II.5.b", "2024-06-30"},
            {"II.5.c", "2024-12-31"},
            {"II.5.d", "RECURRING"},
            {"II.5.d (second)", "RECURRING"},
            {"II.6", "RECURRING"},
            {"II.7.a", "RECURRING"},
            {"II.7.b", "RECURRING"},
            {"II.7.c", "RECURRING"},
            {"II.7.d", "RECURRING"},
            {"II.7.đ", "RECURRING"},
            {"II.8.a", "RECURRING"},
            {"II.8.b", "RECURRING"},
            {"II.8.c", "RECURRING"},
            {"II.8.d", "RECURRING"},
            {"II.9", "RECURRING"},
            {"II.10", "RECURRING"}
        };
        String label = "- Thời gian thực hiện:";
        List<String> printed = Files.readAllLines(seed003()).stream()
                .map(String::strip)
                .filter(l -> l.startsWith(label))
                .map(l -> l.substring(label.length()).strip())
                .toList();
        assertThat(printed).hasSize(expected.length);
        return IntStream.range(0, expected.length)
                .mapToObj(i -> Arguments.of(expected[i][0], printed.get(i), expected[i][1]));
    }

    @Test
    void plan204PrintsItsTimeFramesAsTheseTestsExpect() throws IOException {
        assertThat(plan204().map(a -> (String) a.get()[1]))
                .contains(
                        "Năm 2025",
                        "Năm 2023, hoàn thành trong Quý II/2024.",
                        "Năm 2023-2024.",
                        "Theo Chương trình của Trung ương.",
                        "Hàng năm.");
    }

    /** Seed 003 (Kế hoạch 204) as copied into the test resources, so a lone clone has it too. */
    static Path seed003() {
        try {
            return Path.of(ScheduleParserTest.class
                    .getResource("/plans/kh-204-vinh-phuc.txt")
                    .toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
