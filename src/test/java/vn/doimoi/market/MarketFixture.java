package vn.doimoi.market;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;
import vn.doimoi.TestUsers;
import vn.doimoi.directory.Directory;
import vn.doimoi.identity.CurrentUser;
import vn.doimoi.identity.Role;
import vn.doimoi.market.listing.ListingContent;
import vn.doimoi.market.listing.Listings;

/** Members of fresh organisations, STAFF and brokers, and published listings, for marketplace tests. */
@Component
public class MarketFixture {

    /** A member of a fresh organisation. */
    public record Party(UUID organisation, String name, String username, CurrentUser actor) {}

    private final TestUsers testUsers;
    private final Directory directory;
    private final Listings listings;

    MarketFixture(TestUsers testUsers, Directory directory, Listings listings) {
        this.testUsers = testUsers;
        this.directory = directory;
        this.listings = listings;
    }

    public Party member() {
        return memberOf(testUsers.organisation());
    }

    /** Another member of the same organisation. */
    public Party memberOf(UUID organisation) {
        String username = testUsers.create(Role.ORG_MEMBER, organisation);
        CurrentUser actor =
                new CurrentUser(testUsers.id(username), username, EnumSet.of(Role.ORG_MEMBER), organisation);
        return new Party(
                organisation, directory.organisation(organisation).orElseThrow().name(), username, actor);
    }

    public CurrentUser staff() {
        return user(Role.STAFF);
    }

    public CurrentUser broker() {
        return user(Role.BROKER);
    }

    private CurrentUser user(Role role) {
        String username = testUsers.create(role);
        return new CurrentUser(testUsers.id(username), username, EnumSet.of(role), null);
    }

    /** A listing written, submitted and published (priced 100–900 million VND, licence, valid 60 days). */
    public UUID published(
            Party owner, ListingKind kind, String title, String text, String code, Integer trl, boolean anonymous) {
        UUID id = listings.create(
                owner.actor(),
                kind,
                new ListingContent(
                        title,
                        text,
                        text,
                        null,
                        null,
                        null,
                        null,
                        trl,
                        null,
                        kind == ListingKind.SERVICE ? ServiceKind.CONSULTING : null,
                        new BigDecimal("100000000"),
                        new BigDecimal("900000000"),
                        "Tây Ninh",
                        listings.today().plusDays(60),
                        anonymous,
                        Set.of(code),
                        Set.of(CooperationMode.LICENCE)));
        listings.submit(owner.actor(), id);
        listings.publish(staff(), id);
        return id;
    }
}
