package vn.doimoi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import vn.doimoi.directory.OrganisationType;
import vn.doimoi.identity.Role;

/**
 * Vietnamese first, English beside it: both bundles hold the same keys, every key the templates
 * and the code name exists, and the Vietnamese text is NFC.
 */
class MessagesTests {

    private static final Pattern TEMPLATE_KEY = Pattern.compile("ui\\.t\\(\"([A-Za-z0-9_.]+)\"");
    private static final Pattern CODE_KEY = Pattern.compile(
            "\"((?:[a-z]+\\.)+(?:error|verify)\\.[A-Za-z]+|(?:user|organisation)\\.(?:created|saved)|account\\.passwordChanged)\"");

    private final Properties vietnamese = load("messages_vi.properties");
    private final Properties english = load("messages_en.properties");

    @Test
    void bothLanguagesHaveTheSameKeys() {
        assertThat(new TreeSet<>(english.stringPropertyNames()))
                .isEqualTo(new TreeSet<>(vietnamese.stringPropertyNames()));
    }

    @Test
    void everyKeyATemplateUsesExists() throws IOException {
        assertThat(vietnamese.stringPropertyNames()).containsAll(keysIn(Path.of("src/main/jte"), TEMPLATE_KEY));
    }

    @Test
    void everyMessageKeyTheCodeUsesExists() throws IOException {
        assertThat(vietnamese.stringPropertyNames()).containsAll(keysIn(Path.of("src/main/java"), CODE_KEY));
    }

    @Test
    void keysBuiltFromValuesExistForEveryValue() {
        List<String> built = new ArrayList<>();
        for (Role role : Role.values()) {
            built.add("role." + role.name());
        }
        for (OrganisationType type : OrganisationType.values()) {
            built.add("organisationType." + type.name());
        }
        for (String status : List.of("400", "401", "403", "404", "405", "409", "422", "500")) {
            built.add("error." + status + ".title");
            built.add("error." + status + ".detail");
        }
        for (String reason : List.of("bad")) {
            built.add("login.error." + reason);
        }
        built.add("search.type.organisation");
        built.add("search.type.person");
        built.add("search.facet.fieldCode");
        built.add("search.facet.province");
        for (vn.doimoi.directory.AcademicTitle title : vn.doimoi.directory.AcademicTitle.values()) {
            built.add("academicTitle." + title.name());
        }
        for (vn.doimoi.directory.Degree degree : vn.doimoi.directory.Degree.values()) {
            built.add("degree." + degree.name());
        }

        assertThat(vietnamese.stringPropertyNames()).containsAll(built);
    }

    @Test
    void vietnameseTextIsNfc() {
        for (String key : vietnamese.stringPropertyNames()) {
            String text = vietnamese.getProperty(key);
            assertThat(Normalizer.isNormalized(text, Normalizer.Form.NFC))
                    .as(key)
                    .isTrue();
        }
    }

    private static Set<String> keysIn(Path root, Pattern pattern) throws IOException {
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Matcher matcher = pattern.matcher(Files.readString(file));
                while (matcher.find()) {
                    // "role." + name and the like are prefixes: keysBuiltFromValuesExistForEveryValue covers them.
                    if (!matcher.group(1).endsWith(".")) {
                        keys.add(matcher.group(1));
                    }
                }
            }
        }
        assertThat(keys).as("keys found in " + root).isNotEmpty();
        return keys;
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
