package vn.doimoi.traceability.gs1;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.JsonNode;

/**
 * The cases of digital-link.js (the GS1 SDK): compression, parsing, serialising, validity and
 * value rules. That SDK keeps an unpadded GTIN-13 as given; we always pad to 14 digits (the GS1
 * reference refuses it unpadded), so expected URIs are compared with the GTIN padded.
 */
class DigitalLinkJsConformanceTests {

    private static List<JsonNode> group(String name, int expected) {
        List<JsonNode> cases = new ArrayList<>();
        DigitalLinkVectors.extracted("digital-link-js-test-vectors.json")
                .path(name)
                .forEach(cases::add);
        assertThat(cases).as(name + " cases").hasSize(expected);
        return cases;
    }

    private static String padded(String uri) {
        return uri.replaceAll("/(01|gtin)/(\\d{13})(?=[/?]|$)", "/$1/0$2");
    }

    @TestFactory
    Stream<DynamicTest> compressesAndDecompressesAsTheSdkDoes() {
        return group("compression", 8).stream().map(c -> {
            String op = c.path("op").asString();
            String input = c.path("input").asString();
            return DynamicTest.dynamicTest(
                    op + " " + input + " " + c.path("useOptimisations") + c.path("useShortNames"), () -> {
                        switch (op) {
                            case "compress" ->
                                assertThat(DigitalLinkCompression.compress(
                                                input,
                                                c.path("useOptimisations").asBoolean(true),
                                                c.path("compressOtherKeyValuePairs")
                                                        .asBoolean(true)))
                                        .isEqualTo(c.path("expected").asString());
                            case "decompress" ->
                                assertThat(DigitalLinkCompression.decompress(
                                                input, c.path("useShortNames").asBoolean(false)))
                                        .isEqualTo(c.path("expected").asString());
                            default ->
                                assertThat(DigitalLinkCompression.isCompressed(input))
                                        .isEqualTo(c.path("expected").asBoolean());
                        }
                    });
        });
    }

    @TestFactory
    Stream<DynamicTest> parsesIntoKeyQualifiersAndAttributes() {
        return group("parse", 5).stream()
                .map(c -> DynamicTest.dynamicTest(c.path("uri").asString(), () -> {
                    DigitalLink link = DigitalLink.parse(c.path("uri").asString(), DigitalLinkOptions.LENIENT);
                    assertThat(link.stem()).isEqualTo(c.path("domain").asString());
                    Map.Entry<String, JsonNode> key =
                            c.path("identifier").properties().iterator().next();
                    assertThat(link.primaryKey())
                            .isEqualTo(new AiValue(
                                    key.getKey(), "0" + key.getValue().asString()));
                    Map<String, String> qualifiers = new LinkedHashMap<>();
                    link.keyQualifiers().forEach(q -> qualifiers.put(q.ai(), q.value()));
                    assertThat(qualifiers).isEqualTo(strings(c.path("keyQualifiers")));
                    Map<String, String> attributes = new LinkedHashMap<>(link.dataAttributes());
                    attributes.putAll(link.otherParameters());
                    assertThat(attributes).isEqualTo(strings(c.path("attributes")));
                }));
    }

    @TestFactory
    Stream<DynamicTest> serialisesQualifiersInGrammarOrderAndCompressesTheResult() {
        return group("serialise", 1).stream()
                .map(c -> DynamicTest.dynamicTest(c.path("expectedWebUri").asString(), () -> {
                    JsonNode from = c.path("from");
                    StringBuilder elements = new StringBuilder();
                    from.path("identifier")
                            .properties()
                            .forEach(e -> elements.append('(')
                                    .append(e.getKey())
                                    .append(')')
                                    .append("0")
                                    .append(e.getValue().asString()));
                    from.path("keyQualifiers")
                            .properties()
                            .forEach(e -> elements.append('(')
                                    .append(e.getKey())
                                    .append(')')
                                    .append(e.getValue().asString()));
                    Map<String, String> others = new LinkedHashMap<>();
                    from.path("attributes").properties().forEach(e -> {
                        if (e.getKey().chars().allMatch(Character::isDigit)) {
                            elements.append('(')
                                    .append(e.getKey())
                                    .append(')')
                                    .append(e.getValue().asString());
                        } else {
                            others.put(e.getKey(), e.getValue().asString());
                        }
                    });
                    DigitalLink built = DigitalLink.fromElementString(elements.toString());
                    DigitalLink link = new DigitalLink(
                            from.path("domain").asString(),
                            built.primaryKey(),
                            built.keyQualifiers(),
                            built.dataAttributes(),
                            others);

                    assertThat(link.toUri())
                            .isEqualTo(padded(c.path("expectedWebUri").asString()));
                    assertThat(DigitalLinkCompression.compress(link.toUri()))
                            .isEqualTo(c.path("expectedCompressedWebUri").asString());
                }));
    }

    @TestFactory
    Stream<DynamicTest> judgesValidityAsTheSdkDoes() {
        return group("validity", 7).stream()
                .map(c -> DynamicTest.dynamicTest(
                        c.path("note").asString(c.path("uri").asString("")), () -> {
                            if (c.has("setters")) {
                                JsonNode setters = c.path("setters");
                                StringBuilder elements = new StringBuilder("(01)")
                                        .append("000000")
                                        .append(setters.path("identifier")
                                                .path("01")
                                                .asString());
                                setters.path("keyQualifiers(in call order)")
                                        .forEach(pair -> elements.append('(')
                                                .append(pair.get(0).asString())
                                                .append(')')
                                                .append(pair.get(1).asString()));
                                // the SDK does not check the GTIN-8 check digit (12345678 should end in 0); we do
                                assertThatThrownBy(() -> DigitalLink.fromElementString(elements.toString()))
                                        .isInstanceOf(InvalidDigitalLinkException.class);
                                DigitalLink link = DigitalLink.fromElementString(
                                        elements.toString(), DigitalLinkOptions.EVENT_HASH);
                                assertThat(link.keyQualifiers())
                                        .extracting(AiValue::ai)
                                        .containsExactly("22", "10", "21");
                                return;
                            }
                            String uri = c.path("uri").asString();
                            if (c.path("valid").asBoolean()) {
                                assertThat(DigitalLink.parse(uri, DigitalLinkOptions.LENIENT)
                                                .primaryKey()
                                                .ai())
                                        .isEqualTo("01");
                            } else {
                                assertThatThrownBy(() -> DigitalLink.parse(uri, DigitalLinkOptions.LENIENT))
                                        .isInstanceOf(InvalidDigitalLinkException.class);
                            }
                        }));
    }

    @TestFactory
    Stream<DynamicTest> checksValuesByTheirShortNames() {
        return group("rules", 5).stream().map(c -> {
            String rule = c.path("rule").asString();
            String value = c.path("value").asString();
            return DynamicTest.dynamicTest(rule + " " + value, () -> {
                String ai = DigitalLinkParser.SHORT_NAMES.get(rule);
                String checked = ai.equals("01") && value.length() == 13 ? "0" + value : value;
                if (c.path("valid").asBoolean()) {
                    Gs1Dictionary.standard().validate(ai, checked);
                } else {
                    assertThatThrownBy(() -> Gs1Dictionary.standard().validate(ai, checked))
                            .isInstanceOf(InvalidGs1DataException.class);
                }
            });
        });
    }

    private static Map<String, String> strings(JsonNode object) {
        Map<String, String> out = new LinkedHashMap<>();
        object.properties().forEach(e -> out.put(e.getKey(), e.getValue().asString()));
        return out;
    }
}
