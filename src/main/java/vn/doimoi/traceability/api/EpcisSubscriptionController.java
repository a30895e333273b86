package vn.doimoi.traceability.api;

import java.net.URI;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/** Webhook subscriptions to a named query (ADR 0063): created, listed, read, deleted. */
@RestController
class EpcisSubscriptionController extends EpcisEndpoints {

    private final Subscriptions subscriptions;

    EpcisSubscriptionController(Subscriptions subscriptions, MessageSource messages) {
        super(messages);
        this.subscriptions = subscriptions;
    }

    @PostMapping("/epcis/queries/{name}/subscriptions")
    ResponseEntity<?> create(@PathVariable String name, @RequestBody JsonNode body) {
        return subscriptions
                .create(client(), name, body)
                .<ResponseEntity<?>>map(created -> ResponseEntity.created(
                                URI.create("/epcis/queries/" + name + "/subscriptions/" + created.id()))
                        .body(created))
                .orElseGet(() -> EpcisNamedQueryController.noSuchName(name));
    }

    @GetMapping("/epcis/queries/{name}/subscriptions")
    ResponseEntity<?> all(@PathVariable String name) {
        return ResponseEntity.ok(subscriptions.of(client(), name));
    }

    @GetMapping("/epcis/queries/{name}/subscriptions/{id}")
    ResponseEntity<?> one(@PathVariable String name, @PathVariable String id) {
        return parse(id)
                .flatMap(subscription -> subscriptions.find(client(), name, subscription))
                .<ResponseEntity<?>>map(ResponseEntity::ok)
                .orElseGet(EpcisSubscriptionController::noSuchSubscription);
    }

    @DeleteMapping("/epcis/queries/{name}/subscriptions/{id}")
    ResponseEntity<?> delete(@PathVariable String name, @PathVariable String id) {
        return parse(id)
                        .filter(subscription -> subscriptions.delete(client(), name, subscription))
                        .isPresent()
                ? ResponseEntity.noContent().build()
                : noSuchSubscription();
    }

    private static java.util.Optional<UUID> parse(String id) {
        try {
            return java.util.Optional.of(UUID.fromString(id));
        } catch (IllegalArgumentException e) {
            return java.util.Optional.empty();
        }
    }

    private static ResponseEntity<ProblemDetail> noSuchSubscription() {
        return notFound("Không có đăng ký này.", "There is no such subscription.");
    }
}
