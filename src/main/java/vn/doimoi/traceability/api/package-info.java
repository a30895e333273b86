/**
 * The EPCIS 2.0 REST API (ADR 0063): per-organisation API keys, capture jobs, the event queries and
 * browse resources, named queries and their webhook subscriptions.
 */
@NullMarked
package vn.doimoi.traceability.api;

import org.jspecify.annotations.NullMarked;
