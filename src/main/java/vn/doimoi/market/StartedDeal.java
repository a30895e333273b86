package vn.doimoi.market;

import java.time.Instant;
import java.util.UUID;

/** A deal as another module counts it: which listing, how far it went, when it started. */
public record StartedDeal(UUID id, UUID listingId, String listingTitle, DealStage stage, Instant startedAt) {}
