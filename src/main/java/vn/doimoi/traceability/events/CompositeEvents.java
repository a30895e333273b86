package vn.doimoi.traceability.events;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import vn.doimoi.identity.CurrentUser;
import vn.doimoi.shared.DomainException;
import vn.doimoi.traceability.catalogue.LocationRow;
import vn.doimoi.traceability.catalogue.LotRow;
import vn.doimoi.traceability.catalogue.Lots;
import vn.doimoi.traceability.catalogue.Texts;
import vn.doimoi.traceability.catalogue.TraceAccess;
import vn.doimoi.traceability.gs1.CheckDigit;

/**
 * The two phone forms that name several lots (issue 20): a transformation (raw lots in, a product
 * lot out: an EPCIS TransformationEvent, shown on every lot's timeline, one step back and one step
 * forward) and an aggregation (lots packed onto a pallet or into a case with an SSCC: an
 * AggregationEvent ADD whose parentID is the SSCC). Both are the documents the API would accept,
 * and go through the same gate.
 */
@Service
@Transactional
public class CompositeEvents {

    /** Where our own business step URIs live (ADR 0061). */
    private static final String PROCESSING = "https://doimoi.vn/voc/bizStep/processing";

    private final Lots lots;
    private final TraceAccess access;
    private final FormEventRecording recording;

    CompositeEvents(Lots lots, TraceAccess access, FormEventRecording recording) {
        this.lots = lots;
        this.access = access;
        this.recording = recording;
    }

    /** What a worker fills in: which lots, where, when, and a note. */
    public record Common(
            List<UUID> lotIds,
            UUID locationId,
            Instant time,
            @Nullable String note) {}

    /** Records that the input lots were made into the output lot; returns the eventID. */
    public String transform(CurrentUser actor, Common form, UUID outputLotId) {
        UUID organisation = access.writer(actor);
        List<LotRow> inputs = ownLots(organisation, form.lotIds());
        LotRow output = ownLots(organisation, List.of(outputLotId)).get(0);
        if (inputs.stream().anyMatch(input -> input.id().equals(output.id()))) {
            throw DomainException.invalid("traceability.transform.sameLot");
        }
        LocationRow location = recording.ownLocation(organisation, form.locationId());
        Instant now = checkedTime(form.time());
        ObjectNode event = event("TransformationEvent", form, location, PROCESSING, "active");
        ArrayNode in = event.putArray("inputQuantityList");
        inputs.forEach(lot -> quantity(in, lot));
        quantity(event.putArray("outputQuantityList"), output);
        EventRow row = recording.accept(event, organisation, output.id(), now);
        return recording.stored(
                actor,
                row,
                "traceability.event.transformed",
                output,
                Map.of(
                        "inputs",
                        inputs.stream().map(lot -> lot.id().toString()).toList(),
                        "output",
                        output.id().toString()));
    }

    /** Records that the lots were packed onto the pallet or into the case with this SSCC; returns the eventID. */
    public String aggregate(CurrentUser actor, Common form, String ssccText) {
        UUID organisation = access.writer(actor);
        String sscc = sscc(ssccText);
        List<LotRow> children = ownLots(organisation, form.lotIds());
        LocationRow location = recording.ownLocation(organisation, form.locationId());
        Instant now = checkedTime(form.time());
        ObjectNode event = event("AggregationEvent", form, location, "packing", "in_progress");
        event.put("parentID", "https://id.gs1.org/00/" + sscc);
        event.put("action", "ADD");
        event.putArray("childEPCs");
        ArrayNode childQuantities = event.putArray("childQuantityList");
        children.forEach(lot -> quantity(childQuantities, lot));
        EventRow row = recording.accept(event, organisation, children.get(0).id(), now);
        return recording.stored(
                actor,
                row,
                "traceability.event.aggregated",
                children.get(0),
                Map.of(
                        "sscc",
                        sscc,
                        "lots",
                        children.stream().map(lot -> lot.id().toString()).toList()));
    }

    /**
     * An SSCC as typed: 18 digits with a correct check digit, or 17 digits to which the check digit is
     * added (a worker copies the serial from the pallet label).
     */
    public static String sscc(@Nullable String text) {
        String digits = text == null ? "" : text.replaceAll("[\\s.-]", "");
        if (!digits.matches("\\d{17,18}")) {
            throw DomainException.invalid("traceability.aggregate.sscc", text == null ? "" : text);
        }
        if (digits.length() == 17) {
            return digits + CheckDigit.mod10(digits);
        }
        if (!CheckDigit.isValid(digits)) {
            throw DomainException.invalid("traceability.aggregate.ssccCheckDigit", digits);
        }
        return digits;
    }

    private List<LotRow> ownLots(UUID organisation, List<UUID> ids) {
        if (ids.isEmpty()) {
            throw DomainException.invalid("traceability.composite.noLot");
        }
        List<LotRow> found = new ArrayList<>();
        for (UUID id : new LinkedHashSet<>(ids)) {
            found.add(lots.find(id)
                    .filter(lot -> lot.organisationId().equals(organisation))
                    .orElseThrow(() -> DomainException.notFound("traceability.error.notFound")));
        }
        return found;
    }

    private Instant checkedTime(Instant time) {
        Instant now = recording.now();
        FormEventRecording.notAhead(time, now);
        return now;
    }

    private ObjectNode event(String type, Common form, LocationRow location, String bizStep, String disposition) {
        ObjectNode event = recording.json().createObjectNode();
        event.put("type", type);
        event.put("eventTime", FieldEvents.time(form.time()));
        event.put("eventTimeZoneOffset", FieldEvents.offset(form.time()));
        event.put("bizStep", bizStep);
        event.put("disposition", disposition);
        String gln = "https://id.gs1.org/414/" + location.gln();
        event.putObject("readPoint").put("id", gln);
        event.putObject("bizLocation").put("id", gln);
        String note = Texts.optional(form.note(), 500);
        if (note != null && !note.isBlank()) {
            event.put("doimoi:note", note.strip());
        }
        return event;
    }

    private static void quantity(ArrayNode list, LotRow lot) {
        ObjectNode element = list.addObject();
        element.put("epcClass", lot.epcClass());
        element.put("quantity", lot.quantity().stripTrailingZeros());
        element.put("uom", lot.unit());
    }
}
