package vn.doimoi.traceability.gs1;

/** A GS1 Digital Link URI (or an identifier meant to become one) that breaks the URI syntax rules. */
public class InvalidDigitalLinkException extends InvalidGs1DataException {

    public InvalidDigitalLinkException(Gs1Problem problem, Object... details) {
        super(problem, details);
    }

    /** The same refusal, from a lower layer that reported it as GS1 data. */
    InvalidDigitalLinkException(InvalidGs1DataException cause) {
        super(cause);
    }
}
