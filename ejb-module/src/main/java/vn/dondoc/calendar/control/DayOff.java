package vn.dondoc.calendar.control;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A day not worked and why: {@code note} says which day it is ("Mùng 1 Tết", "Nghỉ bù Ngày Chiến
 * thắng, Chủ nhật 30/04/2023") or, for a moved day, the tenant's reason; never null.
 */
public record DayOff(LocalDate date, DayOffReason reason, String note) {

    public DayOff {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(reason, "reason");
        note = note == null ? "" : note;
    }
}
