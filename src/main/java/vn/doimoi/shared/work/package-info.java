/**
 * "Việc của tôi" (issue 18): what waits for the signed-in person, contributed by each module as
 * {@link vn.doimoi.shared.work.WorkItemSource} beans and shown together on {@code /me} (ADR 0044).
 */
@NullMarked
package vn.doimoi.shared.work;

import org.jspecify.annotations.NullMarked;
