package vn.dondoc.calendar.control;

/**
 * Why a day is not worked: a public holiday of the Labour Code (Bộ luật Lao động 2019, Điều 112), its
 * compensatory day (nghỉ bù), or a tenant's moved day, each with a Vietnamese and an English label.
 */
public enum DayOffReason {
    NEW_YEAR("Tết Dương lịch", "New Year's Day"),
    TET("Tết Nguyên đán", "Lunar New Year (Tết)"),
    HUNG_KINGS("Giỗ Tổ Hùng Vương", "Hùng Kings' Commemoration Day"),
    REUNIFICATION("Ngày Chiến thắng", "Reunification Day"),
    LABOUR_DAY("Ngày Quốc tế Lao động", "International Labour Day"),
    NATIONAL_DAY("Quốc khánh", "National Day"),
    /** A working day given off because a holiday fell on a Saturday or Sunday (Điều 111, khoản 3). */
    COMPENSATORY("Nghỉ bù", "Compensatory day off"),
    /** A day the tenant made a day off, e.g. a bridge day the government joins to a holiday. */
    MOVED("Nghỉ hoán đổi", "Moved day off");

    private final String vi;
    private final String en;

    DayOffReason(String vi, String en) {
        this.vi = vi;
        this.en = en;
    }

    public String vi() {
        return vi;
    }

    public String en() {
        return en;
    }
}
