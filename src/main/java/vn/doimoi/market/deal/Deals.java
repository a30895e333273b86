package vn.doimoi.market.deal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.doimoi.directory.Directory;
import vn.doimoi.directory.OrganisationSummary;
import vn.doimoi.identity.Accounts;
import vn.doimoi.identity.CurrentUser;
import vn.doimoi.identity.Notifications;
import vn.doimoi.identity.Role;
import vn.doimoi.identity.UserId;
import vn.doimoi.identity.UserSummary;
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
 * members answer interest; a broker introduces; either side or the broker records the signed
 * contract and the certificate; any participant may decline while the deal is open.
 */
@Service
@Transactional
public class Deals {

    private static final Set<DealStage> OPEN =
            Set.of(DealStage.INTEREST, DealStage.INTRODUCTION, DealStage.NEGOTIATION);

    private final DealRepository repository;
    private final Listings listings;
    private final Directory directory;
    private final Accounts accounts;
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
            Directory directory,
            Accounts accounts,
            AuditLog audit,
            Notifications notifications,
            MarketMessages messages,
            ApplicationEventPublisher events,
            Clock clock) {
        this.repository = repository;
        this.listings = listings;
        this.directory = directory;
        this.accounts = accounts;
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
            throw new DomainException(403, "market.error.memberOnly");
        }
        if (!listing.status().isLive()) {
            throw new DomainException(409, "market.error.notLive");
        }
        if (repository.existsByListingIdAndInterestedOrgIdAndStageIn(listingId, actor.organisationId(), OPEN)) {
            throw new DomainException(409, "market.error.alreadyInterested");
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
        Deal deal = find(id);
        checkVersion(deal, version);
        if (!actor.actsFor(deal.ownerOrgId())) {
            throw new DomainException(403, "market.error.ownerOnly");
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
        notifications.sendToRole(
                Role.BROKER,
                messages.vi("market.notify.needsBroker.subject"),
                messages.vi("market.notify.needsBroker.body", title),
                link(deal));
    }

    public void takeAsBroker(CurrentUser actor, UUID id) {
        Deal deal = find(id);
        if (!actor.has(Role.BROKER)) {
            throw new DomainException(403, "market.error.brokerOnly");
        }
        if (deal.brokerUserId() != null
                && !deal.brokerUserId().equals(actor.id().value())) {
            throw new DomainException(409, "market.error.brokerTaken");
        }
        Map<String, Object> before = deal.auditState();
        deal.assignBroker(actor.id().value(), clock.instant());
        Map<String, Object> after = deal.auditState();
        after.put("broker", actor.username());
        audit.record("market.deal.broker", "market.deal", id.toString(), before, after);
    }

    public void introduced(CurrentUser actor, UUID id, long version) {
        Deal deal = find(id);
        checkVersion(deal, version);
        if (!isBroker(actor, deal) && !isStaff(actor)) {
            throw new DomainException(403, "market.error.brokerOnly");
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
        Deal deal = find(id);
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
        Deal deal = find(id);
        requireParticipant(actor, deal);
        Set<String> known = Set.copyOf(rules.documents());
        if (!known.containsAll(gathered)) {
            throw new DomainException(422, "market.error.unknownDocument");
        }
        deal.checkDocuments(gathered, clock.instant());
        audit.record("market.deal.documents", "market.deal", id.toString(), null, Map.of("documents", gathered));
    }

    public void registered(CurrentUser actor, UUID id, long version, String number, LocalDate date) {
        Deal deal = find(id);
        checkVersion(deal, version);
        requireParticipant(actor, deal);
        Map<String, Object> before = deal.auditState();
        deal.registered(number, date, listings.today(), clock.instant());
        audit.record("market.deal.registered", "market.deal", id.toString(), before, deal.auditState());
    }

    public void decline(CurrentUser actor, UUID id, DeclineReason reason, @Nullable String note) {
        Deal deal = find(id);
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
        Deal deal = find(id);
        boolean participant = actor.actsFor(deal.ownerOrgId())
                || actor.actsFor(deal.interestedOrgId())
                || isStaff(actor)
                || actor.has(Role.BROKER);
        if (!participant) {
            throw new NotFoundException("deal", id);
        }
        return toView(deal, actor);
    }

    /** The deals an organisation's member, a broker or the Department follows. */
    @Transactional(readOnly = true)
    public List<DealView> dealsFor(CurrentUser actor) {
        List<Deal> deals;
        if (isStaff(actor)) {
            deals = repository.findAllByOrderByCreatedAtDesc();
        } else if (actor.has(Role.BROKER)) {
            deals = repository.forBroker(actor.id().value(), DealStage.INTRODUCTION);
        } else if (actor.organisationId() != null) {
            deals = repository.forOrganisation(actor.organisationId());
        } else {
            deals = List.of();
        }
        return deals.stream().map(each -> toView(each, actor)).toList();
    }

    private DealView toView(Deal deal, CurrentUser actor) {
        ListingView listing = listings.internal(deal.listingId());
        boolean owner = actor.actsFor(deal.ownerOrgId());
        boolean broker = isBroker(actor, deal);
        boolean staff = isStaff(actor);
        boolean participant = owner || actor.actsFor(deal.interestedOrgId()) || broker || staff;
        boolean disclose = !listing.anonymous() || owner || staff || broker || deal.ownerDisclosed();
        String brokerName = deal.brokerUserId() == null
                ? null
                : accounts.find(new UserId(deal.brokerUserId()))
                        .map(UserSummary::displayName)
                        .orElse(null);
        String reasonKey = deal.transferDirection() == null
                ? null
                : rules.decide(
                                deal.transferDirection(),
                                Boolean.TRUE.equals(stateCapitalOf(deal)),
                                Boolean.TRUE.equals(taskResultOf(deal)),
                                deal.signedOn())
                        .reasonKey();
        return new DealView(
                deal.id(),
                deal.listingId(),
                listing.title(),
                deal.relatedListingId(),
                deal.stage(),
                deal.message(),
                disclose ? name(deal.ownerOrgId()) : null,
                name(deal.interestedOrgId()),
                brokerName,
                deal.owes() == null ? null : deal.owes().name(),
                deal.dueAt(),
                deal.declineReason(),
                deal.declineNote(),
                deal.signedOn(),
                deal.contractValue(),
                deal.transferDirection(),
                deal.registrationRequired(),
                deal.registrationRule(),
                reasonKey,
                deal.registrationDeadline(),
                rules.documents(),
                deal.documents(),
                deal.certificateNumber(),
                deal.certificateDate(),
                deal.createdAt(),
                deal.version(),
                owner && deal.stage() == DealStage.INTEREST,
                actor.has(Role.BROKER)
                        && deal.brokerUserId() == null
                        && deal.stage().isOpen(),
                (broker || staff) && deal.stage() == DealStage.INTRODUCTION,
                participant && deal.stage() == DealStage.NEGOTIATION,
                participant && deal.stage() == DealStage.SIGNED,
                participant && deal.stage().isOpen());
    }

    private Boolean stateCapitalOf(Deal deal) {
        return deal.stateCapital();
    }

    private Boolean taskResultOf(Deal deal) {
        return deal.taskResultRegistered();
    }

    private String name(UUID organisation) {
        return directory
                .organisation(organisation)
                .map(OrganisationSummary::name)
                .orElse("—");
    }

    private void notifyBroker(Deal deal, String subject, String body) {
        if (deal.brokerUserId() != null) {
            notifications.send(new UserId(deal.brokerUserId()), subject, body, link(deal));
        } else {
            notifications.sendToRole(Role.BROKER, subject, body, link(deal));
        }
    }

    private void requireParticipant(CurrentUser actor, Deal deal) {
        boolean participant = actor.actsFor(deal.ownerOrgId())
                || actor.actsFor(deal.interestedOrgId())
                || isBroker(actor, deal)
                || isStaff(actor);
        if (!participant) {
            throw new DomainException(403, "market.error.participantOnly");
        }
    }

    private static boolean isBroker(CurrentUser actor, Deal deal) {
        return actor.has(Role.BROKER)
                && deal.brokerUserId() != null
                && deal.brokerUserId().equals(actor.id().value());
    }

    private static boolean isStaff(CurrentUser actor) {
        return actor.has(Role.STAFF) || actor.has(Role.ADMIN);
    }

    private Deal find(UUID id) {
        return repository.findById(id).orElseThrow(() -> new NotFoundException("deal", id));
    }

    private static void checkVersion(Deal deal, long version) {
        if (deal.version() != version) {
            throw new DomainException(409, "market.error.staleVersion");
        }
    }

    private static String link(Deal deal) {
        return "/market/deals/" + deal.id();
    }
}
