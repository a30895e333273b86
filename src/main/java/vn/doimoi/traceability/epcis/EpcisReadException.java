package vn.doimoi.traceability.epcis;

/**
 * The input is not an EPCIS document at all (not JSON, not an object, no event list): nothing
 * to validate. Its message is Vietnamese; {@link #english()} is for API clients that ask for it.
 */
public class EpcisReadException extends RuntimeException {

    private final String english;

    EpcisReadException(String vietnamese, String english, Throwable cause) {
        super(vietnamese, cause);
        this.english = english;
    }

    EpcisReadException(String vietnamese, String english) {
        super(vietnamese);
        this.english = english;
    }

    /** The same reason in English. */
    public String english() {
        return english;
    }
}
