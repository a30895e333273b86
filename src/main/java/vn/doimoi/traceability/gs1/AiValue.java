package vn.doimoi.traceability.gs1;

/** One GS1 element: an Application Identifier and its (decoded) value, e.g. (10) {@code LOT-7}. */
public record AiValue(String ai, String value) {

    /** The bracketed human-readable form, e.g. {@code (10)LOT-7}. */
    public String hri() {
        return "(" + ai + ")" + value;
    }
}
