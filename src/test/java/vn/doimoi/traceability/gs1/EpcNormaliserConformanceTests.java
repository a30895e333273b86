package vn.doimoi.traceability.gs1;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.JsonNode;

/**
 * The 70 cases of the EPCIS event hash generator's Digital Link normaliser: EPC URNs and Digital
 * Links of every GS1 key to the constrained canonical Digital Link, and what must be refused.
 */
class EpcNormaliserConformanceTests {

    @TestFactory
    Stream<DynamicTest> normalisesEveryIdentifierAsTheEventHashReferenceDoes() {
        List<JsonNode> cases = new ArrayList<>();
        DigitalLinkVectors.extracted("epcis-hash-dl-normaliser-vectors.json")
                .path("cases")
                .forEach(cases::add);
        assertThat(cases).as("normaliser cases").hasSize(70);
        assertThat(cases.stream().filter(c -> c.path("expected").isNull()))
                .as("cases to refuse")
                .hasSize(8);
        return cases.stream().map(c -> {
            String input = c.path("input").asString();
            String expected = DigitalLinkVectors.text(c, "expected");
            return DynamicTest.dynamicTest(
                    c.path("group").asString() + " line " + c.path("sourceLine").asInt() + " " + input,
                    () -> assertThat(EpcIdentifiers.tryCanonicalDigitalLink(input))
                            .isEqualTo(java.util.Optional.ofNullable(expected)));
        });
    }
}
