package vn.doimoi.market.deal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.doimoi.identity.CurrentUser;
import vn.doimoi.identity.Notifications;
import vn.doimoi.identity.Role;
import vn.doimoi.identity.UserId;
import vn.doimoi.market.DealSigned;
import vn.doimoi.market.DealStage;
import vn.doimoi.market.DealView;
import vn.doimoi.market.DeclineReason;
import vn.doimoi.market.ListingView;
import vn.doimoi.market.TransferDirection;
import vn.doimoi.market.listing.Listings;
import vn.doimoi.market.listing.MarketMessages;
import vn.doimoi.shared.DomainException;
import vn.doimoi.shared.NotFoundException;
import vn.doimoi.shared.audit.AuditLog;

/**
 * Deals from the expression of interest to the registered contract. Who may act: the owner's
 * members answer interest; the broker both parties agreed on ({@link DealBrokers}) introduces;
 * either side or that broker records the signed contract and the certificate; any participant may
 * decline while the deal is open. A deal a user may not see answers 404 ({@link DealViews}).
 */
@Service
@Transactional
public class Deals {

    private static final Set<DealStage> OPEN =
            Set.of(DealStage.INTEREST, DealStage.INTRODUCTION, DealStage.NEGOTIATION);

    private final DealRepository repository;
    private final Listings listings;
    private final DealViews views;
    private final AuditLog audit;
    private final Notifications notifications;
    private final MarketMessages messages;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final DealTimers timers = DealTimers.DEFAULT;
    private final RegistrationRules rules = RegistrationRules.LAW_2017_ART_31;

    Deals(
            DealRepository repository,
            Listings listings,
            DealViews views,
            AuditLog audit,
            Notifications notifications,
            MarketMessages messages,
            ApplicationEventPublisher events,
            Clock clock) {
        this.repository = repository;
        this.listings = listings;
        this.views = views;
        this.audit = audit;
        this.notifications = notifications;
        this.messages = messages;
        this.events = events;
        this.clock = clock;
    }

    public RegistrationRules rules() {
        return rules;
    }

    /** A member of another organisation expresses interest in a live listing. */
    public UUID expressInterest(CurrentUser actor, UUID listingId, @Nullable UUID relatedListingId, String message) {
        ListingView listing = listings.internal(listingId);
        if (!actor.has(Role.ORG_MEMBER) || actor.organisationId() == null) {
            throw DomainException.forbidden("market.error.memberOnly");
        }
        if (!listing.status().isLive()) {
            throw DomainException.conflict("market.error.notLive");
        }
        if (repository.existsByListingIdAndInterestedOrgIdAndStageIn(listingId, actor.organisationId(), OPEN)) {
            throw DomainException.conflict("market.error.alreadyInterested");
        }
        Deal deal = new Deal(
                listingId,
                relatedListingId,
                listing.owner(),
                actor.organisationId(),
                actor.id().value(),
                message,
                timers,
                clock.instant());
        repository.save(deal);
        audit.record("market.deal.interest", "market.deal", deal.id().toString(), null, deal.auditState());
        notifications.sendToOrganisation(
                listing.owner(),
                messages.vi("market.notify.interest.subject"),
                messages.vi("market.notify.interest.body", listing.title()),
                link(deal));
        return deal.id();
    }

    public void accept(CurrentUser actor, UUID id, long version) {
        Deal deal = visible(actor, id);
        checkVersion(deal, version);
        if (!actor.actsFor(deal.ownerOrgId())) {
            throw DomainException.forbidden("market.error.ownerOnly");
        }
        Map<String, Object> before = deal.auditState();
        deal.accept(timers, clock.instant());
        audit.record("market.deal.accepted", "market.deal", id.toString(), before, deal.auditState());
        String title = listings.internal(deal.listingId()).title();
        notifications.sendToOrganisation(
                deal.interestedOrgId(),
                messages.vi("market.notify.accepted.subject"),
                messages.vi("market.notify.accepted.body", title),
                link(deal));
        // No broadcast to brokers: the deal's contents reach only a broker the parties choose
        // (DealBrokers, ADR 0032).
    }

    public void introduced(CurrentUser actor, UUID id, long version) {
        Deal deal = visible(actor, id);
        checkVersion(deal, version);
        if (!DealActors.broker(actor, deal) && !DealActors.staff(actor)) {
            throw DomainException.forbidden("market.error.brokerOnly");
        }
        Map<String, Object> before = deal.auditState();
        deal.introduced(timers, clock.instant());
        audit.record("market.deal.introduced", "market.deal", id.toString(), before, deal.auditState());
        String title = listings.internal(deal.listingId()).title();
        for (UUID organisation : List.of(deal.ownerOrgId(), deal.interestedOrgId())) {
            notifications.sendToOrganisation(
                    organisation,
                    messages.vi("market.notify.introduced.subject"),
                    messages.vi("market.notify.introduced.body", title),
                    link(deal));
        }
    }

    /**
     * The signed contract; the registration rule decides whether and by when it is registered.
     * {@link DealSigned} tells the parties and the broker ({@code DealSignedNotices}) and the
     * contract counts in the programme's indicators from then on ({@code MarketFigures}).
     */
    public void sign(
            CurrentUser actor,
            UUID id,
            long version,
            LocalDate signedOn,
            @Nullable BigDecimal value,
            TransferDirection direction,
            boolean stateCapital,
            boolean taskResultRegistered) {
        Deal deal = visible(actor, id);
        checkVersion(deal, version);
        requireParticipant(actor, deal);
        Map<String, Object> before = deal.auditState();
        deal.sign(
                signedOn,
                value,
                direction,
                stateCapital,
                taskResultRegistered,
                rules,
                listings.today(),
                clock.instant());
        audit.record("market.deal.signed", "market.deal", id.toString(), before, deal.auditState());
        events.publishEvent(new DealSigned(
                id, deal.listingId(), signedOn, value == null ? BigDecimal.ZERO : value, deal.registrationRequired()));
    }

    public void documents(CurrentUser actor, UUID id, Set<String> gathered) {
        Deal deal = visible(actor, id);
        requireParticipant(actor, deal);
        Set<String> known = Set.copyOf(rules.documents());
        if (!known.containsAll(gathered)) {
            throw DomainException.refused("market.error.unknownDocument");
        }
        deal.checkDocuments(gathered, clock.instant());
        audit.record("market.deal.documents", "market.deal", id.toString(), null, Map.of("documents", gathered));
    }

    public void registered(CurrentUser actor, UUID id, long version, String number, LocalDate date) {
        Deal deal = visible(actor, id);
        checkVersion(deal, version);
        requireParticipant(actor, deal);
        Map<String, Object> before = deal.auditState();
        deal.registered(number, date, listings.today(), clock.instant());
        audit.record("market.deal.registered", "market.deal", id.toString(), before, deal.auditState());
    }

    public void decline(CurrentUser actor, UUID id, DeclineReason reason, @Nullable String note) {
        Deal deal = visible(actor, id);
        requireParticipant(actor, deal);
        Map<String, Object> before = deal.auditState();
        deal.decline(reason, note, clock.instant());
        audit.record("market.deal.declined", "market.deal", id.toString(), before, deal.auditState());
        UUID other = actor.actsFor(deal.ownerOrgId()) ? deal.interestedOrgId() : deal.ownerOrgId();
        notifications.sendToOrganisation(
                other,
                messages.vi("market.notify.declined.subject"),
                messages.vi(
                        "market.notify.declined.body",
                        listings.internal(deal.listingId()).title()),
                link(deal));
    }

    /**
     * Nudges the side that owes an answer once its time is up, and calls the broker in (the
     * assigned one, or every broker) when it still has not answered. Returns the actions taken.
     */
    public int runTimers() {
        Instant now = clock.instant();
        int actions = 0;
        for (Deal deal : repository.findByStageIn(
                Set.of(DealStage.INTEREST, DealStage.INTRODUCTION, DealStage.NEGOTIATION, DealStage.SIGNED))) {
            Deal.TimerAction action = deal.timer(timers, now);
            if (action == Deal.TimerAction.NONE) {
                continue;
            }
            String title = listings.internal(deal.listingId()).title();
            if (action == Deal.TimerAction.NUDGE) {
                deal.nudged(now);
                String subject = messages.vi("market.notify.nudge.subject");
                String body = messages.vi("market.notify.nudge.body", title);
                Deal.Owes owes = deal.owes() == null ? Deal.Owes.BOTH : deal.owes();
                switch (owes) {
                    case OWNER -> notifications.sendToOrganisation(deal.ownerOrgId(), subject, body, link(deal));
                    case INTERESTED ->
                        notifications.sendToOrganisation(deal.interestedOrgId(), subject, body, link(deal));
                    case BROKER -> notifyBroker(deal, subject, body);
                    case BOTH -> {
                        notifications.sendToOrganisation(deal.ownerOrgId(), subject, body, link(deal));
                        notifications.sendToOrganisation(deal.interestedOrgId(), subject, body, link(deal));
                    }
                }
            } else {
                deal.escalated(now);
                notifyBroker(
                        deal,
                        messages.vi("market.notify.escalated.subject"),
                        messages.vi("market.notify.escalated.body", title));
            }
            audit.record(
                    "market.deal." + action.name().toLowerCase(),
                    "market.deal",
                    deal.id().toString(),
                    null,
                    deal.auditState());
            actions++;
        }
        return actions;
    }

    // ---- reading

    @Transactional(readOnly = true)
    public DealView view(CurrentUser actor, UUID id) {
        DealView view = views.view(find(id), actor);
        if (view == null) {
            throw new NotFoundException("deal", id);
        }
        return view;
    }

    /**
     * The deals an organisation's member, a broker or the Department follows. A broker's are
     * those it brokers or is proposed for, and open deals whose parties seek a broker (withheld).
     */
    @Transactional(readOnly = true)
    public List<DealView> dealsFor(CurrentUser actor) {
        Set<Deal> deals = new LinkedHashSet<>();
        if (DealActors.staff(actor)) {
            deals.addAll(repository.findAllByOrderByCreatedAtDesc());
        } else {
            if (actor.has(Role.BROKER)) {
                deals.addAll(repository.forBroker(actor.id().value(), OPEN));
            }
            if (actor.organisationId() != null) {
                deals.addAll(repository.forOrganisation(actor.organisationId()));
            }
        }
        return deals.stream()
                .map(each -> views.view(each, actor))
                .filter(Objects::nonNull)
                .toList();
    }

    /**
     * The assigned broker hears; without one, a broker the parties never chose must not read
     * about the deal: a stalled deal goes to the Department, a missing broker to the parties.
     */
    private void notifyBroker(Deal deal, String subject, String body) {
        if (deal.brokerUserId() != null) {
            notifications.send(new UserId(deal.brokerUserId()), subject, body, link(deal));
        } else if (deal.owes() == Deal.Owes.BROKER) {
            notifications.sendToOrganisation(deal.ownerOrgId(), subject, body, link(deal));
            notifications.sendToOrganisation(deal.interestedOrgId(), subject, body, link(deal));
        } else {
            notifications.sendToRole(Role.STAFF, subject, body, link(deal));
        }
    }

    private void requireParticipant(CurrentUser actor, Deal deal) {
        boolean participant =
                DealActors.party(actor, deal) || DealActors.broker(actor, deal) || DealActors.staff(actor);
        if (!participant) {
            throw DomainException.forbidden("market.error.participantOnly");
        }
    }

    /** A deal the user may not see answers as if it did not exist. */
    private Deal visible(CurrentUser actor, UUID id) {
        Deal deal = find(id);
        if (views.access(actor, deal) == DealViews.Access.NONE) {
            throw new NotFoundException("deal", id);
        }
        return deal;
    }

    private Deal find(UUID id) {
        return repository.findById(id).orElseThrow(() -> new NotFoundException("deal", id));
    }

    private static void checkVersion(Deal deal, long version) {
        if (deal.version() != version) {
            throw DomainException.conflict("market.error.staleVersion");
        }
    }

    private static String link(Deal deal) {
        return "/market/deals/" + deal.id();
    }
}
