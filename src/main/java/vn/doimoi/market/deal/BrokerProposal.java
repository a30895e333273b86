package vn.doimoi.market.deal;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.doimoi.shared.DomainException;

/**
 * Who is proposed to broker a deal, and who has agreed (ADR 0032). A broker reads a deal's
 * message, both parties and its contract, so the broker becomes the deal's broker only when the
 * owner's side, the interested side and the broker have all agreed; until both parties have,
 * the proposed broker sees the deal withheld. {@code seeking} is the parties' published wish for
 * a broker: it lets any broker see that the deal exists (nothing of its content) and ask.
 */
@Entity
@Table(schema = "market", name = "deal_broker")
class BrokerProposal {

    /** Who agrees. */
    enum Side {
        OWNER,
        INTERESTED,
        BROKER
    }

    @Id
    private UUID dealId;

    private boolean seeking;
    private @Nullable UUID brokerUserId;
    private boolean ownerConsented;
    private boolean interestedConsented;
    private boolean brokerConsented;
    private @Nullable Instant proposedAt;
    private Instant updatedAt;

    @Version
    private long version;

    protected BrokerProposal() {}

    BrokerProposal(UUID dealId, Instant now) {
        this.dealId = dealId;
        this.updatedAt = now;
    }

    /** A party invites a broker: inviting is that side's agreement; an earlier proposal is replaced. */
    void invite(UUID broker, Side by, Instant now) {
        clear(now);
        brokerUserId = broker;
        proposedAt = now;
        consent(by, now);
    }

    /** A broker asks to broker a deal whose parties seek one: the broker agrees, both parties still must. */
    void request(UUID broker, Instant now) {
        if (!seeking) {
            throw DomainException.forbidden("market.error.brokerNotInvited");
        }
        if (brokerUserId != null) {
            throw DomainException.conflict("market.error.brokerProposed");
        }
        brokerUserId = broker;
        proposedAt = now;
        consent(Side.BROKER, now);
    }

    void consent(Side side, Instant now) {
        if (brokerUserId == null) {
            throw DomainException.conflict("market.error.noBrokerProposed");
        }
        switch (side) {
            case OWNER -> ownerConsented = true;
            case INTERESTED -> interestedConsented = true;
            case BROKER -> brokerConsented = true;
        }
        updatedAt = now;
    }

    /** The proposal is turned down (by a party or by the broker), or it became the deal's broker. */
    void clear(Instant now) {
        brokerUserId = null;
        ownerConsented = false;
        interestedConsented = false;
        brokerConsented = false;
        proposedAt = null;
        updatedAt = now;
    }

    void seek(boolean wanted, Instant now) {
        seeking = wanted;
        updatedAt = now;
    }

    boolean proposes(UUID user) {
        return user.equals(brokerUserId);
    }

    boolean partiesAgreed() {
        return ownerConsented && interestedConsented;
    }

    boolean agreed() {
        return partiesAgreed() && brokerConsented;
    }

    boolean consented(Side side) {
        return switch (side) {
            case OWNER -> ownerConsented;
            case INTERESTED -> interestedConsented;
            case BROKER -> brokerConsented;
        };
    }

    boolean seeking() {
        return seeking;
    }

    @Nullable
    UUID brokerUserId() {
        return brokerUserId;
    }
}
