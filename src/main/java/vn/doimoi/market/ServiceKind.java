package vn.doimoi.market;

/** The services of technology-transfer intermediaries (Technology Transfer Law 2017, ch. IV). */
public enum ServiceKind {
    BROKERAGE,
    CONSULTING,
    ASSESSMENT,
    VALUATION,
    INSPECTION,
    PROMOTION,
    INTELLECTUAL_PROPERTY,
    STANDARDS_METROLOGY_QUALITY,
    TESTING
}
