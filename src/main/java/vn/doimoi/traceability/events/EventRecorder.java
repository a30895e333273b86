package vn.doimoi.traceability.events;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import vn.doimoi.identity.CurrentUser;
import vn.doimoi.shared.DomainException;
import vn.doimoi.shared.audit.AuditLog;
import vn.doimoi.traceability.FieldEvent;
import vn.doimoi.traceability.Step;
import vn.doimoi.traceability.catalogue.LocationRow;
import vn.doimoi.traceability.catalogue.Locations;
import vn.doimoi.traceability.catalogue.LotRow;
import vn.doimoi.traceability.catalogue.Lots;
import vn.doimoi.traceability.catalogue.Texts;
import vn.doimoi.traceability.catalogue.TraceAccess;

/** Records a worker's form as an EPCIS event of the lot, and reads a lot's events back as a timeline. */
@Service
@Transactional
public class EventRecorder {

    /** A phone's clock may run a little ahead; an event further in the future is a mistake. */
    static final Duration CLOCK_SKEW = Duration.ofMinutes(15);

    private final Lots lots;
    private final Locations locations;
    private final TraceAccess access;
    private final EpcisGate gate;
    private final EventStore store;
    private final JsonMapper json;
    private final AuditLog audit;
    private final Clock clock;

    EventRecorder(
            Lots lots,
            Locations locations,
            TraceAccess access,
            EpcisGate gate,
            EventStore store,
            JsonMapper json,
            AuditLog audit,
            Clock clock) {
        this.lots = lots;
        this.locations = locations;
        this.access = access;
        this.gate = gate;
        this.store = store;
        this.json = json;
        this.audit = audit;
        this.clock = clock;
    }

    /** Records the form's event; returns its eventID. */
    public String record(CurrentUser actor, UUID lotId, FieldEvent form) {
        LotRow lot = lots.read(actor, lotId);
        access.requireWriter(actor, lot.organisationId());
        LocationRow location = locations
                .find(form.locationId())
                .filter(found -> found.organisationId().equals(lot.organisationId()))
                .orElseThrow(() -> DomainException.invalid("traceability.error.location"));
        EventRow row = prepare(lot, location, form, clock.instant());
        store.insert(row, actor.username());
        audited(row, lot, form.step());
        return row.eventId();
    }

    /**
     * The form's event as a row to store, checked as the phone form checks it (time not in the
     * future, a sensible quantity, texts cut to size); the caller has checked the lot and location
     * belong to the actor's organisation. The Excel import checks each row through this too.
     */
    @Transactional(noRollbackFor = DomainException.class) // a refused row must not doom the import's transaction
    EventRow prepare(LotRow lot, LocationRow location, FieldEvent form, Instant now) {
        if (form.time().isAfter(now.plus(CLOCK_SKEW))) {
            throw DomainException.invalid("traceability.error.eventInFuture");
        }
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
        ObjectNode document = FieldEvents.document(json, clean, lot, location, now);
        return gate.accept(document, lot.organisationId(), lot.id(), now).get(0);
    }

    void audited(EventRow row, LotRow lot, Step step) {
        audit.record(
                "traceability.event.recorded",
                "traceability.event",
                row.eventId(),
                null,
                Map.of("lot", lot.id().toString(), "step", step.name(), "bizStep", step.bizStep()));
    }

    /** The lot's events in the order they happened. */
    @Transactional(readOnly = true)
    public List<TimelineEntry> timeline(LotRow lot) {
        return store.timeline(EpcisGate.canonical(lot.epcClass()));
    }
}
