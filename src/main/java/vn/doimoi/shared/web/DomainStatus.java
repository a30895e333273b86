package vn.doimoi.shared.web;

import vn.doimoi.shared.DomainException;

/** The one place where a domain refusal becomes an HTTP status. */
public final class DomainStatus {

    private DomainStatus() {}

    public static int of(DomainException exception) {
        return of(exception.kind());
    }

    public static int of(DomainException.Kind kind) {
        return switch (kind) {
            case INVALID -> 400;
            case SIGN_IN_NEEDED -> 401;
            case FORBIDDEN -> 403;
            case NOT_FOUND -> 404;
            case CONFLICT -> 409;
            case TOO_LARGE -> 413;
            case UNSUPPORTED_TYPE -> 415;
            case REFUSED -> 422;
        };
    }
}
