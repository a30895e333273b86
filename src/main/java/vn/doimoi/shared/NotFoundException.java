package vn.doimoi.shared;

/** The requested record does not exist (or is not visible to the reader). */
public class NotFoundException extends DomainException {

    public NotFoundException(String what, Object id) {
        super(Kind.NOT_FOUND, "error.notFound.record", what, id);
    }
}
