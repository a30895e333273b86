package vn.doimoi.ecosystem.awards;

import java.util.UUID;

/** The addresses of the award pages, for notices, "Việc của tôi" and redirects. */
public final class AwardPages {

    private AwardPages() {}

    public static String round(UUID roundId) {
        return "/ecosystem/awards/" + roundId;
    }

    public static String staffRound(UUID roundId) {
        return "/staff/ecosystem/awards/" + roundId;
    }

    public static String nomination(UUID nominationId) {
        return "/ecosystem/awards/nominations/" + nominationId;
    }
}
