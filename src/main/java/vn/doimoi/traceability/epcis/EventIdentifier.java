package vn.doimoi.traceability.epcis;

/**
 * An identifier an event names, with the place it is named in: the store indexes these for the
 * {@code MATCH_*} queries. The value is as the sender wrote it with CURIEs expanded; an EPC URN
 * and a Digital Link URI of the same object stay different strings here — compare them through
 * {@code EpcIdentifiers.toCanonicalDigitalLink}.
 */
public record EventIdentifier(Role role, String value) {

    /** Where in the event the identifier stands. */
    public enum Role {
        /** {@code epcList} (Object and Transaction events). */
        EPC,
        /** {@code childEPCs} (Aggregation and Association events). */
        CHILD_EPC,
        /** {@code parentID}. */
        PARENT_ID,
        /** {@code inputEPCList} (Transformation events). */
        INPUT_EPC,
        /** {@code outputEPCList} (Transformation events). */
        OUTPUT_EPC,
        /** {@code epcClass} of a {@code quantityList} element. */
        EPC_CLASS,
        /** {@code epcClass} of a {@code childQuantityList} element. */
        CHILD_EPC_CLASS,
        /** {@code epcClass} of an {@code inputQuantityList} element. */
        INPUT_EPC_CLASS,
        /** {@code epcClass} of an {@code outputQuantityList} element. */
        OUTPUT_EPC_CLASS;

        /** Whether this is a class-level identifier (a quantity's {@code epcClass}). */
        public boolean isClass() {
            return name().endsWith("CLASS");
        }
    }
}
