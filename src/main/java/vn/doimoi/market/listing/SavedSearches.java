package vn.doimoi.market.listing;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.doimoi.identity.CurrentUser;
import vn.doimoi.identity.Notifications;
import vn.doimoi.identity.UserId;
import vn.doimoi.market.ListingKind;
import vn.doimoi.market.ListingView;
import vn.doimoi.market.SavedSearchView;
import vn.doimoi.shared.DomainException;
import vn.doimoi.shared.NotFoundException;
import vn.doimoi.shared.audit.AuditLog;
import vn.doimoi.shared.text.VietnameseText;

/**
 * Saved searches with alerts, so nobody has to re-run a search by hand: instantly when a
 * listing that fits is published, or as a daily or weekly digest (Mondays) at 07:30 Vietnam time.
 * A listing fits when it has every word of the query (diacritics optional), and the kind and
 * field code when they are set. The last notification time is the high-water mark.
 */
@Service
@Transactional
public class SavedSearches {

    public static final Set<String> FREQUENCIES = Set.of("INSTANT", "DAILY", "WEEKLY");

    private final JdbcClient jdbc;
    private final Listings listings;
    private final ListingRepository repository;
    private final Notifications notifications;
    private final MarketMessages messages;
    private final AuditLog audit;
    private final Clock clock;

    SavedSearches(
            JdbcClient jdbc,
            Listings listings,
            ListingRepository repository,
            Notifications notifications,
            MarketMessages messages,
            AuditLog audit,
            Clock clock) {
        this.jdbc = jdbc;
        this.listings = listings;
        this.repository = repository;
        this.notifications = notifications;
        this.messages = messages;
        this.audit = audit;
        this.clock = clock;
    }

    public UUID save(
            CurrentUser actor, String query, @Nullable ListingKind kind, @Nullable String fieldCode, String frequency) {
        String cleaned = VietnameseText.clean(query == null ? "" : query);
        if (cleaned.isEmpty() || cleaned.length() > 300) {
            throw DomainException.refused("market.saved.error.query");
        }
        if (!FREQUENCIES.contains(frequency)) {
            throw DomainException.refused("market.saved.error.frequency");
        }
        String code = fieldCode == null || fieldCode.isBlank() ? null : fieldCode.strip();
        if (code != null && !code.matches("\\d{1,7}")) {
            throw DomainException.refused("market.error.fieldCode", code);
        }
        UUID id = UUID.randomUUID();
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.sql("""
                        INSERT INTO market.saved_search (id, user_id, query, kind, field_code, frequency, last_notified_at, created_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, actor.id().value(), cleaned, kind == null ? null : kind.name(), code, frequency, now, now)
                .update();
        audit.record(
                "market.savedSearch.created",
                "market.saved_search",
                id.toString(),
                null,
                java.util.Map.of("query", cleaned, "frequency", frequency));
        return id;
    }

    public void delete(CurrentUser actor, UUID id) {
        int deleted = jdbc.sql("DELETE FROM market.saved_search WHERE id = ? AND user_id = ?")
                .params(id, actor.id().value())
                .update();
        if (deleted == 0) {
            throw new NotFoundException("saved search", id);
        }
        audit.record("market.savedSearch.deleted", "market.saved_search", id.toString(), null, null);
    }

    @Transactional(readOnly = true)
    public List<SavedSearchView> mine(CurrentUser actor) {
        return jdbc.sql("""
                        SELECT id, query, kind, field_code, frequency, last_notified_at FROM market.saved_search
                        WHERE user_id = ? ORDER BY created_at DESC""")
                .param(actor.id().value())
                .query((rs, row) -> new SavedSearchView(
                        rs.getObject("id", UUID.class),
                        rs.getString("query"),
                        rs.getString("kind") == null ? null : ListingKind.valueOf(rs.getString("kind")),
                        rs.getString("field_code"),
                        rs.getString("frequency"),
                        rs.getTimestamp("last_notified_at").toInstant()))
                .list();
    }

    /** Instant alerts, in the transaction that publishes the listing. */
    @EventListener
    void on(Listings.Published published) {
        ListingView listing = listings.internal(published.listingId());
        for (Row search : searches("INSTANT")) {
            if (fits(search, listing)) {
                notifications.send(
                        new UserId(search.userId()),
                        messages.vi("market.notify.alert.subject", search.query()),
                        messages.vi("market.notify.alert.body", listing.title()),
                        "/market/listings/" + listing.id());
                touch(search.id(), clock.instant());
            }
        }
    }

    /** Daily digests every morning, weekly ones on Mondays. */
    @SchedulerLock(name = "market.savedSearchDigests", lockAtLeastFor = "PT1M")
    @Scheduled(cron = "0 30 7 * * *", zone = "Asia/Ho_Chi_Minh")
    public void digests() {
        digest("DAILY");
        if (listings.today().getDayOfWeek() == DayOfWeek.MONDAY) {
            digest("WEEKLY");
        }
    }

    /** Sends one digest per saved search of this frequency with what was published since the last one. */
    public int digest(String frequency) {
        Instant now = clock.instant();
        int sent = 0;
        List<ListingView> live = repository.findByStatusIn(Listings.LIVE).stream()
                .map(each -> listings.internal(each.id()))
                .toList();
        for (Row search : searches(frequency)) {
            List<String> titles = new ArrayList<>();
            for (ListingView listing : live) {
                if (listing.publishedAt() != null
                        && listing.publishedAt().isAfter(search.lastNotifiedAt())
                        && fits(search, listing)) {
                    titles.add("• " + listing.title());
                }
            }
            if (!titles.isEmpty()) {
                notifications.send(
                        new UserId(search.userId()),
                        messages.vi("market.notify.digest.subject", titles.size(), search.query()),
                        String.join("\n", titles),
                        "/market");
                sent++;
            }
            touch(search.id(), now);
        }
        return sent;
    }

    static boolean fits(Row search, ListingView listing) {
        if (search.kind() != null && !search.kind().equals(listing.kind().name())) {
            return false;
        }
        if (search.fieldCode() != null
                && listing.fieldCodes().stream().noneMatch(code -> code.startsWith(search.fieldCode()))) {
            return false;
        }
        String text = " "
                + VietnameseText.fold(String.join(
                                " ",
                                listing.title(),
                                listing.summary(),
                                listing.problem() == null ? "" : listing.problem(),
                                listing.requirements() == null ? "" : listing.requirements(),
                                listing.advantages() == null ? "" : listing.advantages()))
                        .replaceAll("[^\\p{L}\\p{N}]+", " ")
                + " ";
        return Arrays.stream(VietnameseText.fold(search.query()).split("[^\\p{L}\\p{N}]+"))
                .filter(word -> !word.isBlank())
                .allMatch(word -> text.contains(" " + word + " "));
    }

    record Row(
            UUID id,
            UUID userId,
            String query,
            @Nullable String kind,
            @Nullable String fieldCode,
            Instant lastNotifiedAt) {}

    private List<Row> searches(String frequency) {
        return jdbc.sql("""
                        SELECT id, user_id, query, kind, field_code, last_notified_at FROM market.saved_search
                        WHERE frequency = ?""")
                .param(frequency)
                .query((rs, row) -> new Row(
                        rs.getObject("id", UUID.class),
                        rs.getObject("user_id", UUID.class),
                        rs.getString("query"),
                        rs.getString("kind"),
                        rs.getString("field_code"),
                        rs.getTimestamp("last_notified_at").toInstant()))
                .list();
    }

    private void touch(UUID id, Instant when) {
        jdbc.sql("UPDATE market.saved_search SET last_notified_at = ? WHERE id = ?")
                .params(Timestamp.from(when), id)
                .update();
    }
}
