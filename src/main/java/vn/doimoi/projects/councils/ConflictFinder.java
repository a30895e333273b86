package vn.doimoi.projects.councils;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;
import vn.doimoi.directory.Directory;
import vn.doimoi.directory.PersonAffiliations;
import vn.doimoi.directory.PersonSummary;
import vn.doimoi.projects.rules.ConflictKind;
import vn.doimoi.projects.rules.ConflictRules;
import vn.doimoi.projects.rules.Deadlines;
import vn.doimoi.projects.rules.RuleSet;
import vn.doimoi.projects.selection.Dossier;
import vn.doimoi.projects.selection.Sanction;
import vn.doimoi.projects.selection.SanctionRepository;

/**
 * Gathers a candidate member's facts from the directory and the sanctions register and finds
 * their conflicts with what a council judges: dossiers (selection) or proposals (identification).
 */
@Component
public class ConflictFinder {

    private final Directory directory;
    private final SanctionRepository sanctions;
    private final Clock clock;

    public ConflictFinder(Directory directory, SanctionRepository sanctions, Clock clock) {
        this.directory = directory;
        this.sanctions = sanctions;
        this.clock = clock;
    }

    /** Conflicts with the applicants of these dossiers: organisation, partners, PI and key members. */
    public Set<ConflictKind> withDossiers(RuleSet rules, UUID personId, List<Dossier> dossiers) {
        return find(rules, personId, dossiers.stream().map(this::facts).toList());
    }

    /** Conflicts with the proposing organisations of an identification round. */
    public Set<ConflictKind> withProposers(RuleSet rules, UUID personId, List<UUID> proposerOrganisations) {
        return find(
                rules,
                personId,
                proposerOrganisations.stream()
                        .distinct()
                        .map(org -> new ConflictRules.DossierFacts(org, Set.of(), Set.of(), List.of()))
                        .toList());
    }

    private Set<ConflictKind> find(RuleSet rules, UUID personId, List<ConflictRules.DossierFacts> items) {
        PersonAffiliations facts = directory.affiliations(personId).orElse(null);
        if (facts == null) {
            return Set.of();
        }
        LocalDate today = LocalDate.now(clock.withZone(Deadlines.VIETNAM));
        ConflictRules.MemberFacts member = new ConflictRules.MemberFacts(
                personId,
                facts.currentOrganisationId(),
                facts.pastOrganisationIds(),
                facts.declaredRelatives(),
                sanctions.findByPersonId(personId).stream()
                        .map(Sanction::validUntil)
                        .toList());
        Set<ConflictKind> found = EnumSet.noneOf(ConflictKind.class);
        for (ConflictRules.DossierFacts item : items) {
            found.addAll(ConflictRules.find(rules, member, item, today));
        }
        return found;
    }

    private ConflictRules.DossierFacts facts(Dossier dossier) {
        Set<UUID> people = new HashSet<>(dossier.keyMemberIds());
        if (dossier.principalInvestigatorId() != null) {
            people.add(dossier.principalInvestigatorId());
        }
        List<String> names = people.stream()
                .map(id -> directory.person(id).map(PersonSummary::fullName).orElse(""))
                .toList();
        return new ConflictRules.DossierFacts(
                dossier.applicantOrganisationId(), Set.copyOf(dossier.partnerOrganisationIds()), people, names);
    }
}
