package vn.doimoi.traceability.epcis;

import java.util.Locale;
import org.jspecify.annotations.Nullable;
import vn.doimoi.traceability.gs1.EpcIdentifiers;

/**
 * EPC URNs and GS1 Digital Link URIs as the constrained canonical Digital Link the event hash
 * needs; the conversion itself is the GS1 library's {@link EpcIdentifiers}. Only texts that can be
 * identifiers are offered to it: the pre-hash asks for every value of an event.
 */
final class CanonicalIdentifiers {

    private CanonicalIdentifiers() {}

    /** The canonical Digital Link of an identifier, or null when the text is not one. */
    static @Nullable String of(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        if (!lower.startsWith("urn:epc:") && !lower.startsWith("https://") && !lower.startsWith("http://")) {
            return null;
        }
        // The reference implementation and its vectors keep the apostrophe of an EPC URN as it is
        // where the Digital Link syntax escapes it; two repositories must compute the same ID.
        return EpcIdentifiers.tryCanonicalDigitalLink(text)
                .map(link -> link.replace("%27", "'"))
                .orElse(null);
    }
}
