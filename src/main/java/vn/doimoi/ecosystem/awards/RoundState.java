package vn.doimoi.ecosystem.awards;

/**
 * OPEN (nominations taken between its dates, STAFF screen them) → IN_COUNCIL (the council scores
 * the accepted nominations; no more nominations) → REVIEWED (the council concluded) → DECIDED (the
 * decision gave the awards; the honour roll shows them).
 */
public enum RoundState {
    OPEN,
    IN_COUNCIL,
    REVIEWED,
    DECIDED
}
