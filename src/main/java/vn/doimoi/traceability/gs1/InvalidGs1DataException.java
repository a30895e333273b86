package vn.doimoi.traceability.gs1;

import vn.doimoi.shared.DomainException;

/**
 * GS1 data (a key, an AI value, an element string) that breaks the GS1 rules. It is an INVALID
 * domain refusal, so a page or the API answers 400; {@link #getMessage()} is the Vietnamese
 * sentence and {@link #problem()} the machine reason.
 */
public class InvalidGs1DataException extends DomainException {

    /** The message key whose only argument is the Vietnamese sentence. */
    public static final String MESSAGE_KEY = "traceability.gs1.invalid";

    private final Gs1Problem problem;
    private final String sentence;

    public InvalidGs1DataException(Gs1Problem problem, Object... details) {
        this(problem, problem.describe(details));
    }

    /** The same refusal again, under a more precise type. */
    protected InvalidGs1DataException(InvalidGs1DataException cause) {
        this(cause.problem, cause.sentence);
        initCause(cause);
    }

    private InvalidGs1DataException(Gs1Problem problem, String sentence) {
        super(Kind.INVALID, MESSAGE_KEY, sentence);
        this.problem = problem;
        this.sentence = sentence;
    }

    public Gs1Problem problem() {
        return problem;
    }

    /** The machine reason, e.g. {@code bad-check-digit}. */
    public String reason() {
        return problem.code();
    }

    @Override
    public String getMessage() {
        return sentence;
    }
}
