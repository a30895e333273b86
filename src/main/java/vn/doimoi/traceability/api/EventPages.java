package vn.doimoi.traceability.api;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import tools.jackson.databind.json.JsonMapper;
import vn.doimoi.traceability.epcis.EpcisQuery;
import vn.doimoi.traceability.epcis.EpcisQueryParameters;

/**
 * One page of a query's events as the REST binding answers it: an EPCIS query document, and the next
 * page's URL in {@code Link: <…>; rel="next"} carrying {@code nextPageToken}.
 */
@Component
class EventPages {

    private final EventQueries queries;
    private final JsonMapper json;
    private final Clock clock;

    EventPages(EventQueries queries, JsonMapper json, Clock clock) {
        this.queries = queries;
        this.json = json;
        this.clock = clock;
    }

    ResponseEntity<String> page(
            ApiClient client, HttpServletRequest request, Map<String, List<String>> parameters, String queryName) {
        EpcisQuery query = EpcisQueryParameters.parse(parameters);
        EventQueries.Page page = queries.events(client.organisationId(), query);
        ResponseEntity.BodyBuilder answer =
                ResponseEntity.ok().header(HttpHeaders.CONTENT_TYPE, EpcisEndpoints.JSON_LD);
        if (page.nextPageToken() != null) {
            answer.header(HttpHeaders.LINK, next(request, page.nextPageToken()));
        }
        return answer.body(QueryDocuments.of(json, queryName, page.documents(), clock.instant()));
    }

    static String next(HttpServletRequest request, String token) {
        String url = ServletUriComponentsBuilder.fromRequest(request)
                .replaceQueryParam("nextPageToken", token)
                .build()
                .encode()
                .toUriString();
        return "<" + url + ">; rel=\"next\"";
    }
}
