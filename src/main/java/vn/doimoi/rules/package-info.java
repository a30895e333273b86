/**
 * Rules that come from regulations, as dated versions the Department keeps (issue 19, ADR 0051):
 * council composition and quorum, score sheets, acceptance grading, extensions, result sharing,
 * lump sums. Each version has a legal basis, {@code validFrom} and {@code validUntil}; STAFF drafts a
 * new version from the current one in the browser, marks a value unverified where no legal text was
 * found, and publishes it from a date; a published version is never edited, only superseded. The
 * modules that apply a rule declare its {@link vn.doimoi.rules.RuleKind} and ship its first versions
 * under {@code classpath:rules/<kind>/}; decisions record the version's code.
 */
@ApplicationModule(displayName = "Rules")
@NullMarked
package vn.doimoi.rules;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
