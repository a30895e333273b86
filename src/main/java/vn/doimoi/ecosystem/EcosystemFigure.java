package vn.doimoi.ecosystem;

/**
 * The ecosystem's figures that Programme 54-CTr/TU follows as indicators (issue 21, "Figures").
 * Each is counted by the package that owns the records, through an {@link EcosystemFigureSource};
 * the programme's computed indicators name them by {@link #key()}.
 */
public enum EcosystemFigure {
    /** Startups the Department recognised or supported (task group 5). */
    STARTUPS_SUPPORTED,
    /** Incubators, innovation and startup-support centres, intermediaries and investors recognised (task group 5). */
    INNOVATION_ORGANISATIONS,
    /** Innovation vouchers granted (Decree 268/2025). */
    VOUCHERS_GRANTED,
    /** Vouchers redeemed, delivered and confirmed. */
    VOUCHERS_USED,
    /** Enterprises keeping an S&T development fund in doimoi (task group 2). */
    ENTERPRISES_WITH_FUND,
    /** What those funds spent on eligible uses, in million VND. */
    FUND_SPENDING_MILLION_VND,
    /** Initiatives recognised by a decision (task group 1). */
    INITIATIVES_RECOGNISED,
    /** Fairs, workshops and forums held (task groups 5 and 6). */
    EVENTS_HELD,
    /** B2B meetings held at those events. */
    MEETINGS_HELD,
    /** Provincial S&T awards given by a decision (task group 1, Decree 263/2025). */
    AWARDS_GIVEN;

    /** The computation key of a programme indicator counting this figure. */
    public String key() {
        return "ECOSYSTEM_" + name();
    }
}
