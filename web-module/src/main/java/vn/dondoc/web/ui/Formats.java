package vn.dondoc.web.ui;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import vn.dondoc.platform.control.VietnameseFormat;
import vn.dondoc.web.identity.SignedInUser;

/**
 * Dates and numbers on the pages as Vietnamese documents print them (dd/MM/yyyy; 1.250), in
 * both languages: the figures are the same ones the documents carry.
 */
@Named
@ApplicationScoped
public class Formats {

    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    @Inject
    SignedInUser me;

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

    /** A moment as the signed-in tenant's clocks read it: 17/06/2024 10:00; "" for none. */
    public String moment(Instant at) {
        return moment(at, me.getProfile().zone());
    }

    /** A moment as the clocks of {@code zone} read it: 17/06/2024 10:00; "" for none. */
    public static String moment(Instant at, ZoneId zone) {
        return at == null ? "" : MOMENT.format(at.atZone(zone));
    }
}
