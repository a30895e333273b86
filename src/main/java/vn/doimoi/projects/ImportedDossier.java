package vn.doimoi.projects;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/** A dossier (application and thuyết minh) as it was received: its principal investigator and budget, whole VND. */
public record ImportedDossier(
        UUID principalInvestigatorId,
        String objectives,
        String content,
        String methods,
        String schedule,
        int durationMonths,
        List<Line> budget) {

    public ImportedDossier {
        budget = List.copyOf(budget);
    }

    /** One budget line: the state's and the other sources' share. */
    public record Line(String item, BigDecimal stateAmount, BigDecimal otherAmount) {}
}
