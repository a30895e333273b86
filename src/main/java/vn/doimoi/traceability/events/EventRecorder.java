package vn.doimoi.traceability.events;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.doimoi.identity.CurrentUser;
import vn.doimoi.shared.DomainException;
import vn.doimoi.traceability.FieldEvent;
import vn.doimoi.traceability.Step;
import vn.doimoi.traceability.catalogue.LocationRow;
import vn.doimoi.traceability.catalogue.LotRow;
import vn.doimoi.traceability.catalogue.Lots;
import vn.doimoi.traceability.catalogue.Texts;
import vn.doimoi.traceability.catalogue.TraceAccess;

/** Records a worker's form as an EPCIS event of the lot, and reads a lot's events back as a timeline. */
@Service
@Transactional
public class EventRecorder {

    private static final String RECORDED = "traceability.event.recorded";

    private final Lots lots;
    private final TraceAccess access;
    private final FormEventRecording recording;
    private final EventStore store;

    EventRecorder(Lots lots, TraceAccess access, FormEventRecording recording, EventStore store) {
        this.lots = lots;
        this.access = access;
        this.recording = recording;
        this.store = store;
    }

    /** Records the form's event; returns its eventID. */
    public String record(CurrentUser actor, UUID lotId, FieldEvent form) {
        LotRow lot = lots.read(actor, lotId);
        access.requireWriter(actor, lot.organisationId());
        LocationRow location = recording.ownLocation(lot.organisationId(), form.locationId());
        EventRow row = prepare(lot, location, form, recording.now());
        return recording.stored(actor, row, RECORDED, lot, step(form.step()));
    }

    /**
     * The form's event as a row to store, checked as the phone form checks it (time not in the
     * future, a sensible quantity, texts cut to size); the caller has checked the lot and location
     * belong to the actor's organisation. The Excel import checks each row through this too.
     */
    @Transactional(noRollbackFor = DomainException.class) // a refused row must not doom the import's transaction
    EventRow prepare(LotRow lot, LocationRow location, FieldEvent form, Instant now) {
        FormEventRecording.notAhead(form.time(), now);
        if (form.quantity() != null
                && (form.quantity().signum() <= 0 || form.quantity().compareTo(new BigDecimal("99999999999")) > 0)) {
            throw DomainException.invalid("traceability.error.quantity");
        }
        FieldEvent clean = new FieldEvent(
                form.step(),
                form.time(),
                form.locationId(),
                form.quantity(),
                Texts.optional(form.partner(), 200),
                Texts.optional(form.note(), 500));
        return recording.accept(
                FieldEvents.event(recording.json(), clean, lot, location), lot.organisationId(), lot.id(), now);
    }

    void audited(EventRow row, LotRow lot, Step step) {
        recording.audited(row, RECORDED, lot, step(step));
    }

    private static Map<String, String> step(Step step) {
        return Map.of("step", step.name(), "bizStep", step.bizStep());
    }

    /** The lot's events in the order they happened. */
    @Transactional(readOnly = true)
    public List<TimelineEntry> timeline(LotRow lot) {
        return store.timeline(EpcisGate.canonical(lot.epcClass()));
    }
}
