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
import vn.doimoi.identity.Role;
import vn.doimoi.market.DealSigned;
import vn.doimoi.market.DealStage;
import vn.doimoi.market.DealView;
import vn.doimoi.market.DeclineReason;
import vn.doimoi.market.ListingView;
import vn.doimoi.market.TransferDirection;
import vn.doimoi.market.listing.Listings;
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
    private final DealNotices notices;
    private final DealAccess access;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final DealTimers timers = DealTimers.DEFAULT;

    Deals(
            DealRepository repository,
            Listings listings,
            DealViews views,
            AuditLog audit,
            DealNotices notices,
            DealAccess access,
            ApplicationEventPublisher events,
            Clock clock) {
        this.repository = repository;
        this.listings = listings;
        this.views = views;
        this.audit = audit;
        this.notices = notices;
        this.access = access;
        this.events = events;
        this.clock = clock;
    }

    /** The registration rule in force today, for a contract being signed. */
    public RegistrationRules rules() {
        return views.rulesOn(null);
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
        notices.toOrganisation(
                listing.owner(),
                deal,
                notices.notice("market.notify.interest.subject", "market.notify.interest.body", listing.title()));
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
        notices.toOrganisation(
                deal.interestedOrgId(),
                deal,
                notices.notice("market.notify.accepted.subject", "market.notify.accepted.body", title));
        // No broadcast to brokers: the deal's contents reach only a broker the parties choose
        // (DealBrokers, ADR 0032).
    }

    public void introduced(CurrentUser actor, UUID id, long version) {
        Deal deal = visible(actor, id);
        checkVersion(deal, version);
        access.requireBrokerOrStaff(actor, deal);
        Map<String, Object> before = deal.auditState();
        deal.introduced(timers, clock.instant());
        audit.record("market.deal.introduced", "market.deal", id.toString(), before, deal.auditState());
        String title = listings.internal(deal.listingId()).title();
        notices.toParties(
                deal, notices.notice("market.notify.introduced.subject", "market.notify.introduced.body", title));
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
        access.requireParticipant(actor, deal);
        Map<String, Object> before = deal.auditState();
        deal.sign(
                signedOn,
                value,
                direction,
                stateCapital,
                taskResultRegistered,
                views.rulesOn(signedOn),
                listings.today(),
                clock.instant());
        audit.record("market.deal.signed", "market.deal", id.toString(), before, deal.auditState());
        events.publishEvent(new DealSigned(
                id, deal.listingId(), signedOn, value == null ? BigDecimal.ZERO : value, deal.registrationRequired()));
    }

    public void documents(CurrentUser actor, UUID id, Set<String> gathered) {
        Deal deal = visible(actor, id);
        access.requireParticipant(actor, deal);
        Set<String> known = Set.copyOf(views.rulesOn(deal.signedOn()).documents());
        if (!known.containsAll(gathered)) {
            throw DomainException.refused("market.error.unknownDocument");
        }
        deal.checkDocuments(gathered, clock.instant());
        audit.record("market.deal.documents", "market.deal", id.toString(), null, Map.of("documents", gathered));
    }

    public void registered(CurrentUser actor, UUID id, long version, String number, LocalDate date) {
        Deal deal = visible(actor, id);
        checkVersion(deal, version);
        access.requireParticipant(actor, deal);
        Map<String, Object> before = deal.auditState();
        deal.registered(number, date, listings.today(), clock.instant());
        audit.record("market.deal.registered", "market.deal", id.toString(), before, deal.auditState());
    }

    public void decline(CurrentUser actor, UUID id, DeclineReason reason, @Nullable String note) {
        Deal deal = visible(actor, id);
        access.requireParticipant(actor, deal);
        Map<String, Object> before = deal.auditState();
        deal.decline(reason, note, clock.instant());
        audit.record("market.deal.declined", "market.deal", id.toString(), before, deal.auditState());
        UUID other = actor.actsFor(deal.ownerOrgId()) ? deal.interestedOrgId() : deal.ownerOrgId();
        notices.toOrganisation(
                other,
                deal,
                notices.notice(
                        "market.notify.declined.subject",
                        "market.notify.declined.body",
                        listings.internal(deal.listingId()).title()));
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
                DealNotices.Notice nudge =
                        notices.notice("market.notify.nudge.subject", "market.notify.nudge.body", title);
                Deal.Owes owes = deal.owes() == null ? Deal.Owes.BOTH : deal.owes();
                switch (owes) {
                    case OWNER -> notices.toOrganisation(deal.ownerOrgId(), deal, nudge);
                    case INTERESTED -> notices.toOrganisation(deal.interestedOrgId(), deal, nudge);
                    case BROKER -> notices.toBroker(deal, nudge);
                    case BOTH -> notices.toParties(deal, nudge);
                }
            } else {
                deal.escalated(now);
                notices.toBroker(
                        deal, notices.notice("market.notify.escalated.subject", "market.notify.escalated.body", title));
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
        if (access.staff(actor)) {
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
}
