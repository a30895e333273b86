package vn.doimoi.traceability.epcis;

/**
 * One broken EPCIS rule: where (a JSON pointer into the document as sent, RFC 6901), which rule
 * (a stable code such as {@code action.invalid}, for programs and tests) and why, in Vietnamese
 * and in English.
 */
public record EpcisViolation(String pointer, String code, String vietnamese, String english) {

    @Override
    public String toString() {
        return pointer + " [" + code + "] " + english;
    }
}
