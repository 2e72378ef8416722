package vn.dondoc.targets.entity;

/**
 * What a target counts: a {@link #RATE} (tỷ lệ, in %, a share of a whole) or a {@link #COUNT} (số
 * lượng, in any other unit). The two change differently from one year to the next: a rate in
 * percentage points, a count relatively (D-047).
 */
public enum Measure {
    RATE,
    COUNT;

    /** A rate when the unit is a percent sign, a count otherwise. */
    public static Measure ofUnit(String unit) {
        return unit != null && unit.strip().equals("%") ? RATE : COUNT;
    }
}
