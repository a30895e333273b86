package vn.doimoi.projects.rules;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.doimoi.rules.RuleKind;

/** The kinds of rule the task workflow applies; their shipped versions are under {@code classpath:rules/}. */
@Configuration(proxyBeanMethods = false)
public class ProjectRuleKinds {

    public static final RuleKind<RuleSet.Body> SELECTION_COUNCIL = RuleKind.of("selection-council", RuleSet.Body.class);
    public static final RuleKind<RuleSet.Body> IDENTIFICATION_COUNCIL =
            RuleKind.of("identification-council", RuleSet.Body.class);
    public static final RuleKind<CouncilRule.Body> ACCEPTANCE_COUNCIL =
            RuleKind.of("acceptance-council", CouncilRule.Body.class);
    public static final RuleKind<AcceptanceRule.Body> ACCEPTANCE_GRADING =
            RuleKind.of("acceptance-grading", AcceptanceRule.Body.class);
    public static final RuleKind<ExtensionRule> TASK_EXTENSION = RuleKind.of("task-extension", ExtensionRule.class);
    public static final RuleKind<RiskAcceptanceRule> RISK_ACCEPTANCE =
            RuleKind.of("risk-acceptance", RiskAcceptanceRule.class);
    public static final RuleKind<ResultSharingRule> RESULT_SHARING =
            RuleKind.of("result-sharing", ResultSharingRule.class);

    /**
     * Councils other modules open through {@code ReviewCouncils} (ADR 0068): one family of versions
     * per caller, named by the code's prefix (e.g. {@code SK-} initiatives, {@code GT-} awards).
     */
    public static final RuleKind<RuleSet.Body> REVIEW_COUNCIL = RuleKind.of("review-council", RuleSet.Body.class);

    @Bean
    RuleKind<RuleSet.Body> reviewCouncilRules() {
        return REVIEW_COUNCIL;
    }

    @Bean
    RuleKind<RuleSet.Body> selectionCouncilRules() {
        return SELECTION_COUNCIL;
    }

    @Bean
    RuleKind<RuleSet.Body> identificationCouncilRules() {
        return IDENTIFICATION_COUNCIL;
    }

    @Bean
    RuleKind<CouncilRule.Body> acceptanceCouncilRules() {
        return ACCEPTANCE_COUNCIL;
    }

    @Bean
    RuleKind<AcceptanceRule.Body> acceptanceGradingRules() {
        return ACCEPTANCE_GRADING;
    }

    @Bean
    RuleKind<ExtensionRule> taskExtensionRules() {
        return TASK_EXTENSION;
    }

    @Bean
    RuleKind<RiskAcceptanceRule> riskAcceptanceRules() {
        return RISK_ACCEPTANCE;
    }

    @Bean
    RuleKind<ResultSharingRule> resultSharingRules() {
        return RESULT_SHARING;
    }

    // lump sum and evaluation dossier (issue 19, ADR 0056)
    public static final RuleKind<LumpSumRule> LUMP_SUM = RuleKind.of("lump-sum", LumpSumRule.class);
    public static final RuleKind<EvaluationDossierRule> EVALUATION_DOSSIER =
            RuleKind.of("evaluation-dossier", EvaluationDossierRule.class);

    @Bean
    RuleKind<LumpSumRule> lumpSumRules() {
        return LUMP_SUM;
    }

    @Bean
    RuleKind<EvaluationDossierRule> evaluationDossierRules() {
        return EVALUATION_DOSSIER;
    }

    // funding modes (issue 19, law-rules): which khoán chi modes a contract may choose
    public static final RuleKind<FundingModesRule> FUNDING_MODES = RuleKind.of("funding-modes", FundingModesRule.class);

    @Bean
    RuleKind<FundingModesRule> fundingModesRules() {
        return FUNDING_MODES;
    }
}
