package vn.dondoc.targets.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.dondoc.agencies.entity.Agency;
import vn.dondoc.agencies.entity.AgencyKind;
import vn.dondoc.platform.boundary.InvalidInput;

class TargetTest {

    private static Target target(Direction direction, boolean strict, String value) {
        return new Target(
                1,
                null,
                new Agency("Sở Tư pháp", null, AgencyKind.DEPARTMENT, List.of()),
                TargetSource.MANUAL,
                null,
                null,
                new TargetTerms(
                        2024,
                        null,
                        "Tỷ lệ",
                        "%",
                        direction,
                        strict,
                        new BigDecimal(value),
                        Basis.LEVEL,
                        null,
                        null,
                        null),
                "thu-ky",
                Instant.EPOCH);
    }

    @Test
    void atLeastIsMetOnTheValueAndExceededAboveIt() {
        Target t = target(Direction.AT_LEAST, false, "95");
        assertThat(t.satisfiedBy(new BigDecimal("95.00"))).isTrue();
        assertThat(t.exceededBy(new BigDecimal("95.00"))).isFalse();
        assertThat(t.exceededBy(new BigDecimal("94.27"))).isFalse();
        assertThat(t.satisfiedBy(new BigDecimal("94.27"))).isFalse();
        assertThat(t.exceededBy(new BigDecimal("96"))).isTrue();
    }

    @Test
    void moreThanIsNotMetOnTheValueAndNeverExceeded() {
        Target t = target(Direction.AT_LEAST, true, "80");
        assertThat(t.satisfiedBy(new BigDecimal("80"))).isFalse();
        assertThat(t.satisfiedBy(new BigDecimal("80.01"))).isTrue();
        assertThat(t.exceededBy(new BigDecimal("90"))).isFalse();
    }

    @Test
    void atMostIsExceededBelowAndMissedAbove() {
        Target t = target(Direction.AT_MOST, false, "5");
        assertThat(t.exceededBy(new BigDecimal("3"))).isTrue();
        assertThat(t.satisfiedBy(new BigDecimal("5"))).isTrue();
        assertThat(t.satisfiedBy(new BigDecimal("5.01"))).isFalse();
    }

    @Test
    void exactlyIsOnlyMetOnTheValue() {
        Target t = target(Direction.EXACTLY, true, "100");
        assertThat(t.strict()).isFalse();
        assertThat(t.satisfiedBy(new BigDecimal("100.00"))).isTrue();
        assertThat(t.exceededBy(new BigDecimal("100"))).isFalse();
        assertThat(t.satisfiedBy(new BigDecimal("99.99"))).isFalse();
    }

    @Test
    void termsAreCheckedWithTheFieldNamedInBothLanguages() {
        TargetTerms noName = new TargetTerms(
                2024, null, " ", "%", Direction.AT_LEAST, false, BigDecimal.TEN, Basis.LEVEL, null, null, null);
        assertThatThrownBy(noName::checked)
                .isInstanceOf(InvalidInput.class)
                .hasMessageContaining("name: cần tên chỉ tiêu /");
        TargetTerms wrongPeriod = new TargetTerms(
                2024,
                "2023-H1",
                "Tỷ lệ",
                "%",
                Direction.AT_LEAST,
                false,
                BigDecimal.TEN,
                Basis.LEVEL,
                null,
                null,
                null);
        assertThatThrownBy(wrongPeriod::checked).hasMessageContaining("periodLabel");
        TargetTerms changeWithoutBase = new TargetTerms(
                2024,
                null,
                "Số vụ",
                "vụ",
                Direction.AT_MOST,
                false,
                new BigDecimal("-20"),
                Basis.CHANGE,
                null,
                null,
                null);
        assertThatThrownBy(changeWithoutBase::checked).hasMessageContaining("baseYear");
        TargetTerms year = new TargetTerms(
                        2024,
                        "2024-Y",
                        "Tỷ lệ",
                        " % ",
                        Direction.AT_LEAST,
                        false,
                        BigDecimal.TEN,
                        null,
                        null,
                        null,
                        null)
                .checked();
        assertThat(year.periodLabel()).isNull();
        assertThat(year.unit()).isEqualTo("%");
        assertThat(year.basis()).isEqualTo(Basis.LEVEL);
    }
}
