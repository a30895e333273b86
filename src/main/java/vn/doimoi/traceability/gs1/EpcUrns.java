package vn.doimoi.traceability.gs1;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** EPC pure-identity URNs (and patterns, and the LGTIN class) as Digital Links, per the EPC Tag Data Standard. */
final class EpcUrns {

    private EpcUrns() {}

    static DigitalLink toDigitalLink(String urn) {
        String[] head = urn.split(":", 5);
        if (head.length != 5) {
            throw notAnEpc(urn);
        }
        String kind = head[2].toLowerCase(Locale.ROOT);
        String scheme = head[3].toLowerCase(Locale.ROOT);
        boolean pattern = kind.equals("idpat");
        if (kind.equals("class") && !scheme.equals("lgtin")) {
            throw notAnEpc(urn);
        }
        List<String> f = EpcIdentifiers.fields(head[4], pattern);
        if (f.size() < 2 && !(pattern && f.size() >= 1)) {
            throw notAnEpc(urn);
        }
        for (int i = 0; i < f.size(); i++) {
            f.set(i, UriEscaping.unescapePath(f.get(i)));
        }
        String cp = f.get(0);
        List<AiValue> path = new ArrayList<>();
        switch (scheme) {
            case "sgtin", "lgtin", "upui" -> {
                path.add(new AiValue("01", gtin(cp, at(f, 1, urn))));
                if (f.size() > 2) {
                    path.add(new AiValue(
                            scheme.equals("sgtin") ? "21" : scheme.equals("lgtin") ? "10" : "235", f.get(2)));
                }
            }
            case "sscc" -> path.add(new AiValue("00", withCheck(moveIndicator(cp, at(f, 1, urn)), 17, urn)));
            case "sgln" -> {
                path.add(new AiValue("414", withCheck(cp + at(f, 1, urn), 12, urn)));
                if (f.size() > 2 && !f.get(2).equals("0") && !f.get(2).isEmpty()) {
                    path.add(new AiValue("254", f.get(2)));
                }
            }
            case "grai" -> path.add(new AiValue("8003", "0" + withCheck(cp + at(f, 1, urn), 12, urn) + rest(f, 2)));
            case "giai" -> path.add(new AiValue("8004", cp + at(f, 1, urn)));
            case "gsrn" -> path.add(new AiValue("8018", withCheck(cp + at(f, 1, urn), 17, urn)));
            case "gsrnp" -> path.add(new AiValue("8017", withCheck(cp + at(f, 1, urn), 17, urn)));
            case "gdti" -> path.add(new AiValue("253", withCheck(cp + at(f, 1, urn), 12, urn) + rest(f, 2)));
            case "sgcn" -> path.add(new AiValue("255", withCheck(cp + at(f, 1, urn), 12, urn) + rest(f, 2)));
            case "cpi" -> {
                path.add(new AiValue("8010", cp + at(f, 1, urn)));
                if (f.size() > 2) {
                    path.add(new AiValue("8011", f.get(2)));
                }
            }
            case "ginc" -> path.add(new AiValue("401", cp + at(f, 1, urn)));
            case "gsin" -> path.add(new AiValue("402", withCheck(cp + at(f, 1, urn), 16, urn)));
            case "pgln" -> path.add(new AiValue("417", withCheck(cp + at(f, 1, urn), 12, urn)));
            case "itip" -> {
                if (f.size() < 4) {
                    throw notAnEpc(urn);
                }
                path.add(new AiValue("8006", gtin(cp, f.get(1)) + f.get(2) + f.get(3)));
                if (f.size() > 4) {
                    path.add(new AiValue("21", f.get(4)));
                }
            }
            default -> throw notAnEpc(urn);
        }
        return DigitalLinkRules.checked(
                Gs1Dictionary.standard(),
                DigitalLinkOptions.EVENT_HASH,
                DigitalLink.CANONICAL_STEM,
                path.get(0),
                path.subList(1, path.size()),
                Map.of(),
                Map.of());
    }

    private static String at(List<String> fields, int index, String urn) {
        if (index >= fields.size()) {
            throw notAnEpc(urn);
        }
        return fields.get(index);
    }

    private static String rest(List<String> fields, int index) {
        return index < fields.size() ? fields.get(index) : "";
    }

    /** GTIN-14: the indicator digit (first of the item reference) goes first, the check digit last. */
    private static String gtin(String companyPrefix, String indicatorAndItem) {
        return withCheck(moveIndicator(companyPrefix, indicatorAndItem), 13, companyPrefix + "." + indicatorAndItem);
    }

    private static String moveIndicator(String companyPrefix, String indicatorAndRef) {
        if (indicatorAndRef.isEmpty()) {
            return companyPrefix;
        }
        return indicatorAndRef.charAt(0) + companyPrefix + indicatorAndRef.substring(1);
    }

    private static String withCheck(String digits, int length, String urn) {
        if (digits.length() != length || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw notAnEpc(urn);
        }
        return digits + CheckDigit.mod10(digits);
    }

    private static InvalidDigitalLinkException notAnEpc(String urn) {
        return new InvalidDigitalLinkException(Gs1Problem.NOT_AN_IDENTIFIER, urn);
    }
}
