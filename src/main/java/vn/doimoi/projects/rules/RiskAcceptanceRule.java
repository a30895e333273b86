package vn.doimoi.projects.rules;

/**
 * Whether a failed task that followed the approved procedures keeps the money it spent (kind
 * {@code risk-acceptance}): no under Law 29/2013, yes under Law 93/2025 art. 9.
 */
public record RiskAcceptanceRule(boolean acceptsRisk) {}
