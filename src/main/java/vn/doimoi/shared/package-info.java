/**
 * The small open kernel every module may use: Vietnamese text (normalise, fold, slug, formats),
 * the Vietnamese search analysis, web support (page context, errors, problem details), the clock
 * and the audit API.
 */
@ApplicationModule(displayName = "Shared kernel", type = ApplicationModule.Type.OPEN)
@NullMarked
package vn.doimoi.shared;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
