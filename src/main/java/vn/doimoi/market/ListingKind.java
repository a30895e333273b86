package vn.doimoi.market;

/** The three kinds of listing. */
public enum ListingKind {
    /** Công nghệ chào bán. */
    OFFER,
    /** Nhu cầu công nghệ, bài toán. */
    DEMAND,
    /** Dịch vụ: brokerage, consulting, appraisal, valuation, IP, standards, testing. */
    SERVICE
}
