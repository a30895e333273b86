package vn.doimoi.traceability.epcis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

class EpcisDocumentsTests {

    static final String HARVEST = """
            {
              "@context": ["https://ref.gs1.org/standards/epcis/epcis-context.jsonld",
                           {"doimoi": "https://doimoi.vn/voc/"}],
              "type": "EPCISDocument",
              "schemaVersion": "2.0",
              "creationDate": "2026-12-07T08:30:00+07:00",
              "epcisBody": {"eventList": [{
                "type": "ObjectEvent",
                "eventTime": "2026-12-07T07:15:00.250+07:00",
                "eventTimeZoneOffset": "+07:00",
                "action": "ADD",
                "bizStep": "commissioning",
                "disposition": "urn:epcglobal:cbv:disp:active",
                "readPoint": {"id": "https://id.gs1.org/414/8930000000019"},
                "bizLocation": {"id": "urn:epc:id:sgln:8930000.00001.0"},
                "epcList": ["https://id.gs1.org/01/08930000000026/21/001"],
                "quantityList": [{"epcClass": "https://id.gs1.org/01/08930000000026/10/TL-2026-12",
                                  "quantity": 1250.50, "uom": "KGM"}],
                "ilmd": {"doimoi:giong": "Thanh long ruột đỏ"}
              }, {
                "type": "TransformationEvent",
                "eventTime": "2026-12-08T09:00:00Z",
                "eventTimeZoneOffset": "+07:00",
                "inputQuantityList": [{"epcClass": "doimoi:lot-1", "quantity": 10, "uom": "KGM"}],
                "outputEPCList": ["urn:epc:id:sgtin:8930000.000002.7"]
              }]}
            }
            """;

    @Test
    void readsTheEnvelopeAndTheTypedValuesOfEachEvent() {
        EpcisDocument document = EpcisDocuments.read(HARVEST);

        assertThat(document.bareEvent()).isFalse();
        assertThat(document.schemaVersion()).isEqualTo("2.0");
        assertThat(document.creationDate()).isEqualTo(OffsetDateTime.parse("2026-12-07T08:30:00+07:00"));
        assertThat(document.events()).hasSize(2);
        EpcisEvent harvest = document.events().get(0);
        assertThat(harvest.type()).isEqualTo(EpcisEventType.ObjectEvent);
        assertThat(harvest.eventTime()).isEqualTo(OffsetDateTime.parse("2026-12-07T07:15:00.250+07:00"));
        assertThat(harvest.eventTimeZoneOffset()).isEqualTo("+07:00");
        assertThat(harvest.action()).isEqualTo("ADD");
        assertThat(harvest.bizStep()).isEqualTo("https://ref.gs1.org/cbv/BizStep-commissioning");
        assertThat(harvest.disposition()).isEqualTo("https://ref.gs1.org/cbv/Disp-active");
        assertThat(harvest.readPoint()).isEqualTo("https://id.gs1.org/414/8930000000019");
        assertThat(harvest.bizLocation()).isEqualTo("urn:epc:id:sgln:8930000.00001.0");
        assertThat(harvest.eventId()).isNull();
        assertThat(harvest.quantities())
                .containsExactly(new QuantityElement(
                        EventIdentifier.Role.EPC_CLASS,
                        "https://id.gs1.org/01/08930000000026/10/TL-2026-12",
                        new BigDecimal("1250.50"),
                        "KGM"));
        assertThat(harvest.epcs())
                .containsExactly(
                        "https://id.gs1.org/01/08930000000026/21/001",
                        "https://id.gs1.org/01/08930000000026/10/TL-2026-12");
        assertThat(harvest.json().path("ilmd").path("doimoi:giong").asString()).isEqualTo("Thanh long ruột đỏ");
    }

    @Test
    void expandsCuriesOfDeclaredPrefixesAndKeepsEachRole() {
        EpcisEvent transformation = EpcisDocuments.read(HARVEST).events().get(1);

        assertThat(transformation.type()).isEqualTo(EpcisEventType.TransformationEvent);
        assertThat(transformation.action()).isNull();
        assertThat(transformation.identifiers())
                .containsExactly(
                        new EventIdentifier(EventIdentifier.Role.OUTPUT_EPC, "urn:epc:id:sgtin:8930000.000002.7"),
                        new EventIdentifier(EventIdentifier.Role.INPUT_EPC_CLASS, "https://doimoi.vn/voc/lot-1"));
    }

    @Test
    void readsABareEventWithItsOwnContext() {
        EpcisDocument document = EpcisDocuments.read(new ByteArrayInputStream("""
                {"@context": "https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld",
                 "type": "AggregationEvent", "eventTime": "2026-12-07T10:00:00+07:00",
                 "eventTimeZoneOffset": "+07:00", "action": "ADD", "bizStep": "packing",
                 "eventID": "ni:///sha-256;00?ver=CBV2.0",
                 "parentID": "urn:epc:id:sscc:8930000.0000000001",
                 "childEPCs": ["urn:epc:id:sgtin:8930000.000002.7"]}
                """.getBytes(StandardCharsets.UTF_8)));

        assertThat(document.bareEvent()).isTrue();
        assertThat(EpcisValidator.validate(document)).isEmpty();
        EpcisEvent event = document.events().get(0);
        assertThat(event.eventId()).isEqualTo("ni:///sha-256;00?ver=CBV2.0");
        assertThat(event.identifiers())
                .extracting(EventIdentifier::role)
                .containsExactly(EventIdentifier.Role.PARENT_ID, EventIdentifier.Role.CHILD_EPC);
    }

    @Test
    void anEventIsNeverChangedFromOutsideAndGainsItsIdAndRecordTimeAsCopies() {
        EpcisEvent event = EpcisDocuments.read(HARVEST).events().get(0);
        event.json().put("action", "DELETE");

        EpcisEvent stored = event.withEventId(EventHash.of(event))
                .withRecordTime(OffsetDateTime.parse("2026-12-07T09:00:00+07:00"));

        assertThat(event.action()).isEqualTo("ADD");
        assertThat(event.eventId()).isNull();
        assertThat(stored.eventId()).isEqualTo(EventHash.of(event));
        assertThat(stored.json().path("recordTime").asString()).isEqualTo("2026-12-07T09:00:00.000+07:00");
        assertThat(EventHash.of(stored))
                .as("eventID and recordTime are not part of the identity")
                .isEqualTo(EventHash.of(event));
        assertThat(EpcisValidator.validate(stored)).isEmpty();
    }

    @Test
    void somethingThatIsNotAnEpcisDocumentIsRefusedInVietnamese() {
        assertThatThrownBy(() -> EpcisDocuments.read("{\"type\": \"EPCISDocument\""))
                .isInstanceOf(EpcisReadException.class)
                .hasMessageStartingWith("Nội dung không phải JSON hợp lệ");
        assertThatThrownBy(() -> EpcisDocuments.read("[1, 2]"))
                .isInstanceOf(EpcisReadException.class)
                .hasMessageContaining("đối tượng JSON");
        assertThatThrownBy(() -> EpcisDocuments.read("{\"type\": \"EPCISDocument\", \"epcisBody\": {}}"))
                .isInstanceOf(EpcisReadException.class)
                .hasMessageContaining("eventList")
                .extracting(e -> ((EpcisReadException) e).english())
                .asString()
                .contains("no event list");
        assertThatThrownBy(() -> EpcisDocuments.read("{\"epcisBody\": {\"eventList\": [\"x\"]}}"))
                .isInstanceOf(EpcisReadException.class);
        assertThatThrownBy(() -> EpcisDocuments.read("{\"a\": 1} {\"b\": 2}")).isInstanceOf(EpcisReadException.class);
    }
}
