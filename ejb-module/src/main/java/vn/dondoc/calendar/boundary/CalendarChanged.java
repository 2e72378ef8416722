package vn.dondoc.calendar.boundary;

/** Fired inside the transaction that moved days of a year: due dates counted in working days may move. */
public record CalendarChanged(int year) {}
