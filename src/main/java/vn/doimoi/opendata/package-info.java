/**
 * Open data for harvesters (issue 19, Circular 22/2025): the public register's tasks, calls,
 * organisations, people and registered results as CERIF-XML (OpenAIRE Guidelines for CRIS Managers
 * 1.2) over OAI-PMH 2.0 at {@code /oai} (ADR 0048). It reads the other modules through their public
 * change feeds ({@link vn.doimoi.projects.OpenTasks}, {@link vn.doimoi.directory.OpenDirectory})
 * and owns no table.
 */
@ApplicationModule(displayName = "Open data")
@NullMarked
package vn.doimoi.opendata;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
