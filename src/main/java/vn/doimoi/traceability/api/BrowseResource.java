package vn.doimoi.traceability.api;

import java.util.Arrays;
import java.util.Optional;

/**
 * The EPCIS 2.0 REST browse resources over the stored events ({@code /epcis/bizSteps}, …): each lists
 * the distinct values its column holds, and its {@code /{value}/events} are the events with that value.
 */
enum BrowseResource {
    EPCS("epcs", "", "MATCH_anyEPC"),
    BIZ_STEPS("bizSteps", "biz_step", "EQ_bizStep"),
    BIZ_LOCATIONS("bizLocations", "biz_location", "EQ_bizLocation"),
    READ_POINTS("readPoints", "read_point", "EQ_readPoint"),
    DISPOSITIONS("dispositions", "disposition", "EQ_disposition");

    final String path;
    final String column;
    /** The query parameter that selects the events of one value. */
    final String parameter;

    BrowseResource(String path, String column, String parameter) {
        this.path = path;
        this.column = column;
        this.parameter = parameter;
    }

    static Optional<BrowseResource> of(String path) {
        return Arrays.stream(values()).filter(r -> r.path.equals(path)).findFirst();
    }
}
