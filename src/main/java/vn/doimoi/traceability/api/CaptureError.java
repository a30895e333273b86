package vn.doimoi.traceability.api;

/**
 * One reason a captured event or document was refused, as a client reads it in a problem or a
 * capture job: where (a JSON pointer into the document sent), which rule, and why.
 */
record CaptureError(String pointer, String code, String detail) {}
