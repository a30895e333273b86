package vn.doimoi.market;

/** Why a deal stopped: structured, so the reasons can be counted and matching can learn. */
public enum DeclineReason {
    NOT_RELEVANT,
    TOO_EARLY_STAGE,
    PRICE,
    ADVANTAGE_UNCLEAR,
    COMMERCIAL_ROUTE_UNCLEAR,
    ALREADY_PARTNERED,
    NO_RESPONSE,
    OTHER
}
