package vn.dondoc.reporting.entity;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A result written as figures (số liệu): {@code numerator} of {@code denominator} (a share when there
 * is one, a count when not), against a target, in a unit. {@code flag}: why a reviewer should look at
 * it, or {@code null}; figures are checked before they get here.
 */
public record FigureContent(
        String name, BigDecimal numerator, BigDecimal denominator, BigDecimal target, String unit, String flag) {

    public FigureContent {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(numerator, "numerator");
    }
}
