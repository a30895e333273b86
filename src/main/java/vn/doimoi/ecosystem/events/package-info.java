/**
 * Events and technology fairs (issue 21, ADR 0067): STAFF publish them; people register within the
 * capacity or wait in line; organisations exhibit their market listings; participants book B2B
 * meetings in the event's slots, clashes refused by the database; deals that followed a meeting
 * are counted.
 */
@NullMarked
package vn.doimoi.ecosystem.events;

import org.jspecify.annotations.NullMarked;
