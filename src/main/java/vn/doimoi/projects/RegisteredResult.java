package vn.doimoi.projects;

import java.time.LocalDate;
import java.util.UUID;

/** A registered result of a state-funded task, as the public register shows it. */
public record RegisteredResult(
        UUID resultId,
        UUID taskId,
        String title,
        String summary,
        UUID hostOrganisationId,
        String certificateNumber,
        LocalDate registeredOn,
        int confirmedUses) {}
