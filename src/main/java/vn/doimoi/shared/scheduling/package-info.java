/** Scheduled jobs run once across the cluster: ShedLock on PostgreSQL (ADR 0045). */
@NullMarked
package vn.doimoi.shared.scheduling;

import org.jspecify.annotations.NullMarked;
