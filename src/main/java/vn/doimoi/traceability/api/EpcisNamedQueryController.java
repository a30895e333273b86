package vn.doimoi.traceability.api;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/** Named queries (ADR 0063): saved, listed, read, deleted; their events paged as {@code GET /epcis/events}'s are. */
@RestController
class EpcisNamedQueryController extends EpcisEndpoints {

    private final NamedQueries queries;
    private final EventPages pages;

    EpcisNamedQueryController(NamedQueries queries, EventPages pages, MessageSource messages) {
        super(messages);
        this.queries = queries;
        this.pages = pages;
    }

    @PostMapping("/epcis/queries")
    ResponseEntity<NamedQueries.NamedQuery> create(@RequestBody JsonNode body) {
        NamedQueries.NamedQuery query = queries.create(client(), body);
        return ResponseEntity.created(URI.create("/epcis/queries/" + query.name()))
                .body(query);
    }

    @GetMapping("/epcis/queries")
    List<NamedQueries.NamedQuery> all() {
        return queries.all(client());
    }

    @GetMapping("/epcis/queries/{name}")
    ResponseEntity<?> one(@PathVariable String name) {
        return queries.find(client().organisationId(), name)
                .<ResponseEntity<?>>map(ResponseEntity::ok)
                .orElseGet(() -> noSuchName(name));
    }

    @DeleteMapping("/epcis/queries/{name}")
    ResponseEntity<?> delete(@PathVariable String name) {
        return queries.delete(client(), name) ? ResponseEntity.noContent().build() : noSuchName(name);
    }

    /** The query's events; only {@code perPage} and {@code nextPageToken} may be added to its parameters. */
    @GetMapping("/epcis/queries/{name}/events")
    ResponseEntity<?> events(@PathVariable String name, HttpServletRequest request) {
        var query = queries.find(client().organisationId(), name);
        if (query.isEmpty()) {
            return noSuchName(name);
        }
        Map<String, List<String>> parameters = new LinkedHashMap<>(query.get().query());
        EpcisQueryController.parameters(request).forEach((parameter, values) -> {
            if (parameter.equals("perPage") || parameter.equals("nextPageToken")) {
                parameters.put(parameter, values);
            }
        });
        return pages.page(client(), request, parameters, name);
    }

    @ExceptionHandler(NamedQueries.NameTaken.class)
    ResponseEntity<ProblemDetail> taken(NamedQueries.NameTaken taken) {
        return EpcisProblem.answer(
                409,
                EpcisProblem.ALREADY_EXISTS,
                "Đã có truy vấn tên " + taken.getMessage() + ".",
                "A query named " + taken.getMessage() + " exists already.",
                locale());
    }

    static ResponseEntity<ProblemDetail> noSuchName(String name) {
        return EpcisProblem.answer(
                404,
                EpcisProblem.NO_SUCH_NAME,
                "Không có truy vấn tên " + name + ".",
                "There is no query named " + name + ".",
                locale());
    }
}
