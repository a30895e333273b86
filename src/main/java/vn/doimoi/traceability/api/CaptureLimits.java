package vn.doimoi.traceability.api;

/**
 * What one capture may hold, announced on {@code OPTIONS}/{@code GET} of {@code /epcis/capture}
 * ({@code GS1-EPCIS-Capture-Limit}, {@code GS1-EPCIS-Capture-File-Size-Limit}) and enforced with a
 * 413: a document held in memory whole must stay well inside the server's heap.
 */
final class CaptureLimits {

    static final int EVENTS = 10_000;
    static final int BYTES = 20 * 1024 * 1024;

    private CaptureLimits() {}
}
