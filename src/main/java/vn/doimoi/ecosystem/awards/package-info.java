/**
 * Provincial S&T awards (issue 21; Decree 263/2025 covers awards): STAFF open a round under a
 * rule version of kind {@code sti-award} (its categories), organisations' members nominate
 * organisations and persons with evidence files, STAFF screen, one council of the engine in
 * {@code projects} scores the round's nominations (ADR 0068, kind {@code award-round}), STAFF
 * record the decision, and the public honour roll and certificates follow.
 */
@NullMarked
package vn.doimoi.ecosystem.awards;

import org.jspecify.annotations.NullMarked;
