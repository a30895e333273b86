package vn.doimoi.ecosystem.vouchers;

/**
 * An enterprise's size as the applicant declares it (micro, small, medium, large: Decree
 * 80/2021's classes); the directory does not keep it, so the application does.
 */
public enum EnterpriseSize {
    MICRO,
    SMALL,
    MEDIUM,
    LARGE;

    /** Whether an enterprise of this size is within a programme open up to {@code largest}. */
    public boolean atMost(EnterpriseSize largest) {
        return compareTo(largest) <= 0;
    }
}
