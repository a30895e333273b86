package vn.doimoi.traceability.epcis;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every valid OpenEPCIS JSON-LD capture document and bare event is read and valid; every invalid
 * one is refused for the defect its name states. (JSON↔XML parity is not tested: this service
 * has no XML binding yet.)
 */
class EpcisCorpusTests {

    /** The defect each invalid file is named after: the violation code and where it must be reported. */
    private static final Map<String, List<String>> DEFECTS = Map.ofEntries(
            Map.entry(
                    "Combination_of_events_with_missing_mandatory_fields.json",
                    List.of(
                            "eventTimeZoneOffset.missing@/epcisBody/eventList/1/eventTimeZoneOffset",
                            "action.missing@/epcisBody/eventList/0/action",
                            "action.missing@/epcisBody/eventList/1/action")),
            Map.entry(
                    "Combination_of_multiple_invalid_fields.json",
                    List.of(
                            "cbv.nonStandard@/epcisBody/eventList/0/bizStep",
                            "cbv.nonStandard@/epcisBody/eventList/1/disposition",
                            "cbv.nonStandard@/epcisBody/eventList/2/sourceList/0/type",
                            "extension.namespace@/epcisBody/eventList/3/ilmd/materialType",
                            "eventTime.invalid@/epcisBody/eventList/4/eventTime",
                            "action.invalid@/epcisBody/eventList/4/action")),
            Map.entry(
                    "Combination_of_non_standard_bizStep_and_disposition.json",
                    List.of(
                            "cbv.nonStandard@/epcisBody/eventList/0/bizStep",
                            "cbv.nonStandard@/epcisBody/eventList/1/disposition")),
            Map.entry("EPCISDocument_without_context.json", List.of("context.missing@/@context")),
            Map.entry(
                    "ObjectEvent_with_ilmd_field_without_namespace.json",
                    List.of("extension.namespace@/epcisBody/eventList/0/ilmd/materialType")),
            Map.entry("ObjectEvent_with_invalid_action.json", List.of("action.invalid@/epcisBody/eventList/0/action")),
            Map.entry(
                    "ObjectEvent_with_invalid_certificationInfo.json",
                    List.of("identifier.invalid@/epcisBody/eventList/0/certificationInfo/1")),
            Map.entry(
                    "ObjectEvent_with_invalid_eventTime_format.json",
                    List.of("eventTime.invalid@/epcisBody/eventList/0/eventTime")),
            Map.entry(
                    "ObjectEvent_with_non_standard_bizStep.json",
                    List.of("cbv.nonStandard@/epcisBody/eventList/0/bizStep")),
            Map.entry(
                    "ObjectEvent_with_non_standard_bizStep_in_second_event.json",
                    List.of("cbv.nonStandard@/epcisBody/eventList/1/bizStep")),
            Map.entry(
                    "ObjectEvent_with_non_standard_disposition.json",
                    List.of("cbv.nonStandard@/epcisBody/eventList/0/disposition")),
            Map.entry(
                    "ObjectEvent_with_quantity_as_text.json",
                    List.of("quantity.number@/epcisBody/eventList/0/quantityList/0/quantity")),
            Map.entry(
                    "ObjectEvent_with_unknown_field_in_quantityList.json",
                    List.of("quantity.unknownField@/epcisBody/eventList/0/quantityList/0/weight")),
            Map.entry(
                    "ObjectEvent_without_action_and_eventTime.json",
                    List.of(
                            "action.missing@/epcisBody/eventList/0/action",
                            "eventTime.missing@/epcisBody/eventList/0/eventTime")),
            Map.entry(
                    "ObjectEvent_without_identifier_list.json",
                    List.of("what.missing@/epcisBody/eventList/0/epcList")));

    @TestFactory
    Stream<DynamicTest> everyValidDocumentAndEventIsReadAndValid() {
        EpcisConformance conformance = EpcisConformance.load();
        List<Path> documents = EpcisConformance.files(conformance.json("Capture/Documents"), ".json");
        List<Path> events = EpcisConformance.files(conformance.json("Capture/Events"), ".json");
        assertThat(documents).hasSize(38);
        assertThat(events).hasSize(5);
        return Stream.concat(documents.stream(), events.stream())
                .map(file -> DynamicTest.dynamicTest(file.getParent().getFileName() + "/" + file.getFileName(), () -> {
                    EpcisDocument document = EpcisDocuments.read(EpcisConformance.read(file));
                    assertThat(document.events()).isNotEmpty();
                    assertThat(EpcisValidator.validate(document)).isEmpty();
                    for (EpcisEvent event : document.events()) {
                        assertThat(event.type()).isNotNull();
                        assertThat(event.eventTime()).isNotNull();
                        assertThat(EventHash.of(event)).matches("ni:///sha-256;[0-9a-f]{64}\\?ver=CBV2\\.0");
                    }
                }));
    }

    @TestFactory
    Stream<DynamicTest> everyInvalidDocumentIsRefusedForItsDefect() {
        EpcisConformance conformance = EpcisConformance.load();
        List<Path> invalid = EpcisConformance.files(conformance.json("Capture/Invalid"), ".json");
        assertThat(invalid).hasSize(15);
        assertThat(invalid)
                .extracting(file -> file.getFileName().toString())
                .containsExactlyInAnyOrderElementsOf(DEFECTS.keySet());
        return invalid.stream()
                .map(file -> DynamicTest.dynamicTest("Capture/Invalid/" + file.getFileName(), () -> {
                    List<EpcisViolation> violations =
                            EpcisValidator.validate(EpcisDocuments.read(EpcisConformance.read(file)));
                    assertThat(violations).isNotEmpty();
                    assertThat(violations)
                            .extracting(v -> v.code() + "@" + v.pointer())
                            .containsAll(DEFECTS.get(file.getFileName().toString()));
                    assertThat(violations).allSatisfy(v -> {
                        assertThat(v.vietnamese()).isNotBlank();
                        assertThat(v.english()).isNotBlank();
                    });
                }));
    }
}
