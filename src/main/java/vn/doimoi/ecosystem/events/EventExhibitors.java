package vn.doimoi.ecosystem.events;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.doimoi.identity.CurrentUser;
import vn.doimoi.market.ListingView;
import vn.doimoi.market.OrganisationMarket;
import vn.doimoi.shared.DomainException;
import vn.doimoi.shared.audit.AuditLog;

/**
 * Organisations exhibiting at an event and the market listings they bring, chosen from their own
 * live offers, demands and services through the market's public API; a listing that stops being
 * live drops off the event page by itself.
 */
@Service
@Transactional
public class EventExhibitors {

    private final JdbcClient jdbc;
    private final EventCatalogue catalogue;
    private final OrganisationMarket market;
    private final EventPeople people;
    private final AuditLog audit;
    private final Clock clock;

    EventExhibitors(
            JdbcClient jdbc,
            EventCatalogue catalogue,
            OrganisationMarket market,
            EventPeople people,
            AuditLog audit,
            Clock clock) {
        this.jdbc = jdbc;
        this.catalogue = catalogue;
        this.market = market;
        this.people = people;
        this.audit = audit;
        this.clock = clock;
    }

    /** The listings the user's organisation may bring: its live ones. */
    @Transactional(readOnly = true)
    public List<ListingView> choices(CurrentUser actor) {
        return market.liveListingsOf(organisation(actor));
    }

    /** The listings the user's organisation brings to the event now. */
    @Transactional(readOnly = true)
    public Set<UUID> chosen(CurrentUser actor, UUID eventId) {
        UUID organisation = organisation(actor);
        return Set.copyOf(
                jdbc.sql("""
                        SELECT x.listing_id FROM ecosystem.event_exhibit x
                        JOIN ecosystem.event_exhibitor h ON h.id = x.exhibitor_id
                        WHERE h.event_id = ? AND h.organisation_id = ?""").params(eventId, organisation).query(UUID.class).list());
    }

    /** The user's organisation exhibits at the event with these of its own live listings (replacing its choice). */
    public void exhibit(CurrentUser actor, UUID eventId, Set<UUID> listings) {
        UUID organisation = organisation(actor);
        EventRow event = catalogue.lock(eventId);
        if (event.cancelled() || event.over(clock.instant())) {
            throw DomainException.refused("events.error.eventOver");
        }
        if (listings.isEmpty()) {
            throw DomainException.invalid("events.error.exhibitNothing");
        }
        Set<UUID> own = market.liveListingsOf(organisation).stream()
                .map(ListingView::id)
                .collect(Collectors.toSet());
        if (!own.containsAll(listings)) {
            throw DomainException.forbidden("events.error.exhibitNotOwn");
        }
        UUID exhibitor = jdbc.sql("SELECT id FROM ecosystem.event_exhibitor WHERE event_id = ? AND organisation_id = ?")
                .params(eventId, organisation)
                .query(UUID.class)
                .optional()
                .orElseGet(() -> {
                    UUID id = UUID.randomUUID();
                    jdbc.sql("INSERT INTO ecosystem.event_exhibitor (id, event_id, organisation_id, created_by,"
                                    + " created_at) VALUES (?, ?, ?, ?, ?)")
                            .params(id, eventId, organisation, actor.username(), Timestamp.from(clock.instant()))
                            .update();
                    return id;
                });
        jdbc.sql("DELETE FROM ecosystem.event_exhibit WHERE exhibitor_id = ?")
                .param(exhibitor)
                .update();
        for (UUID listing : listings) {
            jdbc.sql("INSERT INTO ecosystem.event_exhibit (exhibitor_id, listing_id) VALUES (?, ?)")
                    .params(exhibitor, listing)
                    .update();
        }
        audit.record(
                "ecosystem.event.exhibited",
                "ecosystem.event_exhibitor",
                exhibitor.toString(),
                null,
                Map.of("event", eventId.toString(), "listings", listings.size()));
    }

    /** The event's exhibitors by name, each with its listings that are still live. */
    @Transactional(readOnly = true)
    public List<ExhibitorRow> of(UUID eventId) {
        record Exhibit(UUID organisation, UUID listing) {}
        Map<UUID, List<UUID>> byOrganisation = jdbc
                .sql("""
                        SELECT h.organisation_id, x.listing_id FROM ecosystem.event_exhibitor h
                        JOIN ecosystem.event_exhibit x ON x.exhibitor_id = h.id WHERE h.event_id = ?""")
                .param(eventId)
                .query((rs, n) -> new Exhibit(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)))
                .list()
                .stream()
                .collect(Collectors.groupingBy(
                        Exhibit::organisation, Collectors.mapping(Exhibit::listing, Collectors.toList())));
        return byOrganisation.entrySet().stream()
                .map(entry -> new ExhibitorRow(
                        entry.getKey(),
                        Objects.requireNonNullElse(people.organisationName(entry.getKey()), "—"),
                        entry.getValue().stream()
                                .map(market::liveListing)
                                .flatMap(Optional::stream)
                                .toList()))
                .filter(row -> !row.listings().isEmpty())
                .sorted(java.util.Comparator.comparing(ExhibitorRow::organisationName))
                .toList();
    }

    private static UUID organisation(CurrentUser actor) {
        if (actor.organisationId() == null) {
            throw DomainException.forbidden("events.error.noOrganisation");
        }
        return actor.organisationId();
    }
}
