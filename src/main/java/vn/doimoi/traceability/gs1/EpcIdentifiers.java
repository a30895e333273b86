package vn.doimoi.traceability.gs1;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * EPC URNs and Digital Link URIs are two spellings of the same GS1 identifiers (EPCIS 2.0 accepts
 * both). This class turns either into the constrained canonical Digital Link of the CBV 2.0 event
 * hash: host {@code https://id.gs1.org}, no query, only the most fine-grained qualifier, GTIN in
 * 14 digits. The URN rules are those of the GS1 EPC Tag Data Standard (company prefix and
 * reference fields joined, indicator digit moved to the front, check digit added).
 */
public final class EpcIdentifiers {

    private static final String ID = "urn:epc:id:";
    private static final String PATTERN = "urn:epc:idpat:";
    private static final String CLASS = "urn:epc:class:";

    private EpcIdentifiers() {}

    /** The canonical Digital Link, or a refusal when the text is neither a known EPC URN nor a Digital Link. */
    public static String toCanonicalDigitalLink(String urnOrDigitalLink) {
        String text = urnOrDigitalLink.strip();
        String lower = text.toLowerCase(Locale.ROOT);
        DigitalLink link;
        try {
            if (lower.startsWith(ID) || lower.startsWith(PATTERN) || lower.startsWith(CLASS)) {
                link = EpcUrns.toDigitalLink(text);
            } else {
                link = DigitalLink.parse(text, DigitalLinkOptions.EVENT_HASH);
            }
        } catch (InvalidGs1DataException e) {
            throw e instanceof InvalidDigitalLinkException dl ? dl : new InvalidDigitalLinkException(e);
        } catch (RuntimeException e) {
            throw new InvalidDigitalLinkException(Gs1Problem.NOT_AN_IDENTIFIER, text);
        }
        return constrained(link).toUri(DigitalLink.CANONICAL_STEM);
    }

    /**
     * The canonical Digital Link, or empty when the text is not a GS1 identifier we can read. Answers
     * are remembered (ADR 0083): a capture asks for each EPC twice (event hash, stored EPCs) and for
     * its locations and CBV URIs in every event, and a text that is no identifier costs exceptions.
     */
    public static Optional<String> tryCanonicalDigitalLink(String urnOrDigitalLink) {
        return CANONICAL.get(urnOrDigitalLink, EpcIdentifiers::readCanonical);
    }

    private static final Cache<String, Optional<String>> CANONICAL =
            Caffeine.newBuilder().maximumSize(20_000).build();

    private static Optional<String> readCanonical(String urnOrDigitalLink) {
        try {
            return Optional.of(toCanonicalDigitalLink(urnOrDigitalLink));
        } catch (InvalidGs1DataException e) {
            return Optional.empty();
        }
    }

    /** Whether two identifiers name the same thing; texts that are not GS1 identifiers must be equal. */
    public static boolean sameIdentifier(String a, String b) {
        Optional<String> left = tryCanonicalDigitalLink(a);
        Optional<String> right = tryCanonicalDigitalLink(b);
        if (left.isPresent() && right.isPresent()) {
            return left.get().equals(right.get());
        }
        return a.strip().equals(b.strip());
    }

    /** The key with only its finest qualifier; a CPV (22) alone is dropped, it refines nothing below the GTIN. */
    static DigitalLink constrained(DigitalLink link) {
        List<AiValue> kept = new ArrayList<>();
        List<AiValue> qualifiers = link.keyQualifiers();
        if (!qualifiers.isEmpty()) {
            AiValue finest = qualifiers.get(qualifiers.size() - 1);
            if (!finest.ai().equals("22")) {
                kept.add(finest);
            }
        }
        return new DigitalLink(DigitalLink.CANONICAL_STEM, link.primaryKey(), kept, Map.of(), Map.of());
    }

    /** The fields of an EPC URN body after its scheme, {@code *} fields of a pattern left out. */
    static List<String> fields(String body, boolean pattern) {
        List<String> fields = new ArrayList<>(Arrays.asList(body.split("\\.", -1)));
        if (pattern) {
            while (!fields.isEmpty() && fields.get(fields.size() - 1).equals("*")) {
                fields.remove(fields.size() - 1);
            }
        }
        return fields;
    }
}
