package vn.doimoi.projects.councils;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import vn.doimoi.directory.Directory;
import vn.doimoi.directory.OrganisationSummary;
import vn.doimoi.directory.PersonAffiliations;
import vn.doimoi.directory.PersonSummary;
import vn.doimoi.projects.rules.ConflictKind;
import vn.doimoi.projects.rules.ConflictRules;
import vn.doimoi.projects.rules.Deadlines;
import vn.doimoi.projects.rules.RuleSet;
import vn.doimoi.shared.DomainException;
import vn.doimoi.shared.NotFoundException;

/**
 * The people a council is made of, as the directory and the sanctions register know them: the
 * experts who accept review work, their accounts, and the conflicts of interest found from the
 * data against the parties behind what the council judges.
 */
@Component
class CouncilPeople {

    private final Directory directory;
    private final SanctionRepository sanctions;
    private final Clock clock;

    CouncilPeople(Directory directory, SanctionRepository sanctions, Clock clock) {
        this.directory = directory;
        this.sanctions = sanctions;
        this.clock = clock;
    }

    /** Experts who accept review work, with their conflicts; {@code seated} from the council. */
    List<Candidate> candidates(RuleSet rules, List<ConflictRules.DossierFacts> parties, Council council) {
        return directory.people().stream()
                .filter(PersonSummary::acceptsReview)
                .map(person -> new Candidate(
                        person.id(),
                        person.titledName(),
                        organisationName(person.organisationId()),
                        List.copyOf(conflicts(rules, person.id(), parties)),
                        council.seat(person.id()).isPresent()))
                .toList();
    }

    /** The directory's experts who accept review work. */
    List<PersonSummary> reviewers() {
        return directory.people().stream().filter(PersonSummary::acceptsReview).toList();
    }

    /** An expert who accepts review work, if this person is one. */
    Optional<PersonSummary> reviewer(UUID personId) {
        return directory.person(personId).filter(PersonSummary::acceptsReview);
    }

    /** The directory person linked to an account, if any. */
    Optional<UUID> linkedPerson(UUID userId) {
        return directory.personOfUser(userId);
    }

    PersonSummary person(UUID personId) {
        return directory.person(personId).orElseThrow(() -> new NotFoundException("person", personId));
    }

    /** The account linked to a directory person, who then acts online. */
    @Nullable
    UUID userOf(UUID personId) {
        return directory.affiliations(personId).map(PersonAffiliations::userId).orElse(null);
    }

    /** The signed-in user's directory person; a user without one sits on no council. */
    UUID personOfUser(UUID userId) {
        return directory.personOfUser(userId).orElseThrow(() -> DomainException.forbidden("council.error.notMember"));
    }

    @Nullable
    String organisationName(@Nullable UUID organisationId) {
        return organisationId == null
                ? null
                : directory
                        .organisation(organisationId)
                        .map(OrganisationSummary::name)
                        .orElse("?");
    }

    /** The conflicts the rule set recognises between a person and any of the parties. */
    Set<ConflictKind> conflicts(RuleSet rules, UUID personId, List<ConflictRules.DossierFacts> parties) {
        Optional<PersonAffiliations> facts = directory.affiliations(personId);
        if (facts.isEmpty()) {
            return Set.of();
        }
        LocalDate today = LocalDate.now(clock.withZone(Deadlines.VIETNAM));
        ConflictRules.MemberFacts member = new ConflictRules.MemberFacts(
                personId,
                facts.get().currentOrganisationId(),
                facts.get().pastOrganisationIds(),
                facts.get().declaredRelatives(),
                sanctions.findByPersonId(personId).stream()
                        .map(Sanction::validUntil)
                        .toList());
        Set<ConflictKind> found = EnumSet.noneOf(ConflictKind.class);
        for (ConflictRules.DossierFacts party : parties) {
            found.addAll(ConflictRules.find(rules, member, party, today));
        }
        return found;
    }

    void recordSanction(Sanction sanction) {
        sanctions.save(sanction);
    }
}
