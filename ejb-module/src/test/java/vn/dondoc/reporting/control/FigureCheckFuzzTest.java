package vn.dondoc.reporting.control;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Timeout;
import vn.dondoc.platform.boundary.Unprocessable;
import vn.dondoc.reporting.entity.EntryContent;
import vn.dondoc.reporting.entity.FigureContent;

/**
 * Whatever an agency writes in a report's figures, {@link FigureCheck} either refuses it (422, every
 * field named) or passes on what the database can store as it is: numbers that fit the figure
 * columns ({@code DECIMAL(24, 6)}), a flag that fits its {@code VARCHAR(1000)}. Anything else would be
 * a 500 at save time, or memory spent writing out a number such as {@code 1E+999999999}.
 */
class FigureCheckFuzzTest {

    private static final Set<Long> DOCUMENT_ITEMS = Set.of(1L, 2L, 3L);
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);

    @Timeout(10)
    @FuzzTest(maxDuration = "10m")
    void anyFiguresAreRefusedOrStorable(FuzzedDataProvider data) {
        // The earlier report's figures come from the database: they fit the columns, as stored ones do.
        Map<Long, List<FigureContent>> before = Map.of(1L, List.of(stored(data)), 2L, List.of(stored(data)));
        FigureCheck.Previous previous = data.consumeBoolean() ? new FigureCheck.Previous("2026-Q2", before) : null;
        List<EntryContent> entries = new ArrayList<>();
        int count = data.consumeInt(0, 4);
        for (int i = 0; i < count; i++) {
            List<FigureContent> figures = new ArrayList<>();
            int figureCount = data.consumeInt(0, 4);
            for (int j = 0; j < figureCount; j++) {
                figures.add(figure(data));
            }
            LocalDate completedOn = data.consumeBoolean() ? TODAY.plusDays(data.consumeInt(-4000, 400)) : null;
            entries.add(new EntryContent(
                    data.consumeLong(0, 4), data.consumeString(40), data.consumeBoolean(), completedOn, figures));
        }
        try {
            for (EntryContent entry : FigureCheck.check(entries, DOCUMENT_ITEMS, previous, TODAY)) {
                for (FigureContent figure : entry.figures()) {
                    assertFits(figure.numerator());
                    assertFits(figure.denominator());
                    assertFits(figure.target());
                    if (figure.flag() != null) {
                        assertThat(figure.flag().length()).isLessThanOrEqualTo(1000);
                    }
                }
            }
        } catch (Unprocessable refused) {
            assertThat(refused.getMessage()).contains(" / ");
        }
    }

    /** A number as JSON could carry it: any digits, any exponent, either sign. */
    private static FigureContent figure(FuzzedDataProvider data) {
        return new FigureContent(
                data.consumeString(20),
                number(data),
                data.consumeBoolean() ? number(data) : null,
                data.consumeBoolean() ? number(data) : null,
                data.consumeBoolean() ? data.consumeString(10) : null,
                null);
    }

    /** A figure as the database gives it back: at most 18 digits before the point and 6 after. */
    private static FigureContent stored(FuzzedDataProvider data) {
        BigDecimal numerator = BigDecimal.valueOf(data.consumeLong(0, 999_999_999_999_999_999L), data.consumeInt(0, 6));
        return new FigureContent(data.consumeString(20), numerator, null, null, null, null);
    }

    private static BigDecimal number(FuzzedDataProvider data) {
        byte[] digits = data.consumeBytes(16);
        BigInteger unscaled = digits.length == 0 ? BigInteger.ZERO : new BigInteger(digits);
        int scale = data.consumeBoolean() ? data.consumeInt(-12, 12) : data.consumeInt();
        return new BigDecimal(unscaled, scale);
    }

    /** What MariaDB stores in DECIMAL(24, 6) without refusing it: at most 18 digits before the point. */
    private static void assertFits(BigDecimal number) {
        if (number != null) {
            assertThat(number.precision() - number.scale())
                    .as("digits before the point of %s", number)
                    .isLessThanOrEqualTo(18);
            assertThat(Math.max(0, number.stripTrailingZeros().scale()))
                    .as("decimals of %s", number)
                    .isLessThanOrEqualTo(6);
        }
    }
}
