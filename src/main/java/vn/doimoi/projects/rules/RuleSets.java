package vn.doimoi.projects.rules;

import java.time.LocalDate;
import java.util.List;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import vn.doimoi.rules.BundledRules;
import vn.doimoi.rules.RuleVersion;
import vn.doimoi.rules.RuleVersions;
import vn.doimoi.shared.DomainException;

/**
 * The task workflow's rules, read from the rule book (ADR 0051): a decision already taken reads the
 * version it recorded; a new one reads the version in force on the day that fixes its regime — today
 * for a call or a council formed for a call, the approval decision's date for a task (tasks approved
 * before 1/10/2025 stay on the old versions).
 */
@Component
public class RuleSets {

    private final RuleVersions versions;

    @Autowired
    public RuleSets(RuleVersions versions) {
        this.versions = versions;
    }

    /** The shipped versions only, for code that runs outside Spring (rule records, unit tests). */
    public RuleSets() {
        this(BundledRules.INSTANCE);
    }

    /** A selection or identification version by its code (the one a call or council recorded). */
    public RuleSet get(String id) {
        for (var kind : List.of(
                ProjectRuleKinds.SELECTION_COUNCIL,
                ProjectRuleKinds.IDENTIFICATION_COUNCIL,
                ProjectRuleKinds.REVIEW_COUNCIL)) {
            for (RuleVersion<RuleSet.Body> version : versions.published(kind)) {
                if (version.code().equals(id)) {
                    return RuleSet.of(version);
                }
            }
        }
        throw DomainException.invalid("call.error.unknownRuleSet", id);
    }

    /** An acceptance council's rule by the version it was formed under. */
    public CouncilRule acceptanceCouncil(String version) {
        return CouncilRule.of(known(() -> versions.version(ProjectRuleKinds.ACCEPTANCE_COUNCIL, version), version));
    }

    /** The acceptance council's rule for a task approved on a day. */
    public CouncilRule acceptanceCouncilFor(LocalDate approvedOn) {
        return CouncilRule.of(versions.inForce(ProjectRuleKinds.ACCEPTANCE_COUNCIL, approvedOn));
    }

    /** The grading of a task approved on a day. */
    public AcceptanceRule gradingFor(LocalDate approvedOn) {
        return AcceptanceRule.of(versions.inForce(ProjectRuleKinds.ACCEPTANCE_GRADING, approvedOn));
    }

    /** How far a task approved on a day may be extended. */
    public RuleVersion<ExtensionRule> extensionFor(LocalDate approvedOn) {
        return versions.inForce(ProjectRuleKinds.TASK_EXTENSION, approvedOn);
    }

    /** Whether a compliant failure of a task approved on a day is closed without recovery. */
    public RuleVersion<RiskAcceptanceRule> riskAcceptanceFor(LocalDate approvedOn) {
        return versions.inForce(ProjectRuleKinds.RISK_ACCEPTANCE, approvedOn);
    }

    /** How the profit of a result of a task approved on a day is shared. */
    public RuleVersion<ResultSharingRule> resultSharingFor(LocalDate approvedOn) {
        return versions.inForce(ProjectRuleKinds.RESULT_SHARING, approvedOn);
    }

    /**
     * How the profit of a result is shared when the result holds a granted protection title: a later
     * version that reaches back to tasks approved from a day governs it (Law 93/2025 art. 73 cl. 7: the
     * 2025 rule for tasks assigned from 1/1/2023 whose patent, industrial design or layout design was
     * granted); otherwise the version of the task's approval day.
     */
    public RuleVersion<ResultSharingRule> resultSharingFor(LocalDate approvedOn, boolean grantedTitle) {
        RuleVersion<ResultSharingRule> ofTheTask = resultSharingFor(approvedOn);
        if (!grantedTitle) {
            return ofTheTask;
        }
        return versions.published(ProjectRuleKinds.RESULT_SHARING).stream()
                .filter(v -> v.validFrom().isAfter(ofTheTask.validFrom())
                        && v.values().reachesBackTo(approvedOn))
                .findFirst()
                .orElse(ofTheTask);
    }

    /** The sharing version a commercialisation recorded. */
    public RuleVersion<ResultSharingRule> resultSharing(String code) {
        return versions.version(ProjectRuleKinds.RESULT_SHARING, code);
    }

    /** Which items a partial lump sum of a task approved on a day leaves to expenditure vouchers. */
    public RuleVersion<LumpSumRule> lumpSumFor(LocalDate approvedOn) {
        return versions.inForce(ProjectRuleKinds.LUMP_SUM, approvedOn);
    }

    /** What the final evaluation dossier of a task approved on a day must hold. */
    public RuleVersion<EvaluationDossierRule> evaluationDossierFor(LocalDate approvedOn) {
        return versions.inForce(ProjectRuleKinds.EVALUATION_DOSSIER, approvedOn);
    }

    /** Which funding modes the contract of a task approved on a day may choose. */
    public RuleVersion<FundingModesRule> fundingModesFor(LocalDate approvedOn) {
        return versions.inForce(ProjectRuleKinds.FUNDING_MODES, approvedOn);
    }

    /** A review council's rules (ADR 0068): the version of a family (code prefix) in force on a day. */
    public RuleSet reviewInForce(String family, LocalDate day) {
        return versions.published(ProjectRuleKinds.REVIEW_COUNCIL).stream()
                .filter(v -> v.code().startsWith(family + "-") && !v.validFrom().isAfter(day))
                .findFirst()
                .map(RuleSet::of)
                .orElseThrow(() -> DomainException.invalid("rules.error.noVersion", family));
    }

    /** The selection versions, the latest start first. */
    public List<RuleSet> all() {
        return versions.published(ProjectRuleKinds.SELECTION_COUNCIL).stream()
                .map(RuleSet::of)
                .toList();
    }

    /** The identification council's rules in force on a day. */
    public RuleSet identificationInForce(LocalDate day) {
        return RuleSet.of(versions.inForce(ProjectRuleKinds.IDENTIFICATION_COUNCIL, day));
    }

    /** The selection rules in force on a day. */
    public RuleSet inForce(LocalDate day) {
        return RuleSet.of(versions.inForce(ProjectRuleKinds.SELECTION_COUNCIL, day));
    }

    private static <T> T known(java.util.function.Supplier<T> lookup, String code) {
        try {
            return lookup.get();
        } catch (DomainException e) {
            throw DomainException.invalid("call.error.unknownRuleSet", code);
        }
    }
}
