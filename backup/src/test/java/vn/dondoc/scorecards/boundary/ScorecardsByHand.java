package vn.dondoc.scorecards.boundary;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import vn.dondoc.testing.Callers;

/** The scorecards boundary as the container gives it, for the backup's round trip (another module). */
public final class ScorecardsByHand {

    private ScorecardsByHand() {}

    /** The tenant's leader reading scorecards on {@code em} (bound to the tenant), at {@code clock}'s time. */
    public static Scorecards leaderOf(String tenant, EntityManager em, Clock clock) {
        Scorecards scorecards = new Scorecards();
        scorecards.em = em;
        scorecards.clock = clock;
        scorecards.kept = new KeptTallies();
        scorecards.caller = Callers.as("lanh-dao", tenant, null, "LEADER");
        return scorecards;
    }
}
