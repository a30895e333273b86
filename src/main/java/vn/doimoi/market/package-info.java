/**
 * The technology marketplace: offers, demands and services with their life cycle and screening,
 * explainable matching, saved searches, and deals followed from the expression of interest to the
 * registered transfer contract (Technology Transfer Law 2017 art. 31). Results of state-funded
 * tasks ({@link vn.doimoi.projects.ResultRegistered}) become draft offers.
 */
@ApplicationModule(displayName = "Technology marketplace")
@NullMarked
package vn.doimoi.market;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
