package vn.doimoi.projects;

/**
 * A task that failed its acceptance, replayed as it happened through the screens' own services:
 * contract, every progress report, the advance, the host's dossier, the acceptance graded Không đạt
 * by STAFF, then the compliance assessment (Law 93/2025 art. 9) that found the procedures followed,
 * so the task is closed under the risk-acceptance version of its approval, nothing recovered.
 *
 * @param scienceOfficer the STAFF user who signs, accepts reports, concludes and assesses
 * @param financeOfficer the other STAFF user who takes the advance's second approval
 * @param hostMember the host organisation's member who reports and requests
 */
public record ImportedFailedJourney(
        String scienceOfficer,
        String financeOfficer,
        String hostMember,
        ImportedTaskJourney.Contract contract,
        ImportedTaskJourney.Reports reports,
        ImportedTaskJourney.Payments advance,
        ImportedTaskJourney.Dossier dossier,
        String conclusion,
        Compliance compliance) {

    /** The compliance assessment: who assessed, on what evidence, by which decision, how many days ago. */
    public record Compliance(String assessors, String evidence, String decisionNumber, int decidedDaysAgo) {}
}
