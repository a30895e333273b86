package vn.doimoi.projects.results;

/** How a registered result is brought to market (Law 93/2025: licence, sale, capital contribution, spin-off). */
public enum CommercialisationKind {
    LICENCE,
    SALE,
    CAPITAL_CONTRIBUTION,
    SPIN_OFF
}
