package vn.dondoc.testing;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A clock the test moves, as time passes: between a failed delivery and its retry, or day by day
 * along a plan's timeline. Days are Vĩnh Phúc's (UTC+7), as the tenants of the tests are.
 */
public final class MovableClock extends Clock {

    /** The test tenants' zone. */
    public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private Instant now;

    public MovableClock(Instant now) {
        this.now = now;
    }

    public void set(Instant instant) {
        now = instant;
    }

    /** 07:00 in Vietnam that day: when the daily job has run. */
    public void at(LocalDate day) {
        at(day, LocalTime.of(7, 0));
    }

    /** That time of that day in Vietnam. */
    public void at(LocalDate day, LocalTime time) {
        now = day.atTime(time).atZone(VIETNAM).toInstant();
    }

    /** Today in Vietnam. */
    public LocalDate today() {
        return LocalDate.ofInstant(now, VIETNAM);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(now, zone);
    }

    @Override
    public Instant instant() {
        return now;
    }
}
