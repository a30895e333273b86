package vn.doimoi.traceability.api;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * EPCIS capture (ADR 0063): {@code POST /epcis/capture} takes a document and answers 202 with the
 * job to poll; {@code POST /epcis/events} takes one event and answers 201 once it is stored.
 */
@RestController
class EpcisCaptureController extends EpcisEndpoints {

    static final String ERROR_BEHAVIOUR = "GS1-Capture-Error-Behaviour";

    private final CaptureJobs jobs;

    EpcisCaptureController(CaptureJobs jobs, MessageSource messages) {
        super(messages);
        this.jobs = jobs;
    }

    @PostMapping("/epcis/capture")
    ResponseEntity<Void> capture(
            HttpServletRequest request,
            @RequestHeader(name = ERROR_BEHAVIOUR, required = false) @Nullable String behaviour)
            throws IOException {
        boolean proceed = proceed(behaviour);
        UUID job = jobs.start(client(), body(request), proceed, locale());
        return ResponseEntity.accepted()
                .location(URI.create("/epcis/capture/" + job))
                .build();
    }

    @GetMapping("/epcis/capture")
    List<CaptureJob> recent() {
        return jobs.recent(client());
    }

    @GetMapping("/epcis/capture/{id}")
    ResponseEntity<?> job(@PathVariable String id) {
        UUID job;
        try {
            job = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            return noSuchJob();
        }
        return jobs.find(client(), job)
                .<ResponseEntity<?>>map(ResponseEntity::ok)
                .orElseGet(EpcisCaptureController::noSuchJob);
    }

    @PostMapping("/epcis/events")
    ResponseEntity<Map<String, String>> event(HttpServletRequest request) throws IOException {
        String eventId = jobs.captureOne(client(), body(request), locale());
        return ResponseEntity.created(URI.create("/epcis/events/" + IdentifierPaths.segment(eventId)))
                .body(Map.of("eventID", eventId));
    }

    private static ResponseEntity<ProblemDetail> noSuchJob() {
        return notFound("Không có lần ghi nhận này.", "There is no such capture job.");
    }

    private static boolean proceed(@Nullable String behaviour) {
        if (behaviour == null || behaviour.isBlank() || behaviour.strip().equals("rollback")) {
            return false;
        }
        if (behaviour.strip().equals("proceed")) {
            return true;
        }
        throw new CaptureRefused(
                400,
                EpcisProblem.VALIDATION,
                ERROR_BEHAVIOUR + " chỉ nhận rollback hoặc proceed.",
                ERROR_BEHAVIOUR + " takes rollback or proceed.",
                List.of());
    }

    /** The body, refused with a 413 past the announced size without reading further. */
    private static String body(HttpServletRequest request) throws IOException {
        byte[] bytes = new byte[0];
        if (request.getContentLengthLong() <= CaptureLimits.BYTES) {
            try (InputStream in = request.getInputStream()) {
                bytes = in.readNBytes(CaptureLimits.BYTES + 1);
            }
        }
        if (request.getContentLengthLong() > CaptureLimits.BYTES || bytes.length > CaptureLimits.BYTES) {
            throw new CaptureRefused(
                    413,
                    EpcisProblem.CAPTURE_LIMIT,
                    "Tài liệu lớn hơn giới hạn " + CaptureLimits.BYTES + " byte mỗi lần ghi nhận.",
                    "The document is larger than the limit of " + CaptureLimits.BYTES + " bytes per capture.",
                    List.of());
        }
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
