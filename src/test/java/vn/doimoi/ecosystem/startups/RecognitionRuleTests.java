package vn.doimoi.ecosystem.startups;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.doimoi.shared.DomainException;

/** The recognition's rules on the profile itself, without Spring: who may apply, what STAFF must confirm. */
class RecognitionRuleTests {

    private static final Instant NOW = Instant.parse("2026-12-08T03:00:00Z");
    private static final RecognitionRule RULE = new RecognitionRule(
            5,
            2,
            List.of(
                    new RecognitionRule.Criterion("INNOVATIVE_PRODUCT", "Sản phẩm mới", List.of(InnovatorKind.STARTUP)),
                    new RecognitionRule.Criterion(
                            "SUPPORT_CAPACITY", "Năng lực hỗ trợ", List.of(InnovatorKind.INCUBATOR)),
                    new RecognitionRule.Criterion("LEGAL_STANDING", "Tư cách pháp nhân", List.of())));

    static ProfileFacts startup(int foundedYear, int teamSize) {
        return new ProfileFacts(
                InnovatorKind.STARTUP,
                StartupStage.PROTOTYPE,
                foundedYear,
                teamSize,
                "Hai kỹ sư cơ khí",
                "Máy sấy thanh long",
                "Sấy bằng nhiệt thải lò hơi",
                Set.of("401"),
                List.of(new FundingRound("Hạt giống", 2025, FundingRange.UNDER_500M, null)));
    }

    @Test
    void aStartupOlderThanTheRuleAllowsCannotApply() {
        // given a startup founded 6 years ago under a rule of 5
        InnovatorProfile profile = new InnovatorProfile(UUID.randomUUID(), "Công ty A", startup(2020, 3), NOW);

        // when it applies, then it is refused with the rule's figure, and stays a draft
        assertThatThrownBy(() -> profile.apply(RULE, UUID.randomUUID(), 2026, NOW))
                .isInstanceOf(DomainException.class)
                .hasFieldOrPropertyWithValue("messageKey", "startups.error.tooOld");
        assertThat(profile.state()).isEqualTo(RecognitionState.DRAFT);

        // and one founded 5 years ago may
        InnovatorProfile young = new InnovatorProfile(UUID.randomUUID(), "Công ty B", startup(2021, 3), NOW);
        young.apply(RULE, UUID.randomUUID(), 2026, NOW);
        assertThat(young.state()).isEqualTo(RecognitionState.APPLIED);
    }

    @Test
    void aOnePersonStartupCannotApplyUnderARuleOfTwo() {
        InnovatorProfile profile = new InnovatorProfile(UUID.randomUUID(), "Công ty C", startup(2024, 1), NOW);

        assertThatThrownBy(() -> profile.apply(RULE, UUID.randomUUID(), 2026, NOW))
                .isInstanceOf(DomainException.class)
                .hasFieldOrPropertyWithValue("messageKey", "startups.error.teamTooSmall");
    }

    @Test
    void recognitionNeedsEveryCriterionOfTheKindAndRecordsTheRuleVersion() {
        // given an applied startup
        InnovatorProfile profile = new InnovatorProfile(UUID.randomUUID(), "Công ty D", startup(2024, 4), NOW);
        profile.apply(RULE, UUID.randomUUID(), 2026, NOW);

        // when STAFF confirm only one of its two criteria, then it is refused
        assertThatThrownBy(() -> profile.recognise("KN-1", RULE, Set.of("LEGAL_STANDING"), "", "canbo", NOW))
                .isInstanceOf(DomainException.class)
                .hasFieldOrPropertyWithValue("messageKey", "startups.error.criteriaMissing");
        assertThat(profile.state()).isEqualTo(RecognitionState.APPLIED);

        // when they confirm both (the incubator's criterion is not asked of a startup)
        profile.recognise("KN-1", RULE, Set.of("LEGAL_STANDING", "INNOVATIVE_PRODUCT"), "Đạt", "canbo", NOW);

        // then it is recognised under that version, with the criteria it met
        assertThat(profile.state()).isEqualTo(RecognitionState.RECOGNISED);
        assertThat(profile.ruleVersion()).isEqualTo("KN-1");
        assertThat(profile.criteriaMet()).containsExactly("INNOVATIVE_PRODUCT", "LEGAL_STANDING");
        assertThat(profile.recognisedAt()).isEqualTo(NOW);
    }

    @Test
    void aRefusalNeedsReasonsAndLetsTheOrganisationEditAndApplyAgain() {
        InnovatorProfile profile = new InnovatorProfile(UUID.randomUUID(), "Công ty E", startup(2024, 4), NOW);
        profile.apply(RULE, UUID.randomUUID(), 2026, NOW);
        assertThatThrownBy(() -> profile.edit("Công ty E", startup(2024, 5), NOW))
                .hasFieldOrPropertyWithValue("messageKey", "startups.error.underReview");

        assertThatThrownBy(() -> profile.refuse("KN-1", "  ", "canbo"))
                .hasFieldOrPropertyWithValue("messageKey", "startups.error.reasons");
        profile.refuse("KN-1", "Chưa có sản phẩm mẫu", "canbo");
        assertThat(profile.state()).isEqualTo(RecognitionState.REFUSED);
        assertThat(profile.decisionNote()).isEqualTo("Chưa có sản phẩm mẫu");

        profile.edit("Công ty E", startup(2024, 6), NOW);
        profile.apply(RULE, UUID.randomUUID(), 2026, NOW);
        assertThat(profile.state()).isEqualTo(RecognitionState.APPLIED);
        assertThat(profile.decisionNote()).isNull();
    }

    @Test
    void aRecognisedProfileKeepsTheKindAndAgeStaffChecked() {
        InnovatorProfile profile = new InnovatorProfile(UUID.randomUUID(), "Công ty F", startup(2024, 4), NOW);
        profile.apply(RULE, UUID.randomUUID(), 2026, NOW);
        profile.recognise("KN-1", RULE, Set.of("LEGAL_STANDING", "INNOVATIVE_PRODUCT"), "", "canbo", NOW);

        assertThatThrownBy(() -> profile.edit("Công ty F", startup(2015, 4), NOW))
                .hasFieldOrPropertyWithValue("messageKey", "startups.error.recognisedFacts");
        profile.edit("Công ty F", startup(2024, 9), NOW);
        assertThat(profile.teamSize()).isEqualTo(9);
        assertThat(profile.state()).isEqualTo(RecognitionState.RECOGNISED);
    }

    @Test
    void theFactsRefuseWhatAProfileCannotSay() {
        assertThatThrownBy(() -> new ProfileFacts(
                        InnovatorKind.STARTUP, null, 2024, 3, "", "Máy", "Mô tả", Set.of("401"), List.of()))
                .hasFieldOrPropertyWithValue("messageKey", "startups.error.stage");
        assertThatThrownBy(() -> new ProfileFacts(
                        InnovatorKind.INCUBATOR, null, null, 3, "", "Vườn ươm", "Mô tả", Set.of(), List.of()))
                .hasFieldOrPropertyWithValue("messageKey", "startups.error.fields");
        assertThatThrownBy(() -> new ProfileFacts(
                        InnovatorKind.INVESTOR,
                        null,
                        null,
                        3,
                        "",
                        "Quỹ",
                        "Mô tả",
                        Set.of("401"),
                        List.of(new FundingRound(" ", 2025, FundingRange.OVER_50B, null))))
                .hasFieldOrPropertyWithValue("messageKey", "startups.error.round");
        // an incubator has no stage even if one is posted
        ProfileFacts incubator = new ProfileFacts(
                InnovatorKind.INCUBATOR,
                StartupStage.GROWTH,
                null,
                3,
                "",
                "Vườn ươm",
                "Mô tả",
                Set.of("401"),
                List.of());
        assertThat(new InnovatorProfile(UUID.randomUUID(), "Vườn ươm G", incubator, NOW).stage())
                .isNull();
    }
}
