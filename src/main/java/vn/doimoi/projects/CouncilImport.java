package vn.doimoi.projects;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Brings in a council meeting held before the platform, on paper (identification, selection):
 * each step dated when it happened and checked by the council's rules as on screen. Steps run as
 * the signed-in STAFF user, who entered the signed forms.
 */
public interface CouncilImport {

    /** The members seated by the council's founding decision, at {@code at}. */
    void seated(UUID councilId, List<ImportedSeat> seats, Instant at);

    /**
     * The meeting opened at {@code at}: every seated member not excluded for a conflict of
     * interest signed the declaration on paper and was present. Answers the members present, in
     * seat order.
     */
    List<UUID> met(UUID councilId, Instant at);

    /** A member's paper sheet, entered at {@code at}. */
    void sheet(UUID councilId, ImportedSheet sheet, Instant at);
}
