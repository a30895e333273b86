package vn.doimoi.traceability.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.doimoi.traceability.epcis.EpcisDocument;
import vn.doimoi.traceability.epcis.EpcisDocuments;
import vn.doimoi.traceability.epcis.EpcisEvent;
import vn.doimoi.traceability.epcis.EpcisReadException;
import vn.doimoi.traceability.epcis.EpcisValidator;
import vn.doimoi.traceability.epcis.EpcisViolation;

/**
 * Reads and validates what a client sends for capture, before any job starts: an unreadable or
 * oversized document, a broken envelope, or (under {@code rollback}) any invalid event refuses the
 * whole capture at once with every rule it breaks; under {@code proceed} the invalid events are set
 * aside and reported by the job, the valid ones are stored.
 */
final class CaptureDocuments {

    private static final Pattern EVENT_POINTER = Pattern.compile("^/epcisBody/eventList/(\\d+)(/.*)?$");

    private CaptureDocuments() {}

    /** The events to store, and those set aside (by index in the document) with their errors. */
    record Checked(List<EpcisEvent> valid, List<CaptureError> skipped) {}

    static Checked check(String body, boolean proceed, Locale locale) {
        EpcisDocument document = read(body, locale);
        if (document.events().size() > CaptureLimits.EVENTS) {
            throw new CaptureRefused(
                    413,
                    EpcisProblem.CAPTURE_LIMIT,
                    "Tài liệu có " + document.events().size() + " sự kiện, quá giới hạn " + CaptureLimits.EVENTS
                            + " sự kiện mỗi lần ghi nhận.",
                    "The document has " + document.events().size() + " events, over the limit of "
                            + CaptureLimits.EVENTS + " events per capture.",
                    List.of());
        }
        List<EpcisViolation> violations = EpcisValidator.validate(document);
        List<CaptureError> envelope = new ArrayList<>();
        Map<Integer, List<CaptureError>> byEvent = new LinkedHashMap<>();
        for (EpcisViolation violation : violations) {
            CaptureError error = error(violation, locale);
            Matcher event = EVENT_POINTER.matcher(violation.pointer());
            if (event.matches() && !document.bareEvent()) {
                byEvent.computeIfAbsent(Integer.parseInt(event.group(1)), i -> new ArrayList<>())
                        .add(error);
            } else {
                envelope.add(error);
            }
        }
        if (!envelope.isEmpty() || (!byEvent.isEmpty() && !proceed)) {
            List<CaptureError> all = new ArrayList<>(envelope);
            byEvent.values().forEach(all::addAll);
            throw invalid(all);
        }
        List<EpcisEvent> valid = new ArrayList<>();
        List<CaptureError> skipped = new ArrayList<>();
        for (int i = 0; i < document.events().size(); i++) {
            List<CaptureError> errors = byEvent.get(i);
            if (errors == null) {
                valid.add(document.events().get(i));
            } else {
                skipped.addAll(errors);
            }
        }
        return new Checked(valid, skipped);
    }

    static CaptureRefused invalid(List<CaptureError> errors) {
        CaptureError first = errors.get(0);
        return new CaptureRefused(
                400,
                EpcisProblem.VALIDATION,
                "Tài liệu EPCIS không hợp lệ (" + errors.size() + " lỗi); lỗi đầu tiên tại " + first.pointer() + ": "
                        + first.detail(),
                "The EPCIS document is invalid (" + errors.size() + " errors); the first at " + first.pointer() + ": "
                        + first.detail(),
                errors);
    }

    private static EpcisDocument read(String body, Locale locale) {
        try {
            return EpcisDocuments.read(body);
        } catch (EpcisReadException e) {
            String vietnamese = String.valueOf(e.getMessage());
            throw new CaptureRefused(
                    400,
                    EpcisProblem.VALIDATION,
                    vietnamese,
                    e.english(),
                    List.of(new CaptureError(
                            "", "document.unreadable", EpcisProblem.inEnglish(locale) ? e.english() : vietnamese)));
        }
    }

    private static CaptureError error(EpcisViolation violation, Locale locale) {
        return new CaptureError(
                violation.pointer(),
                violation.code(),
                EpcisProblem.inEnglish(locale) ? violation.english() : violation.vietnamese());
    }
}
