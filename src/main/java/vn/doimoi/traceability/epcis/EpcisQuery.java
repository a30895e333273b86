package vn.doimoi.traceability.epcis;

import java.time.OffsetDateTime;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A parsed EPCIS query (the {@code GET /events} parameters): every non-empty constraint must
 * hold (AND), any value of a set may match (OR); an empty set or a null bound constrains nothing.
 * CBV values ({@code bizSteps}, {@code dispositions}) are Web URIs; identifiers are as given —
 * compare them through {@code EpcIdentifiers.toCanonicalDigitalLink}.
 */
public record EpcisQuery(
        Set<EpcisEventType> eventTypes,
        @Nullable OffsetDateTime fromEventTime,
        @Nullable OffsetDateTime beforeEventTime,
        @Nullable OffsetDateTime fromRecordTime,
        @Nullable OffsetDateTime beforeRecordTime,
        Set<String> actions,
        Set<String> bizSteps,
        Set<String> dispositions,
        Set<String> readPoints,
        Set<String> bizLocations,
        Set<String> transformationIds,
        Set<String> eventIds,
        Matches matches,
        Page page) {

    /** The identifier constraints, one set per {@code MATCH_*} parameter. */
    public record Matches(
            Set<String> epc,
            Set<String> parentId,
            Set<String> inputEpc,
            Set<String> outputEpc,
            Set<String> anyEpc,
            Set<String> epcClass,
            Set<String> inputEpcClass,
            Set<String> outputEpcClass,
            Set<String> anyEpcClass) {}

    /** Order and size: {@code perPage} (default 30), {@code nextPageToken}, {@code orderBy}, limits. */
    public record Page(
            int perPage,
            @Nullable String nextPageToken,
            @Nullable String orderBy,
            boolean ascending,
            @Nullable Integer eventCountLimit,
            @Nullable Integer maxEventCount) {}
}
