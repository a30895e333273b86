/**
 * The innovation ecosystem around the state's S&T tasks (issue 21; Programme 54-CTr/TU task
 * groups 1, 2, 5 and 6; Decrees 265 and 268/2025): support programmes and vouchers (Decree 268's
 * innovation tasks), enterprises' S&T development funds, startups and innovation organisations,
 * initiatives and provincial awards, events and technology fairs with B2B meetings. Each business
 * area is a package of its own ({@code vouchers}, {@code funds}, {@code events}, {@code
 * initiatives}); other modules see the figures through {@link vn.doimoi.ecosystem.EcosystemFigures}
 * and each area's facade at this package's root.
 */
@ApplicationModule(displayName = "Innovation ecosystem")
@NullMarked
package vn.doimoi.ecosystem;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
