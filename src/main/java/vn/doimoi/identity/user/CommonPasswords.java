package vn.doimoi.identity.user;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The bundled list of common and breached passwords (see {@code SOURCES.md} beside it), checked
 * offline: no password ever leaves the server to be checked. Kept as one sorted array (about 6 MB)
 * so a lookup is a binary search.
 */
@Component
class CommonPasswords {

    static final String RESOURCE = "identity/passwords/common-passwords.txt.gz";

    private final String[] sorted;

    CommonPasswords() {
        this.sorted = load(new ClassPathResource(RESOURCE));
    }

    /** Whether the password, ignoring case (the list is lower case), is on the list. */
    boolean contains(String password) {
        return Arrays.binarySearch(sorted, password.toLowerCase(Locale.ROOT)) >= 0;
    }

    int size() {
        return sorted.length;
    }

    private static String[] load(ClassPathResource resource) {
        List<String> lines = new ArrayList<>(120_000);
        try (InputStream in = new GZIPInputStream(resource.getInputStream());
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isEmpty()) {
                    lines.add(line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("The list of common passwords " + RESOURCE + " cannot be read", e);
        }
        String[] array = lines.toArray(String[]::new);
        // Sorted again here so a lookup never depends on how the file was sorted.
        Arrays.sort(array);
        return array;
    }
}
