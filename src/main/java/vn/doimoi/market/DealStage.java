package vn.doimoi.market;

/** A deal from the expression of interest to the registered transfer contract. */
public enum DealStage {
    INTEREST,
    INTRODUCTION,
    NEGOTIATION,
    SIGNED,
    REGISTERED,
    DECLINED;

    public boolean isOpen() {
        return this == INTEREST || this == INTRODUCTION || this == NEGOTIATION;
    }
}
