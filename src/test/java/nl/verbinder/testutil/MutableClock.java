package nl.verbinder.testutil;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** A clock a test moves on by hand: changes made "later" get a later time in the history. */
public final class MutableClock extends Clock {

    private volatile Instant now;
    private final ZoneId zone;

    public MutableClock(LocalDate today) {
        this(today.atTime(10, 0).atZone(TestDatabase.ZONE).toInstant(), TestDatabase.ZONE);
    }

    private MutableClock(Instant now, ZoneId zone) {
        this.now = now;
        this.zone = zone;
    }

    /** Sets the clock to 10:00 on the day. */
    public void setDay(LocalDate day) {
        now = day.atTime(10, 0).atZone(zone).toInstant();
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
        return new MutableClock(now, other);
    }

    @Override
    public Instant instant() {
        return now;
    }
}
