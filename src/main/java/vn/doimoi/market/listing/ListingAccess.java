package vn.doimoi.market.listing;

import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.doimoi.identity.CurrentUser;
import vn.doimoi.identity.Role;
import vn.doimoi.market.ListingStatus;
import vn.doimoi.shared.DomainException;

/**
 * Who may do what to a listing beyond what its URL allows: members write for their own
 * organisation, the Department's staff moderate, drafts are seen only by their owners and the
 * staff, and an anonymous owner is disclosed only to those it dealt with (ADR 0039: one
 * {@code <Thing>Access} bean per checked thing).
 */
@Component
class ListingAccess {

    private final JdbcClient jdbc;

    ListingAccess(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The organisation a member writes for; 403 for anyone who is not a member of one. */
    static UUID requireMember(CurrentUser actor) {
        if (!actor.has(Role.ORG_MEMBER) || actor.organisationId() == null) {
            throw DomainException.forbidden("market.error.memberOnly");
        }
        return actor.organisationId();
    }

    static void requireStaff(CurrentUser actor) {
        if (!actor.isStaff()) {
            throw DomainException.forbidden("market.error.staffOnly");
        }
    }

    /** 403 unless the user acts for the listing's owner. */
    static void requireOwner(CurrentUser actor, Listing listing) {
        if (!actor.actsFor(listing.ownerOrgId())) {
            throw DomainException.forbidden("market.error.ownerOnly");
        }
    }

    /** Live and outdated listings are public; drafts and those in review only to their owner and staff. */
    boolean maySee(@Nullable CurrentUser actor, Listing listing) {
        return listing.status().isLive()
                || listing.status() == ListingStatus.OUTDATED
                || (actor != null && (actor.actsFor(listing.ownerOrgId()) || actor.isStaff()));
    }

    /**
     * Whether this reader learns who owns the listing: always unless it is anonymous; then its
     * owner, the staff, an interested party the owner accepted, and the deal's broker.
     */
    boolean ownerDisclosedTo(Listing listing, @Nullable CurrentUser actor) {
        if (!listing.anonymous()) {
            return true;
        }
        if (actor == null) {
            return false;
        }
        if (actor.actsFor(listing.ownerOrgId()) || actor.isStaff()) {
            return true;
        }
        UUID organisation = actor.organisationId();
        return jdbc.sql("""
                        SELECT count(*) FROM market.deal
                        WHERE listing_id = ? AND ((interested_org_id = ? AND accepted_at IS NOT NULL)
                              OR broker_user_id = ?)""")
                        .params(listing.id(), organisation, actor.id().value())
                        .query(Long.class)
                        .single()
                > 0;
    }
}
