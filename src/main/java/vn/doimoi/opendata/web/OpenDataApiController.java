package vn.doimoi.opendata.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.doimoi.opendata.web.CerifRecords.Item;
import vn.doimoi.shared.ChangeWindow;
import vn.doimoi.shared.DomainException;

/**
 * The same public records as the OAI-PMH endpoint, as JSON change feeds (ADR 0048): one kind of
 * record, oldest change first, from {@code since} on; {@code next} continues where a page stopped.
 */
@RestController
class OpenDataApiController {

    /** The kinds of record, by the name in the path. */
    private static final Map<String, OaiSet> TYPES = Map.of(
            "projects", OaiSet.PROJECTS,
            "fundings", OaiSet.FUNDING,
            "orgunits", OaiSet.ORGUNITS,
            "persons", OaiSet.PERSONS,
            "products", OaiSet.PRODUCTS,
            "patents", OaiSet.PATENTS);

    /**
     * One page of a change feed.
     *
     * @param items the records, each with its {@code changedAt}
     * @param next the cursor for the next page ({@code ?after=}), or null on the last page
     */
    record ChangeFeed(
            String type, List<Object> items, @Nullable String next) {}

    private final CerifRecords records;

    OpenDataApiController(CerifRecords records) {
        this.records = records;
    }

    @GetMapping("/api/v1/open-data/{type}")
    @Operation(
            summary = "A change feed of public records: projects, fundings, orgunits, persons, products or patents",
            description = "Records changed at or after `since` (ISO-8601 instant, e.g. 2026-12-01T00:00:00Z),"
                    + " oldest change first, `size` at a time (1 to 100). Pass `next` back as `after` for"
                    + " the following page; `next` is null on the last page. Public facts only, as on the"
                    + " public pages; the same records are served as CERIF-XML over OAI-PMH at /oai. A product"
                    + " (registered result) lists its `commercialisations` (kind LICENCE, SALE,"
                    + " CAPITAL_CONTRIBUTION or SPIN_OFF, concludedOn, counterparty; income, authorsAmount and"
                    + " intermediariesAmount in đồng where the sharing rule version publishes them, null"
                    + " otherwise); recording or correcting one counts as a change of the product. A product"
                    + " protected by a patent or an industrial design is also listed under `patents`, with its"
                    + " `protectionTitle` (kind, number, grantedOn); recording the title counts as a change.")
    ChangeFeed feed(
            @Parameter(description = "projects, fundings, orgunits, persons, products or patents") @PathVariable
                    String type,
            @Parameter(description = "Changed at or after this instant (ISO-8601, UTC)")
                    @RequestParam(required = false)
                    @Nullable
                    String since,
            @Parameter(description = "The `next` cursor of the previous page") @RequestParam(required = false) @Nullable
                    String after,
            @RequestParam(defaultValue = "100") int size) {
        OaiSet set = TYPES.get(type);
        if (set == null) {
            throw DomainException.notFound("opendata.error.type");
        }
        if (size < 1 || size > 100) {
            throw DomainException.invalid("opendata.error.size");
        }
        ChangeWindow window;
        if (after != null) {
            Optional<ResumptionToken> cursor = ResumptionToken.decode(after).filter(t -> t.set() == set);
            if (cursor.isEmpty()) {
                throw DomainException.invalid("opendata.error.after");
            }
            window = new ChangeWindow(cursor.get().afterAt(), cursor.get().afterId(), OaiDates.LATEST, size + 1);
        } else {
            window = ChangeWindow.from(since(since), OaiDates.LATEST, size + 1);
        }
        List<Item> items = records.page(set, window);
        boolean more = items.size() > size;
        List<Item> page = more ? items.subList(0, size) : items;
        String next = null;
        if (more) {
            Item last = page.get(page.size() - 1);
            next = new ResumptionToken(true, set, last.changedAt(), last.id(), OaiDates.EARLIEST, OaiDates.LATEST)
                    .encode();
        }
        return new ChangeFeed(type, page.stream().map(Item::entity).toList(), next);
    }

    private static Instant since(@Nullable String since) {
        if (since == null || since.isBlank()) {
            return OaiDates.EARLIEST;
        }
        try {
            Instant instant = Instant.parse(since.strip());
            if (instant.isAfter(OaiDates.LATEST)) {
                throw DomainException.invalid("opendata.error.since");
            }
            return instant.isBefore(OaiDates.EARLIEST) ? OaiDates.EARLIEST : instant;
        } catch (DateTimeException e) {
            throw DomainException.invalid("opendata.error.since");
        }
    }
}
