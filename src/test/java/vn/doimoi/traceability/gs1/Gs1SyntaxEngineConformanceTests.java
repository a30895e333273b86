package vn.doimoi.traceability.gs1;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.JsonNode;

/**
 * Every case the GS1 syntax engine (the GS1 reference implementation of the DL URI Syntax) tests
 * its own parser, generator, escaping and check digits with, run against ours.
 */
class Gs1SyntaxEngineConformanceTests {

    private static JsonNode vectors() {
        return DigitalLinkVectors.extracted("gs1-syntax-engine-dl-test-vectors.json");
    }

    private static List<JsonNode> cases(String group, int expected) {
        List<JsonNode> cases = new ArrayList<>();
        vectors().path(group).forEach(cases::add);
        assertThat(cases).as(group + " cases").hasSize(expected);
        return cases;
    }

    @TestFactory
    Stream<DynamicTest> parsesEveryDigitalLinkUriAsTheReferenceDoes() {
        return cases("parseDLuri", 120).stream().map(c -> {
            String uri = c.path("uri").asString();
            String name = "line " + c.path("sourceLine").asInt() + " "
                    + (c.path("valid").asBoolean() ? "valid " : "invalid ")
                    + (uri.length() > 90 ? uri.substring(0, 90) + "…" : uri) + " " + c.path("options");
            return DynamicTest.dynamicTest(name, () -> {
                DigitalLinkOptions options = DigitalLinkVectors.options(c);
                if (c.path("valid").asBoolean()) {
                    DigitalLink link = DigitalLink.parse(uri, options);
                    assertThat(link.elementString())
                            .isEqualTo(c.path("expectedElementString").asString());
                    assertThat(link.hri()).isEqualTo(c.path("expectedHRI").asString());
                } else {
                    assertThatThrownBy(() -> DigitalLink.parse(uri, options))
                            .isInstanceOf(InvalidDigitalLinkException.class);
                }
            });
        });
    }

    @TestFactory
    Stream<DynamicTest> generatesEveryDigitalLinkUriAsTheReferenceDoes() {
        return cases("generateDLuri", 25).stream().map(c -> {
            String input = c.has("elementString")
                    ? c.path("elementString").asString()
                    : c.has("elementStringCaret")
                            ? c.path("elementStringCaret").asString()
                            : c.path("inputDigitalLink").asString();
            String stem = DigitalLinkVectors.text(c, "stem");
            String name = "line " + c.path("sourceLine").asInt() + " " + input + " under " + stem;
            return DynamicTest.dynamicTest(name, () -> {
                DigitalLinkOptions options = DigitalLinkVectors.options(c);
                if (c.path("valid").asBoolean()) {
                    DigitalLink link = c.has("inputDigitalLink")
                            ? DigitalLink.parse(input, options)
                            : DigitalLink.fromElementString(input, options);
                    assertThat(link.toUri(stem)).isEqualTo(c.path("expectedUri").asString());
                } else {
                    assertThatThrownBy(() -> DigitalLink.fromElementString(input, options))
                            .isInstanceOf(InvalidDigitalLinkException.class);
                }
            });
        });
    }

    @TestFactory
    Stream<DynamicTest> escapesPathAndQueryComponents() {
        return componentCases("URIescape", 10, UriEscaping::escapePath, UriEscaping::escapeQuery);
    }

    @TestFactory
    Stream<DynamicTest> unescapesPathAndQueryComponents() {
        return componentCases("URIunescape", 21, UriEscaping::unescapePath, UriEscaping::unescapeQuery);
    }

    private static Stream<DynamicTest> componentCases(
            String group, int expected, UnaryOperator<String> path, UnaryOperator<String> query) {
        return cases(group, expected).stream().map(c -> {
            String input = c.path("input").asString();
            return DynamicTest.dynamicTest(group + " \"" + input + "\"", () -> {
                assertThat(path.apply(input))
                        .isEqualTo(c.path("expectedPathComponent").asString());
                assertThat(query.apply(input))
                        .isEqualTo(c.path("expectedQueryComponent").asString());
            });
        });
    }

    @TestFactory
    Stream<DynamicTest> acceptsEveryValidPathSequence() {
        return cases("validPathAISequences", 39).stream().map(c -> {
            List<String> ais = new ArrayList<>();
            c.forEach(ai -> ais.add(ai.asString()));
            return DynamicTest.dynamicTest(
                    "path " + String.join("/", ais),
                    () -> assertThat(Gs1Dictionary.standard().isValidPathSequence(ais))
                            .isTrue());
        });
    }

    @TestFactory
    Stream<DynamicTest> checksMod10CheckDigits() {
        return cases("checkDigitMod10", 14).stream().map(c -> {
            String data = c.path("data").asString();
            return DynamicTest.dynamicTest("check digit \"" + data + "\"", () -> {
                if (c.path("valid").asBoolean()) {
                    assertThat(CheckDigit.isValid(data)).isTrue();
                    assertThat(CheckDigit.mod10(data.substring(0, data.length() - 1)))
                            .isEqualTo(data.charAt(data.length() - 1) - '0');
                } else {
                    CheckDigit.Lint lint = CheckDigit.lint(data).orElseThrow();
                    assertThat("GS1_LINTER_" + lint.error().name())
                            .isEqualTo(c.path("error").asString());
                    assertThat(lint.markup(data))
                            .isEqualTo(c.path("errorMarkup").asString());
                }
            });
        });
    }
}
