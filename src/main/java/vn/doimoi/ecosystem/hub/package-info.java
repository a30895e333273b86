/**
 * The {@code /ecosystem} hub (issue 21): one public page that leads to every part of the innovation
 * ecosystem (support programmes, startups and innovation organisations, awards and initiatives,
 * events, the enterprise fund for signed-in members) with the module's figures as a chart and a table.
 */
@NullMarked
package vn.doimoi.ecosystem.hub;

import org.jspecify.annotations.NullMarked;
