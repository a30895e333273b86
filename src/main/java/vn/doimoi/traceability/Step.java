package vn.doimoi.traceability;

/**
 * The steps a worker records for a lot from a phone form, each an EPCIS ObjectEvent. CBV 2.0 has
 * no business step for planting, harvesting or on-farm processing, so those three are our own URIs
 * under {@code https://doimoi.vn/voc/bizStep/} (documented in ADR 0061); the others are CBV words.
 *
 * @param bizStep the event's bizStep: a CBV bare word or our URI
 * @param disposition the CBV disposition the lot has after the step
 * @param action ADD for the step that brings the lot into being, OBSERVE otherwise
 */
public enum Step {
    PLANTING("https://doimoi.vn/voc/bizStep/planting", "active", "ADD"),
    HARVEST("https://doimoi.vn/voc/bizStep/harvesting", "active", "OBSERVE"),
    PROCESSING("https://doimoi.vn/voc/bizStep/processing", "active", "OBSERVE"),
    PACKING("packing", "active", "OBSERVE"),
    SHIPPING("shipping", "in_transit", "OBSERVE"),
    RECEIVING("receiving", "in_progress", "OBSERVE");

    private final String bizStep;
    private final String disposition;
    private final String action;

    Step(String bizStep, String disposition, String action) {
        this.bizStep = bizStep;
        this.disposition = disposition;
        this.action = action;
    }

    public String bizStep() {
        return bizStep;
    }

    public String disposition() {
        return disposition;
    }

    public String action() {
        return action;
    }

    /** Where CBV 2.0 business steps live as Web URIs (the stored form of a bare word). */
    static final String CBV_BIZ_STEP = "https://ref.gs1.org/cbv/BizStep-";

    /**
     * The step a stored bizStep names (a bare CBV word, its Web URI as the store normalises it, or
     * our URI); null for a step recorded by another system.
     */
    public static @org.jspecify.annotations.Nullable Step of(@org.jspecify.annotations.Nullable String bizStep) {
        if (bizStep == null) {
            return null;
        }
        String word = bizStep.startsWith(CBV_BIZ_STEP) ? bizStep.substring(CBV_BIZ_STEP.length()) : bizStep;
        for (Step step : values()) {
            if (step.bizStep.equals(word)) {
                return step;
            }
        }
        return null;
    }

    /** Whether a partner (supplier or customer: one step back, one step forward) is asked for. */
    public boolean hasPartner() {
        return this == SHIPPING || this == RECEIVING;
    }
}
