/**
 * Policy programmes such as 54-CTr/TU: task groups, assignments to agencies, their periodic
 * reports, indicators against targets, dashboards and the summary the Department sends upward.
 * Other modules (the portal, later) use {@link vn.doimoi.programs.Programmes}.
 */
@ApplicationModule(displayName = "Programmes")
@NullMarked
package vn.doimoi.programs;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
