package vn.doimoi.traceability.events;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import vn.doimoi.identity.CurrentUser;
import vn.doimoi.shared.DomainException;
import vn.doimoi.shared.audit.AuditLog;
import vn.doimoi.traceability.catalogue.LocationRow;
import vn.doimoi.traceability.catalogue.Locations;
import vn.doimoi.traceability.catalogue.LotRow;

/**
 * The way every phone form's event takes ({@link EventRecorder}: one step of a lot; {@link
 * CompositeEvents}: several lots): the location must be the organisation's, the event travels in the
 * EPCIS document the API would accept, through the same gate, and is stored and audited as the
 * worker's. Not transactional itself: it runs in its caller's transaction, so the Excel import's
 * refused rows do not doom it.
 */
@Component
class FormEventRecording {

    /** A phone's clock may run a little ahead; an event further in the future is a mistake. */
    private static final Duration CLOCK_SKEW = Duration.ofMinutes(15);

    private final Locations locations;
    private final EpcisGate gate;
    private final EventStore store;
    private final JsonMapper json;
    private final AuditLog audit;
    private final Clock clock;

    FormEventRecording(
            Locations locations, EpcisGate gate, EventStore store, JsonMapper json, AuditLog audit, Clock clock) {
        this.locations = locations;
        this.gate = gate;
        this.store = store;
        this.json = json;
        this.audit = audit;
        this.clock = clock;
    }

    Instant now() {
        return clock.instant();
    }

    JsonMapper json() {
        return json;
    }

    /** Refuses an event time further ahead of {@code now} than a phone's clock may run. */
    static void notAhead(Instant time, Instant now) {
        if (time.isAfter(now.plus(CLOCK_SKEW))) {
            throw DomainException.invalid("traceability.error.eventInFuture");
        }
    }

    /** The organisation's location, or the form's refusal. */
    LocationRow ownLocation(UUID organisation, UUID id) {
        return locations
                .find(id)
                .filter(found -> found.organisationId().equals(organisation))
                .orElseThrow(() -> DomainException.invalid("traceability.error.location"));
    }

    /** The event in its EPCIS document, through the capture gate, as the row to store. */
    EventRow accept(ObjectNode event, UUID organisation, @Nullable UUID lot, Instant now) {
        return gate.accept(FieldEvents.document(json, event, now), organisation, lot, now)
                .get(0);
    }

    /** Stores the row as the actor's and audits it with the lot it was recorded on; returns its eventID. */
    String stored(CurrentUser actor, EventRow row, String action, LotRow lot, Map<String, ?> details) {
        store.insert(row, actor.username());
        audited(row, action, lot, details);
        return row.eventId();
    }

    void audited(EventRow row, String action, LotRow lot, Map<String, ?> details) {
        Map<String, Object> after = new HashMap<>(details);
        after.put("lot", lot.id().toString());
        audit.record(action, "traceability.event", row.eventId(), null, after);
    }
}
