package vn.doimoi.demo;

/** Who is who in the demo: the keys the demo's loaders use to find each other's content. */
final class DemoCast {

    /** The demo enterprise, Mộc Hoá Agritech; its member is the user {@code doanhnghiep}. */
    static final String ENTERPRISE_TAX_CODE = "1100601172";

    /** The demo university, employer of the expert {@code chuyengia}. */
    static final String UNIVERSITY_TAX_CODE = "1102003812";

    /** The demo technology-transfer consultancy; its member is the broker {@code moigioi}. */
    static final String BROKER_TAX_CODE = "1101122334";

    /** Every demo user's password, listed in the README. */
    static final String PASSWORD = "doimoi-demo-2026";

    private DemoCast() {}
}
