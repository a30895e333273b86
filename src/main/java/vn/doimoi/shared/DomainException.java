package vn.doimoi.shared;

/**
 * A broken business rule. It carries a message key (in messages_vi.properties), its arguments
 * and the {@link Kind} of refusal; it knows nothing of HTTP — the web layer ({@code
 * shared.web.DomainStatus}) turns the kind into a status, so the domain reads the same whether
 * a page, the API or a scheduled job called it.
 */
public class DomainException extends RuntimeException {

    /** What sort of refusal this is, in the domain's words. */
    public enum Kind {
        /** The input itself is malformed or out of range. */
        INVALID,
        /** Only a signed-in person may do this. */
        SIGN_IN_NEEDED,
        /** This person may not do this to this record. */
        FORBIDDEN,
        /** No such record, or not one the reader may see. */
        NOT_FOUND,
        /** The record is not in a state that allows it, or someone changed it first. */
        CONFLICT,
        /** A file or text is larger than allowed. */
        TOO_LARGE,
        /** A file's content is not of an accepted type. */
        UNSUPPORTED_TYPE,
        /** The input is well-formed but a business rule refuses it. */
        REFUSED
    }

    private final String messageKey;
    private final transient Object[] arguments;
    private final Kind kind;

    public DomainException(String messageKey, Object... arguments) {
        this(Kind.REFUSED, messageKey, arguments);
    }

    public DomainException(Kind kind, String messageKey, Object... arguments) {
        super(messageKey);
        this.kind = kind;
        this.messageKey = messageKey;
        this.arguments = arguments;
    }

    public static DomainException invalid(String messageKey, Object... arguments) {
        return new DomainException(Kind.INVALID, messageKey, arguments);
    }

    public static DomainException signInNeeded(String messageKey, Object... arguments) {
        return new DomainException(Kind.SIGN_IN_NEEDED, messageKey, arguments);
    }

    public static DomainException forbidden(String messageKey, Object... arguments) {
        return new DomainException(Kind.FORBIDDEN, messageKey, arguments);
    }

    public static DomainException notFound(String messageKey, Object... arguments) {
        return new DomainException(Kind.NOT_FOUND, messageKey, arguments);
    }

    public static DomainException conflict(String messageKey, Object... arguments) {
        return new DomainException(Kind.CONFLICT, messageKey, arguments);
    }

    public static DomainException tooLarge(String messageKey, Object... arguments) {
        return new DomainException(Kind.TOO_LARGE, messageKey, arguments);
    }

    public static DomainException unsupportedType(String messageKey, Object... arguments) {
        return new DomainException(Kind.UNSUPPORTED_TYPE, messageKey, arguments);
    }

    public static DomainException refused(String messageKey, Object... arguments) {
        return new DomainException(Kind.REFUSED, messageKey, arguments);
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }

    public Kind kind() {
        return kind;
    }

    public boolean isNotFound() {
        return kind == Kind.NOT_FOUND;
    }
}
