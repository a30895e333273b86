/**
 * Demo content (profile {@code demo}, on with {@code ./mvnw spring-boot:run}): organisations,
 * people, one user per role, articles, programme reports, marketplace listings and deals, loaded at
 * start through the other modules' public APIs as any import would. It depends on every module and
 * no module depends on it, so the product never needs it (ADR 0040).
 */
@ApplicationModule(displayName = "Demo content")
@NullMarked
package vn.doimoi.demo;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
