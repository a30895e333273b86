package vn.doimoi.demo;

import java.util.EnumSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import vn.doimoi.directory.OrganisationType;
import vn.doimoi.market.CooperationMode;
import vn.doimoi.market.ListingKind;
import vn.doimoi.market.ServiceKind;

/**
 * One demo listing: who offers or asks (by the kind of organisation), what, and on what terms.
 * The factories name each kind's fields, so the lists of offers, demands and services read as
 * a catalogue.
 */
record DemoListing(
        ListingKind kind,
        OrganisationType owner,
        String title,
        String summary,
        String problem,
        String details,
        String fieldCode,
        @Nullable Integer trl,
        Set<CooperationMode> modes,
        long priceMin,
        long priceMax,
        boolean anonymous,
        @Nullable ServiceKind service) {

    static final Set<CooperationMode> LICENCE = EnumSet.of(CooperationMode.LICENCE);
    static final Set<CooperationMode> SALE = EnumSet.of(CooperationMode.SALE, CooperationMode.LICENCE);
    static final Set<CooperationMode> JOINT = EnumSet.of(CooperationMode.JOINT_RND, CooperationMode.CONSULTANCY);
    static final Set<CooperationMode> CONSULT = EnumSet.of(CooperationMode.CONSULTANCY);

    static DemoListing offer(
            OrganisationType owner,
            String title,
            String summary,
            String problem,
            String advantages,
            String code,
            int trl,
            Set<CooperationMode> modes,
            long min,
            long max) {
        return new DemoListing(
                ListingKind.OFFER, owner, title, summary, problem, advantages, code, trl, modes, min, max, false, null);
    }

    static DemoListing demand(
            String title,
            String summary,
            String problem,
            String requirements,
            String code,
            int trl,
            Set<CooperationMode> modes,
            long min,
            long max,
            boolean anonymous) {
        return new DemoListing(
                ListingKind.DEMAND,
                OrganisationType.ENTERPRISE,
                title,
                summary,
                problem,
                requirements,
                code,
                trl,
                modes,
                min,
                max,
                anonymous,
                null);
    }

    static DemoListing service(
            ServiceKind kind, String title, String summary, String details, String code, long min, long max) {
        return new DemoListing(
                ListingKind.SERVICE,
                OrganisationType.SERVICE_PROVIDER,
                title,
                summary,
                details,
                details,
                code,
                null,
                CONSULT,
                min,
                max,
                false,
                kind);
    }

    static final OrganisationType UNI = OrganisationType.UNIVERSITY;
    static final OrganisationType INST = OrganisationType.INSTITUTE;
    static final OrganisationType ENT = OrganisationType.ENTERPRISE;
}
