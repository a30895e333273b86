package vn.doimoi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Issue 18 "Tests": every message key a template reads ({@code ui.t("…")}) exists in both
 * languages, and so does every label a template builds from a value ({@code ui.t("task.stage." +
 * stage.name())}): for such a prefix, every constant of the enum it labels must have its key, so a
 * new enum constant without a label is caught before a reader sees a raw key.
 */
class MessageKeysInTemplatesTests {

    private static final Pattern LITERAL = Pattern.compile("ui\\.t\\(\"([A-Za-z0-9_.]+)\"\\s*[,)]");
    private static final Pattern PREFIX = Pattern.compile("ui\\.t\\(\"([A-Za-z0-9_.]+\\.)\"\\s*\\+");

    private final Properties vietnamese = load("messages_vi.properties");
    private final Properties english = load("messages_en.properties");

    @Test
    void everyKeyATemplateNamesExistsInBothLanguages() throws IOException {
        Set<String> keys = matches(LITERAL);
        assertThat(keys).hasSizeGreaterThan(500);
        List<String> missing = new ArrayList<>();
        for (String key : keys) {
            if (!vietnamese.containsKey(key)) {
                missing.add("vi: " + key);
            }
            if (!english.containsKey(key)) {
                missing.add("en: " + key);
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void everyLabelATemplateBuildsFromAnEnumExistsForEveryConstantInBothLanguages() throws IOException {
        List<Class<?>> enums = enums();
        TreeMap<String, String> missing = new TreeMap<>();
        for (String prefix : matches(PREFIX)) {
            if (!hasKeyStartingWith(vietnamese, prefix) || !hasKeyStartingWith(english, prefix)) {
                missing.put(prefix, "no key at all");
                continue;
            }
            // the enum a prefix labels: most of its constants have a key (one shared name is a coincidence)
            List<Class<?>> labelled = enums.stream()
                    .filter(type -> 2
                                    * constants(type).stream()
                                            .filter(c -> vietnamese.containsKey(prefix + c))
                                            .count()
                            > constants(type).size())
                    .toList();
            if (labelled.isEmpty()) {
                continue; // built from a string (an event's action, an HTTP status): the key exists above
            }
            boolean oneComplete = labelled.stream()
                    .anyMatch(type -> constants(type).stream()
                            .allMatch(c -> vietnamese.containsKey(prefix + c) && english.containsKey(prefix + c)));
            if (!oneComplete) {
                Class<?> closest = labelled.get(0);
                missing.put(
                        prefix,
                        closest.getSimpleName() + " lacks "
                                + constants(closest).stream()
                                        .filter(c ->
                                                !vietnamese.containsKey(prefix + c) || !english.containsKey(prefix + c))
                                        .toList());
            }
        }
        assertThat(missing).isEmpty();
    }

    private static boolean hasKeyStartingWith(Properties bundle, String prefix) {
        return bundle.stringPropertyNames().stream().anyMatch(key -> key.startsWith(prefix));
    }

    private static List<String> constants(Class<?> type) {
        return Arrays.stream(type.getEnumConstants())
                .map(c -> ((Enum<?>) c).name())
                .toList();
    }

    /** The application's enums, from the compiled classes (loaded without running their initialisers). */
    private static List<Class<?>> enums() throws IOException {
        Path root = Path.of("target/classes");
        List<Class<?>> enums = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root.resolve("vn/doimoi"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = root.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                try {
                    Class<?> type = Class.forName(name, false, MessageKeysInTemplatesTests.class.getClassLoader());
                    if (type.isEnum()) {
                        enums.add(type);
                    }
                } catch (ClassNotFoundException | LinkageError e) {
                    // a class the test classpath cannot link is not a label's enum
                }
            }
        }
        assertThat(enums).as("enums in target/classes").hasSizeGreaterThan(20);
        return enums;
    }

    private static Set<String> matches(Pattern pattern) throws IOException {
        Set<String> found = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/jte"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".jte")).toList()) {
                Matcher matcher = pattern.matcher(Files.readString(file));
                while (matcher.find()) {
                    found.add(matcher.group(1));
                }
            }
        }
        return found;
    }

    private static Properties load(String name) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(Path.of("src/main/resources", name), StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return properties;
    }
}
