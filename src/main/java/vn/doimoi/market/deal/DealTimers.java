package vn.doimoi.market.deal;

import java.time.Duration;

/**
 * How long the side that owes an answer has, and when the broker is called in.
 *
 * @param interest the owner's time to answer an expression of interest
 * @param introduction the broker's time to introduce the parties
 * @param negotiation the time for a negotiation before both are nudged
 * @param escalateAfter how long after the nudge the broker (or all brokers) hear of it
 */
public record DealTimers(Duration interest, Duration introduction, Duration negotiation, Duration escalateAfter) {

    public static final DealTimers DEFAULT =
            new DealTimers(Duration.ofDays(7), Duration.ofDays(5), Duration.ofDays(30), Duration.ofDays(7));
}
