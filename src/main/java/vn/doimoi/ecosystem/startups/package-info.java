/**
 * Startups and innovation organisations (issue 21; Decree 268/2025 on recognising innovative startups
 * and innovation and startup-support centres; Đề án 844): an organisation of the directory keeps its
 * profile as a startup (stage, fields, team, product, funding rounds as ranges) or as an incubator,
 * centre, intermediary or investor; STAFF recognise it against the criteria of a
 * {@code startup-recognition} rule version (ADR 0072). Recognised profiles are public, in the one
 * search and offered to the market's matching as organisations that may answer a demand.
 */
@NullMarked
package vn.doimoi.ecosystem.startups;

import org.jspecify.annotations.NullMarked;
