/**
 * Initiatives (sáng kiến, issue 21; Điều lệ Sáng kiến, Decree 13/2012/NĐ-CP as the historical
 * basis): an author declares an initiative with its co-authors and their shares, its scope of
 * application and benefit, and evidence; STAFF check completeness and send it to a council of the
 * one council engine ({@link vn.doimoi.projects.ReviewCouncils}); STAFF record the recognition
 * decision; a certificate, a public honour roll and an export for the national initiatives portal.
 */
@NullMarked
package vn.doimoi.ecosystem.initiatives;

import org.jspecify.annotations.NullMarked;
