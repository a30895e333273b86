package vn.doimoi.traceability.api;

import java.util.List;

/** A capture refused before it starts: the document is unreadable, invalid or over the limits. */
class CaptureRefused extends RuntimeException {

    private final int status;
    private final String exception;
    private final String english;
    private final List<CaptureError> errors;

    CaptureRefused(int status, String exception, String vietnamese, String english, List<CaptureError> errors) {
        super(vietnamese);
        this.status = status;
        this.exception = exception;
        this.english = english;
        this.errors = List.copyOf(errors);
    }

    int status() {
        return status;
    }

    String exception() {
        return exception;
    }

    String english() {
        return english;
    }

    List<CaptureError> errors() {
        return errors;
    }
}
