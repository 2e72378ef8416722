package vn.dondoc.reporting.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.dondoc.platform.boundary.Unprocessable;
import vn.dondoc.reporting.entity.EntryContent;
import vn.dondoc.reporting.entity.FigureContent;

class FigureCheckTest {

    private static final LocalDate TODAY = LocalDate.of(2024, 6, 20);
    private static final Set<Long> ITEMS = Set.of(11L, 12L, 13L);

    @Test
    void soundFiguresPassUnflaggedAndTrimmed() {
        List<EntryContent> checked = FigureCheck.check(
                List.of(entry(11, figure("  Số việc thi hành xong ", "1250", "1501")), entry(12)), ITEMS, null, TODAY);

        assertThat(checked).hasSize(2);
        FigureContent figure = checked.get(0).figures().get(0);
        assertThat(figure.name()).isEqualTo("Số việc thi hành xong");
        assertThat(figure.flag()).isNull();
    }

    @Test
    void everyWrongFieldIsNamedByItsPathAndNothingPasses() {
        assertThatThrownBy(() -> FigureCheck.check(
                        List.of(
                                entry(11, figure("a", "-1", null), figure("b", "3", "0")),
                                entry(99, figure("c", "1", "-2")),
                                entry(11)),
                        ITEMS,
                        null,
                        TODAY))
                .isInstanceOf(Unprocessable.class)
                .hasMessageContaining("entries[0].figures[0].numerator: không được âm / must not be negative")
                .hasMessageContaining("entries[0].figures[1].denominator: mẫu số bằng 0 / must not be zero")
                .hasMessageContaining("entries[1].itemId: mục 99 không thuộc văn bản này")
                .hasMessageContaining("entries[1].figures[0].denominator: không được âm")
                .hasMessageContaining("entries[2].itemId: mục 11 đã có ở trên");
    }

    @Test
    void aNumberTheFigureColumnsCannotHoldIsRefusedWithoutWritingItOut() {
        List<EntryContent> hostile = List.of(entry(
                11,
                figure("Số lượng", "1e999999999", "1"),
                figure("Tỷ lệ", "1234567890123456789", "0.0000001"),
                new FigureContent(
                        "Mục tiêu", BigDecimal.ONE, null, new BigDecimal("1." + "0".repeat(200_000)), null, null)));

        assertThatThrownBy(() -> FigureCheck.check(hostile, ITEMS, null, TODAY))
                .isInstanceOf(Unprocessable.class)
                .hasMessageContaining(
                        "entries[0].figures[0].numerator: quá lớn, tối đa 18 chữ số phần nguyên / too large,"
                                + " at most 18 digits before the decimal point")
                .hasMessageContaining("entries[0].figures[1].numerator: quá lớn")
                .hasMessageContaining(
                        "entries[0].figures[1].denominator: tối đa 6 chữ số thập phân / at most 6 decimal" + " places")
                .hasMessageContaining("entries[0].figures[2].target: tối đa 6 chữ số thập phân");
    }

    @Test
    void theLargestNumbersTheColumnsHoldPass() {
        List<EntryContent> edge =
                List.of(entry(11, figure("Số tiền", "999999999999999999.999999", "100000000000000000.000000000")));

        assertThat(FigureCheck.check(edge, ITEMS, null, TODAY)
                        .get(0)
                        .figures()
                        .get(0)
                        .numerator())
                .isEqualByComparingTo("999999999999999999.999999");
    }

    @Test
    void aCompletionNeedsItsDateAndNoDateInTheFuture() {
        EntryContent noDate = new EntryContent(11, "xong", true, null, List.of());
        EntryContent dateOnly = new EntryContent(12, null, false, TODAY, List.of());
        EntryContent tomorrow = new EntryContent(13, null, true, TODAY.plusDays(1), List.of());

        assertThatThrownBy(() -> FigureCheck.check(List.of(noDate, dateOnly, tomorrow), ITEMS, null, TODAY))
                .hasMessageContaining("entries[0].completedOn: cần ngày hoàn thành")
                .hasMessageContaining("entries[1].completedOn: mục chưa hoàn thành")
                .hasMessageContaining("entries[2].completedOn: ngày hoàn thành sau hôm nay (2024-06-20)");
        assertThat(FigureCheck.check(List.of(new EntryContent(11, null, true, TODAY, List.of())), ITEMS, null, TODAY))
                .hasSize(1);
    }

    @Test
    void aShareAboveItsWholeIsFlaggedNotRefused() {
        FigureContent figure = FigureCheck.check(List.of(entry(11, figure("Tỷ lệ", "120", "100"))), ITEMS, null, TODAY)
                .get(0)
                .figures()
                .get(0);

        assertThat(figure.flag()).isEqualTo("Tử số (120) lớn hơn mẫu số (100) / The numerator exceeds the denominator");
    }

    @Test
    void aCountLowerThanInTheLastAcceptedPeriodIsFlaggedWithBothValues() {
        FigureCheck.Previous previous = new FigureCheck.Previous(
                "2023-H2", Map.of(11L, List.of(figure("Số lớp tập huấn", "40", null), figure("Tỷ lệ", "5", "10"))));

        List<FigureContent> figures = FigureCheck.check(
                        List.of(entry(
                                11,
                                figure("số lớp  tập huấn", "35", null),
                                figure("Tỷ lệ", "4", "10"),
                                figure("Số người", "7", null))),
                        ITEMS,
                        previous,
                        TODAY)
                .get(0)
                .figures();

        assertThat(figures.get(0).flag())
                .isEqualTo("Thấp hơn kỳ 2023-H2 đã tiếp nhận (40 → 35) / Lower than in the accepted 2023-H2");
        assertThat(figures.get(1).flag()).as("a share may go down").isNull();
        assertThat(figures.get(2).flag()).as("nothing to compare with").isNull();
        assertThat(FigureCheck.check(List.of(entry(12, figure("Số lớp tập huấn", "1", null))), ITEMS, previous, TODAY)
                        .get(0)
                        .figures()
                        .get(0)
                        .flag())
                .as("another item's figure")
                .isNull();
    }

    private static EntryContent entry(long item, FigureContent... figures) {
        return new EntryContent(item, "Đã triển khai", false, null, List.of(figures));
    }

    private static FigureContent figure(String name, String numerator, String denominator) {
        return new FigureContent(
                name,
                new BigDecimal(numerator),
                denominator == null ? null : new BigDecimal(denominator),
                null,
                null,
                null);
    }
}
