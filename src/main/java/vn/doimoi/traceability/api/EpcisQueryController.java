package vn.doimoi.traceability.api;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;
import vn.doimoi.traceability.epcis.EpcisEventType;
import vn.doimoi.traceability.epcis.EpcisQueryParameters;

/**
 * EPCIS queries over the calling organisation's events (ADR 0063): {@code GET /epcis/events} with the
 * standard's parameters, one event by its eventID, and the browse resources. The next page is given
 * as a {@code Link: <…>; rel="next"} header carrying {@code nextPageToken}, as the REST binding says.
 */
@RestController
class EpcisQueryController extends EpcisEndpoints {

    private final EventQueries queries;
    private final EventPages pages;
    private final JsonMapper json;

    EpcisQueryController(EventQueries queries, EventPages pages, JsonMapper json, MessageSource messages) {
        super(messages);
        this.queries = queries;
        this.pages = pages;
        this.json = json;
    }

    @GetMapping("/epcis/events")
    ResponseEntity<String> events(HttpServletRequest request) {
        return pages.page(client(), request, parameters(request), "SimpleEventQuery");
    }

    /**
     * The event by its eventID, percent-encoded as one path segment ({@code ni%3A%2F%2F%2Fsha-256%3B…}): the
     * firewall lets the encoded {@code /} and {@code ;} through here only ({@link IdentifierFirewall}).
     */
    @GetMapping("/epcis/events/{eventId}")
    ResponseEntity<?> event(@PathVariable String eventId) {
        return queries.event(client().organisationId(), eventId)
                .<ResponseEntity<?>>map(document -> ResponseEntity.ok()
                        .header(HttpHeaders.CONTENT_TYPE, JSON_LD)
                        .body(document))
                .orElseGet(() -> notFound("Không có sự kiện " + eventId + ".", "There is no event " + eventId + "."));
    }

    @GetMapping("/epcis/eventTypes")
    ResponseEntity<String> eventTypes() {
        return collection(Arrays.stream(EpcisEventType.values()).map(Enum::name).toList());
    }

    @GetMapping({"/epcis/epcs", "/epcis/bizSteps", "/epcis/bizLocations", "/epcis/readPoints", "/epcis/dispositions"})
    ResponseEntity<String> browse(
            HttpServletRequest request,
            @RequestParam(required = false) @Nullable String nextPageToken,
            @RequestParam(defaultValue = "" + EpcisQueryParameters.DEFAULT_PER_PAGE) int perPage) {
        String path = request.getRequestURI().substring(request.getRequestURI().lastIndexOf('/') + 1);
        BrowseResource resource = BrowseResource.of(path).orElseThrow();
        int size = Math.max(1, Math.min(EpcisQueryParameters.MAX_PER_PAGE, perPage));
        List<String> values = queries.values(client().organisationId(), resource, nextPageToken, size + 1);
        ResponseEntity.BodyBuilder answer = ResponseEntity.ok().header(HttpHeaders.CONTENT_TYPE, JSON_LD);
        if (values.size() > size) {
            values = values.subList(0, size);
            answer.header(HttpHeaders.LINK, EventPages.next(request, values.get(size - 1)));
        }
        return answer.body(QueryDocuments.collection(json, values));
    }

    /**
     * A browse resource's events ({@code /epcis/bizSteps/shipping/events}): the events query with that
     * value's parameter ({@code EQ_bizStep=shipping}) added to the client's own. A Digital Link value
     * comes percent-encoded ({@code https%3A%2F%2Fid.gs1.org%2F01%2F…}), as the event's ID does.
     */
    @GetMapping({
        "/epcis/epcs/{value}/events",
        "/epcis/bizSteps/{value}/events",
        "/epcis/bizLocations/{value}/events",
        "/epcis/readPoints/{value}/events",
        "/epcis/dispositions/{value}/events"
    })
    ResponseEntity<String> browseEvents(@PathVariable String value, HttpServletRequest request) {
        String uri = request.getRequestURI();
        String path = uri.substring("/epcis/".length(), uri.indexOf('/', "/epcis/".length()));
        BrowseResource resource = BrowseResource.of(path).orElseThrow();
        Map<String, List<String>> parameters = parameters(request);
        parameters.put(resource.parameter, List.of(value));
        return pages.page(client(), request, parameters, "SimpleEventQuery");
    }

    @GetMapping("/epcis/eventTypes/{value}/events")
    ResponseEntity<String> eventTypeEvents(@PathVariable String value, HttpServletRequest request) {
        Map<String, List<String>> parameters = parameters(request);
        parameters.put("eventType", List.of(value));
        return pages.page(client(), request, parameters, "SimpleEventQuery");
    }

    static Map<String, List<String>> parameters(HttpServletRequest request) {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        request.getParameterMap().forEach((name, values) -> parameters.put(name, List.of(values)));
        return parameters;
    }

    private ResponseEntity<String> collection(List<String> members) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_TYPE, JSON_LD)
                .body(QueryDocuments.collection(json, members));
    }
}
