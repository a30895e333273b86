package vn.doimoi.traceability.epcis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Rules beyond the OpenEPCIS corpus, and hostile input: each answers a violation, never an exception. */
class EpcisValidatorTests {

    private static List<String> violations(String event) {
        String document = """
                {"@context": ["https://ref.gs1.org/standards/epcis/epcis-context.jsonld", {"ex": "https://ex.vn/"}],
                 "type": "EPCISDocument", "schemaVersion": "2.0", "creationDate": "2026-12-07T08:30:00Z",
                 "epcisBody": {"eventList": [%s]}}
                """.formatted(event);
        return EpcisValidator.validate(EpcisDocuments.read(document)).stream()
                .map(v -> v.code() + "@" + v.pointer().replace("/epcisBody/eventList/0", ""))
                .toList();
    }

    private static String objectEvent(String more) {
        return """
                {"type": "ObjectEvent", "eventTime": "2026-12-07T08:00:00+07:00", "eventTimeZoneOffset": "+07:00",
                 "action": "OBSERVE", "epcList": ["https://id.gs1.org/01/08930000000026/21/1"] %s}
                """.formatted(more);
    }

    @Test
    void aValidEventHasNoViolations() {
        assertThat(violations(objectEvent(", \"bizStep\": \"https://doimoi.vn/voc/bizStep/planting\","
                        + " \"disposition\": \"ex:growing\", \"ex:plot\": {\"ex:row\": 3}")))
                .isEmpty();
    }

    @Test
    void anOffsetOutsideTheRangeAndATimeWithoutOffsetAreRefused() {
        assertThat(violations("""
                {"type": "ObjectEvent", "eventTime": "2026-12-07T08:00:00", "eventTimeZoneOffset": "+15:00",
                 "action": "OBSERVE", "epcList": []}
                """))
                .containsExactlyInAnyOrder(
                        "eventTime.invalid@/eventTime", "eventTimeZoneOffset.invalid@/eventTimeZoneOffset");
    }

    @Test
    void ilmdOnlyOnAnObjectEventThatAddsAndOnTransformations() {
        assertThat(violations(objectEvent(", \"ilmd\": {\"ex:harvest\": \"2026-12-01\"}")))
                .containsExactly("ilmd.notAllowed@/ilmd");
        assertThat(violations("""
                {"type": "AggregationEvent", "eventTime": "2026-12-07T08:00:00Z", "eventTimeZoneOffset": "+00:00",
                 "action": "ADD", "parentID": "urn:epc:id:sscc:8930000.0000000001",
                 "childEPCs": ["urn:epc:id:sgtin:8930000.000002.7"], "ilmd": {"ex:a": 1}}
                """)).containsExactly("ilmd.notAllowed@/ilmd");
    }

    @Test
    void aTransformationHasNoActionAndNeedsInputsAndOutputs() {
        assertThat(violations("""
                {"type": "TransformationEvent", "eventTime": "2026-12-07T08:00:00Z", "eventTimeZoneOffset": "+00:00",
                 "action": "ADD", "inputEPCList": ["urn:epc:id:sgtin:8930000.000002.7"]}
                """))
                .containsExactlyInAnyOrder("field.notForType@/action", "what.missing@/outputEPCList");
    }

    @Test
    void aTransactionNeedsItsBusinessTransactionAndCbvWordsMustBeStandard() {
        assertThat(violations("""
                {"type": "TransactionEvent", "eventTime": "2026-12-07T08:00:00Z", "eventTimeZoneOffset": "+00:00",
                 "action": "ADD", "epcList": ["urn:epc:id:sgtin:8930000.000002.7"], "bizStep": "harvesting",
                 "sourceList": [{"type": "owner", "source": "urn:epc:id:pgln:8930000.00000"}]}
                """))
                .containsExactlyInAnyOrder(
                        "what.missing@/bizTransactionList",
                        "cbv.nonStandard@/bizStep",
                        "cbv.nonStandard@/sourceList/0/type");
    }

    @Test
    void unknownFieldsMustBeNamespacedWithADeclaredPrefix() {
        assertThat(violations(objectEvent(", \"farmer\": \"An\", \"undeclared:x\": 1, \"ex:ok\": 2")))
                .containsExactlyInAnyOrder("extension.namespace@/farmer", "extension.namespace@/undeclared:x");
    }

    @Test
    void hostileValuesAreViolationsNotCrashes() {
        assertThat(violations("""
                {"type": ["ObjectEvent"], "eventTime": 5}
                """)).containsExactly("type.unknown@/type");
        assertThat(violations(objectEvent("""
                , "quantityList": [{"epcClass": 7, "quantity": -1, "uom": "kilogram"}, "x"],
                  "readPoint": "here", "bizTransactionList": {"a": 1},
                  "sensorElementList": [{"sensorReport": [{"type": 3, "value": "hot"}]}],
                  "persistentDisposition": {"set": "active"}, "certificationInfo": {"x": 1}
                """)))
                .contains(
                        "identifier.invalid@/quantityList/0/epcClass",
                        "quantity.number@/quantityList/0/quantity",
                        "quantity.uom@/quantityList/0/uom",
                        "object.expected@/quantityList/1",
                        "location.id@/readPoint/id",
                        "array.expected@/bizTransactionList",
                        "sensor.number@/sensorElementList/0/sensorReport/0/value",
                        "array.expected@/persistentDisposition/set",
                        "identifier.invalid@/certificationInfo");
    }

    @Test
    void theEnvelopeIsChecked() {
        List<EpcisViolation> found = EpcisValidator.validate(EpcisDocuments.read("""
                {"@context": {"ex": "https://ex.vn/"}, "type": "EPCISDocument", "schemaVersion": "1.2",
                 "creationDate": "yesterday", "epcisBody": {"eventList": []}}
                """));
        assertThat(found)
                .extracting(EpcisViolation::code)
                .containsExactly("context.standard", "document.schemaVersion", "document.creationDate");
        assertThat(found.get(0).vietnamese()).contains("ngữ cảnh chuẩn EPCIS 2.0");
    }
}
