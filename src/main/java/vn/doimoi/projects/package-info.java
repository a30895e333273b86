/**
 * State-funded S&T tasks, from the proposal to the use of their results: proposals,
 * identification, the ordered list, calls, dossiers, councils and scoring, budget appraisal and
 * approval (part 1, ending in {@link vn.doimoi.projects.TaskApproved}); contracts, progress
 * reports, tranches, acceptance, result registration, assets and the use of results (part 2,
 * publishing {@link vn.doimoi.projects.ResultRegistered} for the marketplace).
 */
@ApplicationModule(displayName = "S&T tasks")
@NullMarked
package vn.doimoi.projects;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
