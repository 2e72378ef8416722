package vn.dondoc.web.ui;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import vn.dondoc.platform.control.VietnameseFormat;

/**
 * Dates and numbers on the pages as Vietnamese documents print them (dd/MM/yyyy; 1.250), in
 * both languages: the figures are the same ones the documents carry.
 */
@Named
@ApplicationScoped
public class Formats {

    /** Vietnam's one time zone, every tenant's (tenant.json's {@code timeZone}). */
    private static final DateTimeFormatter MOMENT =
            DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(ZoneId.of("Asia/Ho_Chi_Minh"));

    public String date(LocalDate day) {
        return day == null ? "" : VietnameseFormat.date(day);
    }

    public String number(long value) {
        return VietnameseFormat.number(value);
    }

    /** 83,25 %; a dash when there is nothing to divide by (the boundary's {@code null}). */
    public String percent(BigDecimal value) {
        return value == null ? "—" : VietnameseFormat.percent(value);
    }

    /** A score as kept, two decimals: 83,20; a dash when there is nothing to score. */
    public String score(BigDecimal value) {
        return value == null ? "—" : VietnameseFormat.twoDecimals(value);
    }

    /** A moment as the clocks in Vietnam read it: 17/06/2024 10:00; "" for none. */
    public String moment(Instant at) {
        return at == null ? "" : MOMENT.format(at);
    }
}
