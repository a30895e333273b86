package vn.doimoi.traceability.epcis;

import java.util.List;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * The EPCIS 2.0 / CBV 2.0 rules a captured document must keep, written by hand: GS1's JSON
 * schema may not be redistributed (ADR 0060), so these rules follow the standard's text and are
 * held to account by the OpenEPCIS valid and invalid corpus. An empty list means valid.
 */
public final class EpcisValidator {

    static final Pattern DATE_TIME_STAMP = Pattern.compile(
            "^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])T([01]\\d|2[0-3]):[0-5]\\d:([0-5]\\d|60)(\\.\\d+)?"
                    + "(Z|[+-]((0\\d|1[0-3]):[0-5]\\d|14:00))$");

    private EpcisValidator() {}

    /** Every rule the document breaks, in document order; empty when it is valid. */
    public static List<EpcisViolation> validate(EpcisDocument document) {
        Violations violations = new Violations();
        if (document.context() == null) {
            violations.add(
                    "/@context",
                    "context.missing",
                    "Thiếu @context: tài liệu JSON-LD EPCIS phải nêu ngữ cảnh " + EpcisContexts.CURRENT + ".",
                    "@context is missing: an EPCIS JSON-LD document must name the context " + EpcisContexts.CURRENT
                            + ".");
        } else if (!JsonLdContext.empty().with(document.context()).namesStandardContext()) {
            violations.add(
                    "/@context",
                    "context.standard",
                    "@context phải có ngữ cảnh chuẩn EPCIS 2.0 (" + EpcisContexts.CURRENT + ").",
                    "@context must include the EPCIS 2.0 standard context (" + EpcisContexts.CURRENT + ").");
        }
        if (document.bareEvent()) {
            EventRules.check(document.events().get(0), "", violations);
            return violations.list();
        }
        checkEnvelope(document, violations);
        String list =
                document.isQueryDocument() ? "/epcisBody/queryResults/resultsBody/eventList/" : "/epcisBody/eventList/";
        if (!document.isQueryDocument() && document.json().path("epcisBody").has("event")) {
            list = "/epcisBody/event";
            EventRules.check(document.events().get(0), list, violations);
            return violations.list();
        }
        for (int i = 0; i < document.events().size(); i++) {
            EventRules.check(document.events().get(i), list + i, violations);
        }
        return violations.list();
    }

    /** The rules of one event on its own (a bare event, or one built by a form). */
    public static List<EpcisViolation> validate(EpcisEvent event) {
        Violations violations = new Violations();
        EventRules.check(event, "", violations);
        return violations.list();
    }

    private static void checkEnvelope(EpcisDocument document, Violations violations) {
        if (!document.type().equals("EPCISDocument") && !document.isQueryDocument()) {
            violations.add(
                    "/type",
                    "document.type",
                    "type của tài liệu phải là EPCISDocument hoặc EPCISQueryDocument.",
                    "The document type must be EPCISDocument or EPCISQueryDocument.");
        }
        JsonNode version = document.json().get("schemaVersion");
        if (version == null || !"2.0".equals(version.asString(""))) {
            violations.add(
                    "/schemaVersion",
                    "document.schemaVersion",
                    "schemaVersion phải là \"2.0\".",
                    "schemaVersion must be \"2.0\".");
        }
        JsonNode created = document.json().get("creationDate");
        if (created == null || !Violations.matches(created, DATE_TIME_STAMP)) {
            violations.add(
                    "/creationDate",
                    "document.creationDate",
                    "creationDate phải là ngày giờ ISO 8601 có múi giờ (ví dụ 2026-12-07T08:30:00+07:00).",
                    "creationDate must be an ISO 8601 date-time with an offset (e.g. 2026-12-07T08:30:00+07:00).");
        }
    }
}
