package vn.doimoi.projects.councils;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.doimoi.directory.PersonSummary;
import vn.doimoi.identity.CurrentUser;
import vn.doimoi.identity.Notifications;
import vn.doimoi.identity.UserId;
import vn.doimoi.projects.councils.AcceptanceCouncils.Candidate;
import vn.doimoi.projects.execution.ExecutionTask;
import vn.doimoi.projects.execution.Stage;
import vn.doimoi.projects.rules.ConflictKind;
import vn.doimoi.projects.rules.ConflictRules;
import vn.doimoi.projects.rules.CouncilRole;
import vn.doimoi.projects.rules.CouncilRule;
import vn.doimoi.projects.rules.RuleSet;
import vn.doimoi.projects.rules.RuleSets;
import vn.doimoi.projects.support.TaskAccess;
import vn.doimoi.shared.DomainException;

/**
 * Forming an acceptance council on the engine: the composition from the acceptance rule in
 * {@code rules/}, each expert checked against the host and the PI by the conflict rules in force,
 * sanctions included, as for every council; a member with any conflict is refused, not seated.
 */
@Component
@Transactional
class AcceptanceSeating {

    private final CouncilRepository councils;
    private final TaskAccess access;
    private final CouncilPeople people;
    private final RuleSets ruleSets;
    private final List<CouncilSubject> subjects;
    private final Notifications notifications;

    AcceptanceSeating(
            CouncilRepository councils,
            TaskAccess access,
            CouncilPeople people,
            RuleSets ruleSets,
            List<CouncilSubject> subjects,
            Notifications notifications) {
        this.councils = councils;
        this.access = access;
        this.people = people;
        this.ruleSets = ruleSets;
        this.subjects = List.copyOf(subjects);
        this.notifications = notifications;
    }

    @Transactional(readOnly = true)
    List<Candidate> candidates(CurrentUser actor, UUID taskId) {
        access.staff(actor, taskId);
        RuleSet rules = conflictRules();
        List<ConflictRules.DossierFacts> parties = subject().parties(taskId);
        return people.reviewers().stream()
                .map(p -> new Candidate(p.id(), p.titledName(), people.conflicts(rules, p.id(), parties)))
                .sorted(Comparator.comparing(Candidate::name))
                .toList();
    }

    void form(CurrentUser actor, UUID taskId, String decisionNumber, Map<UUID, CouncilRole> seats) {
        ExecutionTask task = access.staff(actor, taskId);
        task.require(Stage.UNDER_ACCEPTANCE);
        if (councils.findByTaskId(taskId).isPresent()) {
            throw DomainException.conflict("acceptance.council.error.exists");
        }
        CouncilRule rule = ruleSets.acceptanceCouncilFor(task.decisionDate());
        rule.checkComposition(seats);
        Council council = Council.forTask(
                taskId, rule.version(), decisionNumber, access.clock().instant());
        RuleSet rules = conflictRules();
        List<ConflictRules.DossierFacts> parties = subject().parties(taskId);
        for (Map.Entry<UUID, CouncilRole> seat : seats.entrySet()) {
            PersonSummary person = people.reviewer(seat.getKey())
                    .orElseThrow(() -> DomainException.refused("acceptance.council.error.notExpert"));
            Set<ConflictKind> conflicts = people.conflicts(rules, person.id(), parties);
            if (!conflicts.isEmpty()) {
                throw DomainException.refused(
                        "acceptance.council.error.conflict",
                        person.titledName(),
                        access.t("council.conflict."
                                + conflicts.iterator().next().name()));
            }
            council.seat(
                    person.id(),
                    person.titledName(),
                    seat.getValue(),
                    person.organisationId(),
                    people.userOf(person.id()),
                    Set.of());
        }
        AcceptanceScoring.of(council).open(rule, access.clock().instant());
        councils.save(council);
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("decisionNumber", council.decisionNumber());
        after.put("rule", rule.version());
        council.members()
                .forEach(s -> after.put(s.personId().toString(), s.role().name()));
        access.journal(
                taskId,
                actor.username(),
                "acceptance.council.formed",
                council.decisionNumber() + " · " + council.members().size(),
                null,
                after);
        invite(council);
    }

    private void invite(Council council) {
        for (Seat seat : council.members()) {
            if (seat.userId() != null) {
                CouncilSubject.Invitation invitation =
                        subject().invitation(council.subjectId(), council.id(), seat.role());
                notifications.send(
                        new UserId(seat.userId()), invitation.subject(), invitation.body(), invitation.link());
            }
        }
    }

    /** The conflicts of interest recognised today: the same rules, sanctions included, as every council's. */
    private RuleSet conflictRules() {
        return ruleSets.inForce(access.today());
    }

    private CouncilSubject subject() {
        return subjects.stream()
                .filter(s -> s.purpose() == CouncilPurpose.ACCEPTANCE)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no acceptance subject"));
    }
}
