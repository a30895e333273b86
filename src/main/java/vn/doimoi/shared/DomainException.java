package vn.doimoi.shared;

/**
 * A broken business rule. It carries a message key (in messages_vi.properties) and its
 * arguments, so the web layer shows it in the reader's language, and an HTTP status.
 */
public class DomainException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;
    private final int status;

    public DomainException(String messageKey, Object... arguments) {
        this(422, messageKey, arguments);
    }

    public DomainException(int status, String messageKey, Object... arguments) {
        super(messageKey);
        this.status = status;
        this.messageKey = messageKey;
        this.arguments = arguments;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }

    public int status() {
        return status;
    }
}
