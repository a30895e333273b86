package vn.doimoi.projects.rules;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.doimoi.shared.text.VietnameseText;

/** Finds conflicts of interest from structured facts; no self-declaration needed to find them. */
public final class ConflictRules {

    private ConflictRules() {}

    /** What the directory and the sanctions register know of a candidate member. */
    public record MemberFacts(
            UUID personId,
            @Nullable UUID currentOrganisationId,
            Set<UUID> pastOrganisationIds,
            @Nullable String declaredRelatives,
            List<LocalDate> sanctionsValidUntil) {

        public MemberFacts {
            pastOrganisationIds = Set.copyOf(pastOrganisationIds);
            sanctionsValidUntil = List.copyOf(sanctionsValidUntil);
        }
    }

    /** Who is behind a dossier: the applicant, partners, PI and key members (ids and names). */
    public record DossierFacts(
            UUID applicantOrganisationId,
            Set<UUID> partnerOrganisationIds,
            Set<UUID> applicantPersonIds,
            List<String> applicantPersonNames) {

        public DossierFacts {
            partnerOrganisationIds = Set.copyOf(partnerOrganisationIds);
            applicantPersonIds = Set.copyOf(applicantPersonIds);
            applicantPersonNames = List.copyOf(applicantPersonNames);
        }
    }

    /** The conflicts of one member with one dossier that the rule set recognises. */
    public static Set<ConflictKind> find(RuleSet rules, MemberFacts member, DossierFacts dossier, LocalDate today) {
        Set<ConflictKind> found = EnumSet.noneOf(ConflictKind.class);
        UUID applicant = dossier.applicantOrganisationId();
        if (applicant.equals(member.currentOrganisationId())) {
            found.add(ConflictKind.WORKS_AT_APPLICANT);
        }
        if (member.pastOrganisationIds().contains(applicant) && !applicant.equals(member.currentOrganisationId())) {
            found.add(ConflictKind.WORKED_AT_APPLICANT);
        }
        for (UUID partner : dossier.partnerOrganisationIds()) {
            if (partner.equals(member.currentOrganisationId())
                    || member.pastOrganisationIds().contains(partner)) {
                found.add(ConflictKind.WORKS_AT_PARTNER);
            }
        }
        if (dossier.applicantPersonIds().contains(member.personId())) {
            found.add(ConflictKind.IS_APPLICANT_PERSON);
        }
        if (member.declaredRelatives() != null && !member.declaredRelatives().isBlank()) {
            String relatives = VietnameseText.fold(member.declaredRelatives());
            for (String name : dossier.applicantPersonNames()) {
                if (name != null && !name.isBlank() && relatives.contains(VietnameseText.fold(name))) {
                    found.add(ConflictKind.DECLARED_RELATIVE);
                }
            }
        }
        if (member.sanctionsValidUntil().stream().anyMatch(until -> !until.isBefore(today))) {
            found.add(ConflictKind.SANCTIONED);
        }
        found.retainAll(rules.conflicts());
        return found;
    }
}
