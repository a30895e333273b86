package vn.doimoi.projects.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ConflictRulesTests {

    static final RuleSet RULES = new RuleSets().get("TT20-2023");
    static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

    final UUID applicant = UUID.randomUUID();
    final UUID partner = UUID.randomUUID();
    final UUID elsewhere = UUID.randomUUID();
    final UUID pi = UUID.randomUUID();
    final UUID member = UUID.randomUUID();

    ConflictRules.DossierFacts dossier() {
        return new ConflictRules.DossierFacts(applicant, Set.of(partner), Set.of(pi), List.of("Trần Thị Bích Ngọc"));
    }

    Set<ConflictKind> conflictsOf(ConflictRules.MemberFacts facts) {
        return ConflictRules.find(RULES, facts, dossier(), TODAY);
    }

    @Test
    void aMemberWorkingElsewhereWithNothingDeclaredHasNoConflict() {
        assertThat(conflictsOf(new ConflictRules.MemberFacts(member, elsewhere, Set.of(), "", List.of())))
                .isEmpty();
    }

    @Test
    void aMemberWorkingAtTheApplicantIsInConflict() {
        assertThat(conflictsOf(new ConflictRules.MemberFacts(member, applicant, Set.of(), null, List.of())))
                .containsExactly(ConflictKind.WORKS_AT_APPLICANT);
    }

    @Test
    void aMemberWhoWorkedAtTheApplicantBeforeIsInConflict() {
        assertThat(conflictsOf(new ConflictRules.MemberFacts(member, elsewhere, Set.of(applicant), null, List.of())))
                .containsExactly(ConflictKind.WORKED_AT_APPLICANT);
    }

    @Test
    void aMemberWorkingOrHavingWorkedAtAPartnerIsInConflict() {
        assertThat(conflictsOf(new ConflictRules.MemberFacts(member, partner, Set.of(), null, List.of())))
                .containsExactly(ConflictKind.WORKS_AT_PARTNER);
        assertThat(conflictsOf(new ConflictRules.MemberFacts(member, elsewhere, Set.of(partner), null, List.of())))
                .containsExactly(ConflictKind.WORKS_AT_PARTNER);
    }

    @Test
    void thePrincipalInvestigatorCannotAssessTheirOwnDossier() {
        assertThat(conflictsOf(new ConflictRules.MemberFacts(pi, elsewhere, Set.of(), null, List.of())))
                .containsExactly(ConflictKind.IS_APPLICANT_PERSON);
    }

    @Test
    void aDeclaredRelativeOfAKeyPersonIsFoundEvenWrittenWithoutDiacritics() {
        assertThat(conflictsOf(new ConflictRules.MemberFacts(
                        member, elsewhere, Set.of(), "Vợ: Tran Thi Bich Ngoc, giáo viên", List.of())))
                .containsExactly(ConflictKind.DECLARED_RELATIVE);
        assertThat(conflictsOf(
                        new ConflictRules.MemberFacts(member, elsewhere, Set.of(), "Em trai: Trần Văn Nam", List.of())))
                .isEmpty();
    }

    @Test
    void aSanctionBlocksUntilItsLastDayAndNotAfter() {
        assertThat(conflictsOf(new ConflictRules.MemberFacts(member, elsewhere, Set.of(), null, List.of(TODAY))))
                .containsExactly(ConflictKind.SANCTIONED);
        assertThat(conflictsOf(
                        new ConflictRules.MemberFacts(member, elsewhere, Set.of(), null, List.of(TODAY.minusDays(1)))))
                .isEmpty();
    }

    @Test
    void theRuleSetCitesItsSourcesAndFlagsTheUnverifiedPassMark() {
        assertThat(RULES.sources()).anyMatch(s -> s.contains("20/2023/TT-BKHCN"));
        assertThat(RULES.isUnverified("scoring.passTotal")).isTrue();
        assertThat(RULES.scoring().maxTotal()).isEqualTo(100);
    }
}
