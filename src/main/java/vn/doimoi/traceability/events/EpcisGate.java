package vn.doimoi.traceability.events;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import tools.jackson.databind.node.ObjectNode;
import vn.doimoi.shared.DomainException;
import vn.doimoi.traceability.epcis.EpcisDocument;
import vn.doimoi.traceability.epcis.EpcisDocuments;
import vn.doimoi.traceability.epcis.EpcisEvent;
import vn.doimoi.traceability.epcis.EpcisReadException;
import vn.doimoi.traceability.epcis.EpcisValidator;
import vn.doimoi.traceability.epcis.EpcisViolation;
import vn.doimoi.traceability.epcis.EventHash;
import vn.doimoi.traceability.epcis.EventIdentifier;
import vn.doimoi.traceability.gs1.EpcIdentifiers;

/**
 * Where an EPCIS document enters the store (ADR 0060, 0061): it is read and validated by the
 * {@code epcis} package; each event gets its {@code recordTime} and, when it has none, the CBV 2.0
 * event hash as {@code eventID} (so the same event sent twice is a duplicate); its identifiers are
 * kept in canonical Digital Link form, so an EPC URN and a Digital Link of the same lot match.
 */
@Component
public class EpcisGate {

    /** The events of the document as rows to store; an invalid document is refused with its first violation. */
    public List<EventRow> accept(ObjectNode json, UUID organisation, @Nullable UUID lot, Instant now) {
        EpcisDocument document;
        try {
            document = EpcisDocuments.read(json);
        } catch (EpcisReadException e) {
            throw DomainException.invalid("traceability.error.event", Objects.toString(e.getMessage(), ""));
        }
        List<EpcisViolation> violations = EpcisValidator.validate(document);
        if (!violations.isEmpty()) {
            EpcisViolation first = violations.get(0);
            throw DomainException.invalid("traceability.error.event", first.pointer() + ": " + first.vietnamese());
        }
        OffsetDateTime recorded = now.atOffset(ZoneOffset.UTC);
        List<EventRow> rows = new ArrayList<>();
        for (EpcisEvent received : document.events()) {
            rows.add(row(captured(received, recorded), organisation, lot, now));
        }
        return rows;
    }

    private static EventRow row(EpcisEvent event, UUID organisation, @Nullable UUID lot, Instant now) {
        List<EventRow.Epc> epcs = new ArrayList<>();
        for (EventIdentifier identifier : event.identifiers()) {
            epcs.add(new EventRow.Epc(
                    canonical(identifier.value()), identifier.role().name()));
        }
        OffsetDateTime time = Objects.requireNonNull(event.eventTime(), "validated: eventTime");
        return new EventRow(
                Objects.requireNonNull(event.eventId()),
                organisation,
                lot,
                event.typeName(),
                time.toInstant(),
                Objects.requireNonNull(event.eventTimeZoneOffset(), "validated: eventTimeZoneOffset"),
                now,
                event.action(),
                event.bizStep(),
                event.disposition(),
                canonicalOrNull(event.readPoint()),
                canonicalOrNull(event.bizLocation()),
                event.jsonText(),
                epcs);
    }

    /** The identifier as the store keeps it: canonical Digital Link when it is a GS1 key, else as written. */
    public static String canonical(String identifier) {
        return EpcIdentifiers.tryCanonicalDigitalLink(identifier).orElse(identifier);
    }

    /**
     * One event of a document already validated, as a row to store: its {@code recordTime} set and,
     * when it has none, the CBV 2.0 event hash as its {@code eventID} (the API's capture, ADR 0063).
     */
    public static EventRow row(EpcisEvent received, UUID organisation, Instant now) {
        return row(captured(received, now.atOffset(ZoneOffset.UTC)), organisation, null, now);
    }

    /** The event with its recordTime and, when it has none, its event hash as eventID. */
    private static EpcisEvent captured(EpcisEvent received, OffsetDateTime recorded) {
        return received.captured(recorded, received.eventId() == null ? EventHash.of(received) : "");
    }

    /** readPoint and bizLocation as the store keeps them: an SGLN URN and its Digital Link match (ADR 0063). */
    private static @Nullable String canonicalOrNull(@Nullable String identifier) {
        return identifier == null ? null : canonical(identifier);
    }
}
