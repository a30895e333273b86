package vn.doimoi.projects.identification;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.doimoi.directory.Directory;
import vn.doimoi.directory.OrganisationSummary;
import vn.doimoi.directory.PersonAffiliations;
import vn.doimoi.directory.PersonSummary;
import vn.doimoi.identity.Accounts;
import vn.doimoi.identity.CurrentUser;
import vn.doimoi.identity.Notifications;
import vn.doimoi.identity.UserId;
import vn.doimoi.projects.SelectionMethod;
import vn.doimoi.projects.councils.ConflictFinder;
import vn.doimoi.projects.councils.Council;
import vn.doimoi.projects.councils.CouncilRepository;
import vn.doimoi.projects.councils.CouncilState;
import vn.doimoi.projects.councils.ScoreSheet;
import vn.doimoi.projects.councils.Seat;
import vn.doimoi.projects.identification.RoundViews.MyRoundSeat;
import vn.doimoi.projects.identification.RoundViews.OrderedListView;
import vn.doimoi.projects.identification.RoundViews.OutcomeView;
import vn.doimoi.projects.identification.RoundViews.RoundSummary;
import vn.doimoi.projects.identification.RoundViews.RoundView;
import vn.doimoi.projects.proposals.Proposal;
import vn.doimoi.projects.proposals.ProposalRepository;
import vn.doimoi.projects.proposals.ProposalState;
import vn.doimoi.projects.proposals.Proposals;
import vn.doimoi.projects.rules.ConflictKind;
import vn.doimoi.projects.rules.CouncilRole;
import vn.doimoi.projects.rules.RuleSet;
import vn.doimoi.projects.rules.RuleSets;
import vn.doimoi.projects.rules.Tally;
import vn.doimoi.projects.selection.CallData;
import vn.doimoi.projects.selection.CallGuards;
import vn.doimoi.projects.selection.Views.Candidate;
import vn.doimoi.projects.selection.Views.MemberView;
import vn.doimoi.projects.selection.Views.ResultView;
import vn.doimoi.shared.DomainException;
import vn.doimoi.shared.NotFoundException;
import vn.doimoi.shared.audit.AuditLog;

/**
 * Stage 2: a year's identification round with its council (members from the directory's
 * experts, conflicts found from the data, online score sheets and votes), the outcome it fixes
 * for each proposal; concluding drafts the ordered list ({@link OrderedLists} records its approval). Every change checks
 * who acts, goes through the aggregate's transition and is audited in the same transaction.
 */
@Service
@Transactional
public class Identification {

    private static final Locale VI = Locale.forLanguageTag("vi");

    private final RoundRepository rounds;
    private final OrderedListRepository lists;
    private final ProposalRepository proposals;
    private final CouncilRepository councils;
    private final ConflictFinder conflicts;
    private final RuleSets ruleSets;
    private final Directory directory;
    private final Accounts accounts;
    private final Notifications notifications;
    private final MessageSource messages;
    private final AuditLog audit;
    private final Clock clock;

    public Identification(
            RoundRepository rounds,
            OrderedListRepository lists,
            ProposalRepository proposals,
            CouncilRepository councils,
            ConflictFinder conflicts,
            RuleSets ruleSets,
            Directory directory,
            Accounts accounts,
            Notifications notifications,
            MessageSource messages,
            AuditLog audit,
            Clock clock) {
        this.rounds = rounds;
        this.lists = lists;
        this.proposals = proposals;
        this.councils = councils;
        this.conflicts = conflicts;
        this.ruleSets = ruleSets;
        this.directory = directory;
        this.accounts = accounts;
        this.notifications = notifications;
        this.messages = messages;
        this.audit = audit;
        this.clock = clock;
    }

    // ---------------------------------------------------------------- the round

    /** STAFF opens the round of a year (one per year), under the identification rules in force. */
    public UUID createRound(int year, String title) {
        requireStaff();
        if (rounds.findByYear(year).isPresent()) {
            throw DomainException.conflict("identification.error.yearTaken", year);
        }
        IdentificationRound round = new IdentificationRound(
                year,
                title,
                ruleSets.identificationInForce(LocalDate.now(clock)).id(),
                clock.instant());
        rounds.save(round);
        audit.record("identification.created", "projects.round", round.id().toString(), null, round.auditState());
        return round.id();
    }

    /** STAFF groups submitted proposals into the round. */
    public void addProposals(UUID roundId, long version, List<UUID> proposalIds) {
        requireStaff();
        IdentificationRound round = loadRound(roundId);
        checkVersion(round.version(), version);
        Map<String, Object> before = round.auditState();
        for (UUID id : proposalIds) {
            Proposal proposal = proposals.findById(id).orElseThrow(() -> new NotFoundException("proposal", id));
            round.add(proposal);
            proposals.save(proposal);
            audit.record(
                    "proposal.grouped",
                    "projects.proposal",
                    id.toString(),
                    Map.of("state", ProposalState.SUBMITTED.name()),
                    proposal.auditState());
        }
        rounds.saveAndFlush(round);
        audit.record("identification.grouped", "projects.round", roundId.toString(), before, round.auditState());
    }

    /** STAFF forms the identification council: the round's proposals are fixed from now on. */
    public UUID formCouncil(UUID roundId, long version, @Nullable String decisionNumber) {
        requireStaff();
        IdentificationRound round = loadRound(roundId);
        checkVersion(round.version(), version);
        Council council = Council.forRound(
                roundId,
                round.ruleSetId(),
                decisionNumber == null || decisionNumber.isBlank() ? null : decisionNumber.strip(),
                clock.instant());
        Map<String, Object> before = round.auditState();
        round.formCouncil(council.id());
        councils.save(council);
        rounds.saveAndFlush(round);
        audit.record("identification.councilFormed", "projects.round", roundId.toString(), before, round.auditState());
        audit.record("council.created", "projects.council", council.id().toString(), null, council.auditState());
        return council.id();
    }

    /** Experts who accept review work, with their conflicts against the round's proposing organisations. */
    @Transactional(readOnly = true)
    public List<Candidate> candidates(UUID roundId) {
        requireStaff();
        IdentificationRound round = loadRound(roundId);
        Council council = councilOf(round);
        RuleSet rules = ruleSets.get(round.ruleSetId());
        List<UUID> proposers = proposers(round);
        List<Candidate> result = new ArrayList<>();
        for (PersonSummary person : directory.people()) {
            if (!person.acceptsReview()) {
                continue;
            }
            Set<ConflictKind> found = conflicts.withProposers(rules, person.id(), proposers);
            result.add(new Candidate(
                    person.id(),
                    person.titledName(),
                    person.organisationId() == null ? null : orgName(person.organisationId()),
                    List.copyOf(found),
                    council.seat(person.id()).isPresent()));
        }
        return result;
    }

    /** Seats experts (one version check for the whole form); a found conflict seats them as excluded. */
    public void seat(UUID roundId, long councilVersion, Map<UUID, CouncilRole> seats) {
        requireStaff();
        IdentificationRound round = loadRound(roundId);
        Council council = councilOf(round);
        checkVersion(council.version(), councilVersion);
        RuleSet rules = ruleSets.get(round.ruleSetId());
        List<UUID> proposers = proposers(round);
        Map<String, Object> before = council.auditState();
        for (Map.Entry<UUID, CouncilRole> entry : seats.entrySet()) {
            UUID personId = entry.getKey();
            PersonSummary person =
                    directory.person(personId).orElseThrow(() -> new NotFoundException("person", personId));
            Set<ConflictKind> found = conflicts.withProposers(rules, personId, proposers);
            UUID userId = directory
                    .affiliations(personId)
                    .map(PersonAffiliations::userId)
                    .orElse(null);
            council.seat(personId, person.titledName(), entry.getValue(), person.organisationId(), userId, found);
            if (userId != null && found.isEmpty()) {
                notifications.send(
                        new UserId(userId),
                        t("identification.notify.invited.subject", round.year()),
                        t(
                                "identification.notify.invited.body",
                                t("council.role." + entry.getValue().name()),
                                round.title()),
                        "/identification/" + roundId);
            }
        }
        councils.saveAndFlush(council);
        audit.record("council.seated", "projects.council", council.id().toString(), before, council.auditState());
    }

    /** A seated member (without a found conflict) declares no conflict of interest. */
    public void declareNoConflict(UUID roundId) {
        IdentificationRound round = loadRound(roundId);
        Council council = councilOf(round);
        UUID person = myPerson();
        council.declareNoConflict(person, clock.instant());
        councils.saveAndFlush(council);
        audit.record(
                "council.declared",
                "projects.council",
                council.id().toString(),
                null,
                Map.of("person", person.toString()));
    }

    /** STAFF records a member's signed paper declaration. */
    public void declareOnBehalf(UUID roundId, UUID personId) {
        requireStaff();
        Council council = councilOf(loadRound(roundId));
        council.declareNoConflict(personId, clock.instant());
        councils.saveAndFlush(council);
        audit.record(
                "council.declaredOnPaper",
                "projects.council",
                council.id().toString(),
                null,
                Map.of("person", personId.toString()));
    }

    /** STAFF starts the meeting with the members present: composition, declarations and quorum are checked. */
    public void startMeeting(UUID roundId, long councilVersion, Set<UUID> present) {
        requireStaff();
        IdentificationRound round = loadRound(roundId);
        Council council = councilOf(round);
        checkVersion(council.version(), councilVersion);
        Map<String, Object> before = council.auditState();
        council.start(ruleSets.get(round.ruleSetId()), present, clock.instant());
        councils.saveAndFlush(council);
        audit.record("council.started", "projects.council", council.id().toString(), before, council.auditState());
    }

    /** A present member scores a proposal on the criteria sheet and votes to recommend it or not. */
    public void score(
            UUID roundId, UUID proposalId, Map<String, Integer> scores, boolean recommends, @Nullable String comment) {
        IdentificationRound round = loadRound(roundId);
        scoreAs(round, myPerson(), proposalId, scores, recommends, comment, "council.scored");
    }

    /** STAFF (the administrative secretary) enters a member's signed paper sheet. */
    public void scoreOnBehalf(
            UUID roundId,
            UUID personId,
            UUID proposalId,
            Map<String, Integer> scores,
            boolean recommends,
            @Nullable String comment) {
        requireStaff();
        scoreAs(loadRound(roundId), personId, proposalId, scores, recommends, comment, "council.scoredOnPaper");
    }

    private void scoreAs(
            IdentificationRound round,
            UUID personId,
            UUID proposalId,
            Map<String, Integer> scores,
            boolean recommends,
            @Nullable String comment,
            String action) {
        if (round.state() != RoundState.IN_COUNCIL) {
            throw DomainException.conflict(
                    "identification.error.transition", "score", round.state().name());
        }
        Council council = councilOf(round);
        council.score(
                ruleSets.get(round.ruleSetId()),
                personId,
                proposalId,
                round.proposalIds(),
                scores,
                recommends,
                comment,
                clock.instant());
        councils.saveAndFlush(council);
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("person", personId.toString());
        after.put("proposal", proposalId.toString());
        after.put("scores", scores.toString());
        after.put("recommends", recommends);
        audit.record(action, "projects.council", council.id().toString(), null, after);
    }

    /** STAFF records the council's conclusions on a proposal: task name, objectives, method, products. */
    public void fixOutcome(
            UUID roundId,
            long version,
            UUID proposalId,
            String taskName,
            String objectives,
            SelectionMethod method,
            List<CallData.Product> products) {
        requireStaff();
        IdentificationRound round = loadRound(roundId);
        checkVersion(round.version(), version);
        round.fixOutcome(proposalId, taskName, objectives, method, products);
        rounds.saveAndFlush(round);
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("proposal", proposalId.toString());
        after.put("taskName", taskName);
        after.put("method", method.name());
        after.put("products", products.size());
        audit.record("identification.outcomeFixed", "projects.round", roundId.toString(), null, after);
    }

    /**
     * Counts the sheets and votes and ends the round: recommended proposals are shortlisted with
     * their score and method, the others rejected; proposers are told; the ordered list is drafted.
     */
    public void conclude(UUID roundId, long version) {
        requireStaff();
        IdentificationRound round = loadRound(roundId);
        checkVersion(round.version(), version);
        Council council = councilOf(round);
        RuleSet rules = ruleSets.get(round.ruleSetId());
        Map<String, Object> before = round.auditState();
        Map<String, Object> councilBefore = council.auditState();
        List<Tally.Result> results = council.conclude(rules, round.proposalIds(), clock.instant());
        round.conclude(rules, results, votes(council), clock.instant());
        councils.saveAndFlush(council);
        audit.record(
                "council.concluded", "projects.council", council.id().toString(), councilBefore, council.auditState());
        for (RoundOutcome outcome : round.outcomes()) {
            Proposal proposal = proposals
                    .findById(outcome.proposalId())
                    .orElseThrow(() -> new NotFoundException("proposal", outcome.proposalId()));
            Map<String, Object> was = proposal.auditState();
            boolean recommended = Boolean.TRUE.equals(outcome.recommended());
            if (recommended) {
                proposal.shortlist(round.year(), outcome.average(), outcome.method());
            } else {
                proposal.reject();
            }
            proposals.save(proposal);
            audit.record(
                    recommended ? "proposal.shortlisted" : "proposal.rejected",
                    "projects.proposal",
                    proposal.id().toString(),
                    was,
                    proposal.auditState());
            notifications.sendToOrganisation(
                    proposal.organisationId(),
                    t("identification.notify.result.subject", round.year()),
                    t(
                            recommended
                                    ? "identification.notify.result.recommended"
                                    : "identification.notify.result.notRecommended",
                            proposal.title()),
                    "/proposals");
        }
        rounds.saveAndFlush(round);
        audit.record("identification.concluded", "projects.round", roundId.toString(), before, round.auditState());
        if (!round.recommended().isEmpty()) {
            OrderedList list = new OrderedList(round, clock.instant());
            lists.save(list);
            audit.record(
                    "identification.list.drafted",
                    "projects.orderedList",
                    list.id().toString(),
                    null,
                    list.auditState());
        }
    }

    // ---------------------------------------------------------------- views

    @Transactional(readOnly = true)
    public List<RoundSummary> rounds() {
        requireStaff();
        return rounds.findAllByOrderByYearDesc().stream()
                .map(r -> new RoundSummary(
                        r.id(),
                        r.year(),
                        r.title(),
                        r.state(),
                        r.outcomes().size(),
                        r.recommended().size(),
                        lists.findByRoundId(r.id()).map(OrderedList::state).orElse(null)))
                .toList();
    }

    /** Proposals STAFF may still group into a round. */
    @Transactional(readOnly = true)
    public List<Proposals.ProposalView> ungrouped() {
        requireStaff();
        return proposals.findByStateOrderByCreatedAt(ProposalState.SUBMITTED).stream()
                .map(p -> new Proposals.ProposalView(
                        p.id(),
                        orgName(p.organisationId()),
                        p.title(),
                        p.problem(),
                        p.objectives(),
                        p.expectedProducts(),
                        p.adopterName(),
                        p.budgetEstimate(),
                        p.priorityArea(),
                        p.state(),
                        p.roundYear(),
                        p.identificationScore(),
                        p.method(),
                        p.callId(),
                        p.createdAt(),
                        p.version()))
                .toList();
    }

    /** A round for STAFF, or for a seated member (who sees their own seat and sheets). */
    @Transactional(readOnly = true)
    public RoundView round(UUID id) {
        IdentificationRound round = loadRound(id);
        Optional<Council> council = Optional.ofNullable(round.councilId()).flatMap(councils::findById);
        CurrentUser actor = actor();
        Optional<Seat> mine = council.flatMap(c -> c.seatOfUser(actor.id().value()));
        if (!isStaff() && mine.isEmpty()) {
            throw DomainException.forbidden("council.error.notMember");
        }
        RuleSet rules = ruleSets.get(round.ruleSetId());
        List<OutcomeView> outcomes = new ArrayList<>();
        Map<UUID, String> names = new LinkedHashMap<>();
        for (RoundOutcome o : round.outcomes()) {
            Proposal p = proposals.findById(o.proposalId()).orElseThrow();
            names.put(p.id(), p.title());
            outcomes.add(new OutcomeView(
                    p.id(),
                    orgName(p.organisationId()),
                    p.title(),
                    p.problem(),
                    o.taskName(),
                    o.objectives(),
                    o.method(),
                    round.productsOf(p.id()).stream()
                            .map(OrderedProduct::toProduct)
                            .toList(),
                    o.average(),
                    o.votesFor(),
                    o.votesCast(),
                    o.priority(),
                    o.recommended(),
                    p.state(),
                    p.callId(),
                    p.version()));
        }
        List<MemberView> members = council.map(c -> c.members().stream()
                        .map(s -> new MemberView(
                                s.personId(),
                                s.fullName(),
                                s.role(),
                                s.organisationId() == null ? null : orgName(s.organisationId()),
                                s.excluded(),
                                s.conflicts(),
                                s.declaredAt() != null,
                                s.present(),
                                (int) c.sheets().stream()
                                        .filter(x -> x.personId().equals(s.personId()))
                                        .count()))
                        .toList())
                .orElse(List.of());
        List<ResultView> results = council.filter(c -> c.state() != CouncilState.FORMING)
                .map(c -> c.tally(rules, round.proposalIds()).stream()
                        .map(r -> new ResultView(
                                r.dossierId(),
                                names.get(r.dossierId()),
                                r.sheets(),
                                r.average(),
                                r.criterionAverages(),
                                r.criteriaBelowMinimum(),
                                r.passed(),
                                r.rank(),
                                r.tied()))
                        .toList())
                .orElse(List.of());
        MyRoundSeat mySeat = mine.map(seat -> mySeat(council.get(), seat)).orElse(null);
        OrderedListView list = lists.findByRoundId(id)
                .map(l -> new OrderedListView(
                        l.id(),
                        l.state(),
                        l.decisionNumber(),
                        l.decisionDate(),
                        l.signer(),
                        l.fileName(),
                        l.fileSha256(),
                        l.fileSize(),
                        l.version()))
                .orElse(null);
        return new RoundView(
                round.id(),
                round.year(),
                round.title(),
                round.state(),
                rules,
                round.councilId(),
                council.map(Council::decisionNumber).orElse(null),
                council.map(Council::state).orElse(null),
                round.concludedAt(),
                outcomes,
                members,
                results,
                list,
                mySeat,
                round.version(),
                council.map(Council::version).orElse(-1L));
    }

    /** The rounds whose council the signed-in expert sits on. */
    @Transactional(readOnly = true)
    public List<RoundSummary> myRounds() {
        UUID user = actor().id().value();
        return councils.findByKindOrderByCreatedAtDesc(Council.IDENTIFICATION).stream()
                .filter(c -> c.seatOfUser(user).isPresent())
                .map(c -> rounds.findByCouncilId(c.id()))
                .flatMap(Optional::stream)
                .map(r -> new RoundSummary(
                        r.id(),
                        r.year(),
                        r.title(),
                        r.state(),
                        r.outcomes().size(),
                        r.recommended().size(),
                        null))
                .toList();
    }

    // ---------------------------------------------------------------- helpers

    private static MyRoundSeat mySeat(Council council, Seat seat) {
        Map<UUID, Map<String, Integer>> scores = new LinkedHashMap<>();
        Map<UUID, Boolean> votes = new HashMap<>();
        Map<UUID, String> comments = new HashMap<>();
        for (ScoreSheet sheet : council.sheets()) {
            if (sheet.personId().equals(seat.personId())) {
                scores.put(sheet.dossierId(), sheet.scores());
                votes.put(sheet.dossierId(), Boolean.TRUE.equals(sheet.recommends()));
                comments.put(sheet.dossierId(), sheet.comment() == null ? "" : sheet.comment());
            }
        }
        return new MyRoundSeat(
                seat.personId(), seat.excluded(), seat.declaredAt() != null, seat.present(), scores, votes, comments);
    }

    /** For each proposal: {votes to recommend, sheets cast} by the members present. */
    private static Map<UUID, int[]> votes(Council council) {
        Map<UUID, int[]> votes = new HashMap<>();
        for (ScoreSheet sheet : council.sheets()) {
            int[] v = votes.computeIfAbsent(sheet.dossierId(), k -> new int[2]);
            v[1]++;
            if (Boolean.TRUE.equals(sheet.recommends())) {
                v[0]++;
            }
        }
        return votes;
    }

    private List<UUID> proposers(IdentificationRound round) {
        return round.proposalIds().stream()
                .map(id -> proposals.findById(id).map(Proposal::organisationId).orElseThrow())
                .toList();
    }

    private Council councilOf(IdentificationRound round) {
        if (round.councilId() == null) {
            throw DomainException.conflict("identification.error.noCouncil");
        }
        return councils.findById(round.councilId()).orElseThrow();
    }

    private IdentificationRound loadRound(UUID id) {
        return rounds.findById(id).orElseThrow(() -> new NotFoundException("round", id));
    }

    private UUID myPerson() {
        return directory
                .personOfUser(actor().id().value())
                .orElseThrow(() -> DomainException.forbidden("council.error.notMember"));
    }

    private String orgName(UUID id) {
        return directory.organisation(id).map(OrganisationSummary::name).orElse("?");
    }

    private static void checkVersion(long actual, long expected) {
        CallGuards.requireVersion(actual, expected);
    }

    private CurrentUser actor() {
        return CallGuards.signedIn(accounts);
    }

    private boolean isStaff() {
        return CallGuards.isStaff(accounts);
    }

    private void requireStaff() {
        CallGuards.requireStaff(accounts);
    }

    private String t(String key, Object... args) {
        return messages.getMessage(key, args, key, VI);
    }
}
