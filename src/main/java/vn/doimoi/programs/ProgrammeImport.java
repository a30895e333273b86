package vn.doimoi.programs;

import java.util.UUID;

/**
 * Brings in a programme's assignments and the agencies' reports kept elsewhere until now (a
 * spreadsheet of earlier years, the demo), through the same rules as the screens.
 */
public interface ProgrammeImport {

    /** Whether any programme has an assignment yet. */
    boolean hasAssignments();

    /** Assigns an action of one of the programme's task groups; returns the assignment. */
    UUID assign(UUID programmeId, ImportedAssignment assignment);

    /** Records the lead agency's report for a period, accepted by the Department when it says so. */
    UUID report(ImportedReport report);
}
