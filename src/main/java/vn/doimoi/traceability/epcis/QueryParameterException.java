package vn.doimoi.traceability.epcis;

/**
 * A query the EPCIS query language refuses ({@code epcisException:QueryParameterException}): an
 * unknown or unsupported parameter, a value of the wrong form, or limits that contradict each
 * other. The message is Vietnamese; {@link #english()} gives the same in English.
 */
public class QueryParameterException extends RuntimeException {

    private final String parameter;
    private final String english;

    QueryParameterException(String parameter, String vietnamese, String english) {
        super(vietnamese);
        this.parameter = parameter;
        this.english = english;
    }

    /** The parameter at fault. */
    public String parameter() {
        return parameter;
    }

    public String english() {
        return english;
    }
}
