package vn.doimoi.traceability.epcis;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads the EPCIS 2.0 REST query string ({@code GET /events?...}) into an {@link EpcisQuery}.
 * A comma list means "any of these"; a parameter this service does not know, or knows from the
 * EPCIS query language but does not support, is refused rather than silently ignored — a client
 * would otherwise get more events than it asked for and never know.
 */
public final class EpcisQueryParameters {

    /** Results per page when {@code perPage} is absent, as the EPCIS REST binding says. */
    public static final int DEFAULT_PER_PAGE = 30;

    /** The largest page this service serves. */
    public static final int MAX_PER_PAGE = 1000;

    private static final Set<String> ACTIONS = Set.of("ADD", "OBSERVE", "DELETE");
    private static final Set<String> ORDER_BY = Set.of("eventTime", "recordTime");

    /** Parameter families of the EPCIS query language this service does not (yet) answer. */
    private static final Pattern LANGUAGE = Pattern.compile(
            "^(EQ|GT|GE|LT|LE|EXISTS|HASATTR|EQATTR|WD|MATCH|EQ_INNER|GT_INNER|GE_INNER|LT_INNER|LE_INNER"
                    + "|EXISTS_INNER)_.+|^eventCountLimit$|^maxEventCount$");

    private EpcisQueryParameters() {}

    public static EpcisQuery parse(Map<String, List<String>> parameters) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        parameters.forEach((name, given) -> values.put(name, split(name, given)));
        Reader read = new Reader(values);
        Set<EpcisEventType> types = new LinkedHashSet<>();
        for (String type : read.list("eventType")) {
            types.add(EpcisEventType.of(type)
                    .orElseThrow(() -> wrong(
                            "eventType",
                            type,
                            "ObjectEvent, AggregationEvent, TransactionEvent, TransformationEvent, AssociationEvent")));
        }
        Set<String> actions = read.list("EQ_action");
        actions.stream().filter(a -> !ACTIONS.contains(a)).findFirst().ifPresent(a -> {
            throw wrong("EQ_action", a, "ADD, OBSERVE, DELETE");
        });
        EpcisQuery.Matches matches = new EpcisQuery.Matches(
                read.list("MATCH_epc"),
                read.list("MATCH_parentID"),
                read.list("MATCH_inputEPC"),
                read.list("MATCH_outputEPC"),
                read.list("MATCH_anyEPC"),
                read.list("MATCH_epcClass"),
                read.list("MATCH_inputEPCClass"),
                read.list("MATCH_outputEPCClass"),
                read.list("MATCH_anyEPCClass"));
        EpcisQuery query = new EpcisQuery(
                types,
                read.time("GE_eventTime"),
                read.time("LT_eventTime"),
                read.time("GE_recordTime"),
                read.time("LT_recordTime"),
                actions,
                read.vocabulary("EQ_bizStep", CbvVocabulary.BIZ_STEP),
                read.vocabulary("EQ_disposition", CbvVocabulary.DISPOSITION),
                read.list("EQ_readPoint"),
                read.list("EQ_bizLocation"),
                read.list("EQ_transformationID"),
                read.list("EQ_eventID"),
                matches,
                page(read));
        read.refuseTheRest();
        return query;
    }

    private static EpcisQuery.Page page(Reader read) {
        Integer perPage = read.number("perPage", 1, MAX_PER_PAGE);
        String orderBy = read.single("orderBy");
        if (orderBy != null && !ORDER_BY.contains(orderBy)) {
            throw wrong("orderBy", orderBy, "eventTime, recordTime");
        }
        String direction = read.single("orderDirection");
        if (direction != null && !direction.equals("ASC") && !direction.equals("DESC")) {
            throw wrong("orderDirection", direction, "ASC, DESC");
        }
        Integer eventCountLimit = read.number("eventCountLimit", 1, Integer.MAX_VALUE);
        Integer maxEventCount = read.number("maxEventCount", 1, Integer.MAX_VALUE);
        if (eventCountLimit != null && maxEventCount != null) {
            throw new QueryParameterException(
                    "eventCountLimit",
                    "Không được dùng đồng thời eventCountLimit và maxEventCount.",
                    "eventCountLimit and maxEventCount cannot be used together.");
        }
        return new EpcisQuery.Page(
                perPage == null ? DEFAULT_PER_PAGE : perPage,
                read.single("nextPageToken"),
                orderBy,
                "ASC".equals(direction),
                eventCountLimit,
                maxEventCount);
    }

    private static List<String> split(String name, List<String> given) {
        List<String> values = new java.util.ArrayList<>();
        for (String value : given) {
            for (String part : value.split(",", -1)) {
                String trimmed = part.strip();
                if (trimmed.isEmpty()) {
                    throw new QueryParameterException(
                            name,
                            "Tham số " + name + " có giá trị rỗng.",
                            "The parameter " + name + " has an empty value.");
                }
                values.add(trimmed);
            }
        }
        return values;
    }

    private static QueryParameterException wrong(String name, String value, String allowed) {
        return new QueryParameterException(
                name,
                "Giá trị \"" + value + "\" của " + name + " không hợp lệ; được dùng: " + allowed + ".",
                "The value \"" + value + "\" of " + name + " is not allowed; use: " + allowed + ".");
    }

    /** Takes parameters one by one, so whatever is left at the end is unknown. */
    private static final class Reader {

        private final Map<String, List<String>> values;

        Reader(Map<String, List<String>> values) {
            this.values = values;
        }

        Set<String> list(String name) {
            List<String> given = values.remove(name);
            return given == null ? Set.of() : java.util.Collections.unmodifiableSet(new LinkedHashSet<>(given));
        }

        Set<String> vocabulary(String name, CbvVocabulary vocabulary) {
            Set<String> canonical = new LinkedHashSet<>();
            list(name).forEach(value -> canonical.add(vocabulary.canonical(value)));
            return java.util.Collections.unmodifiableSet(canonical);
        }

        @Nullable
        String single(String name) {
            List<String> given = values.remove(name);
            if (given == null) {
                return null;
            }
            if (given.size() != 1) {
                throw new QueryParameterException(
                        name,
                        "Tham số " + name + " chỉ nhận một giá trị.",
                        "The parameter " + name + " takes one value.");
            }
            return given.get(0);
        }

        @Nullable
        OffsetDateTime time(String name) {
            String value = single(name);
            if (value == null) {
                return null;
            }
            try {
                return OffsetDateTime.parse(value);
            } catch (DateTimeParseException e) {
                throw new QueryParameterException(
                        name,
                        name + " phải là ngày giờ ISO 8601 có múi giờ, ví dụ 2026-12-07T08:30:00+07:00 (đang là \""
                                + value + "\").",
                        name + " must be an ISO 8601 date-time with an offset, e.g. 2026-12-07T08:30:00+07:00 (got \""
                                + value + "\").");
            }
        }

        @Nullable
        Integer number(String name, int min, int max) {
            String value = single(name);
            if (value == null) {
                return null;
            }
            try {
                int number = Integer.parseInt(value);
                if (number >= min && number <= max) {
                    return number;
                }
            } catch (NumberFormatException e) {
                // answered below, as any out-of-range value
            }
            throw new QueryParameterException(
                    name,
                    name + " phải là số nguyên từ " + min + " đến " + max + " (đang là \"" + value + "\").",
                    name + " must be a whole number from " + min + " to " + max + " (got \"" + value + "\").");
        }

        void refuseTheRest() {
            for (String name : values.keySet()) {
                if (LANGUAGE.matcher(name).matches()) {
                    throw new QueryParameterException(
                            name,
                            "Tham số truy vấn EPCIS " + name + " chưa được hệ thống hỗ trợ.",
                            "The EPCIS query parameter " + name + " is not supported by this service.");
                }
                throw new QueryParameterException(
                        name,
                        "Không có tham số truy vấn EPCIS tên " + name + ".",
                        "There is no EPCIS query parameter named " + name + ".");
            }
        }
    }
}
