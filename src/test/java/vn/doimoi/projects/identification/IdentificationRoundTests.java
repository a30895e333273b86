package vn.doimoi.projects.identification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import vn.doimoi.projects.CallData;
import vn.doimoi.projects.ProductSpec;
import vn.doimoi.projects.SelectionMethod;
import vn.doimoi.projects.councils.TestCouncil;
import vn.doimoi.projects.proposals.PriorityArea;
import vn.doimoi.projects.proposals.Proposal;
import vn.doimoi.projects.proposals.ProposalState;
import vn.doimoi.projects.rules.CouncilRole;
import vn.doimoi.projects.rules.RuleSet;
import vn.doimoi.projects.rules.RuleSets;
import vn.doimoi.projects.rules.Tally;
import vn.doimoi.projects.support.ProjectFiles;
import vn.doimoi.projects.support.StoredFile;
import vn.doimoi.shared.DomainException;

/** The identification round, its council's votes and the ordered list: each step only in order. */
class IdentificationRoundTests {

    static final RuleSets RULE_SETS = new RuleSets();
    /** A round of 2025 before Law 93/2025 came into force, on Circular 33/2014's rules. */
    static final RuleSet RULES = RULE_SETS.identificationInForce(LocalDate.of(2025, 6, 1));

    static final Instant NOW = Instant.parse("2026-11-28T02:00:00Z");
    static final StoredFile PDF = new StoredFile("qd-123.pdf", ProjectFiles.PDF, 1234, "a".repeat(64));

    static Proposal proposal(String title) {
        return new Proposal(
                UUID.randomUUID(),
                title,
                "Vấn đề",
                "Mục tiêu",
                "Sản phẩm dự kiến",
                null,
                null,
                PriorityArea.DIGITAL_TRANSFORMATION,
                NOW);
    }

    @Test
    void theIdentificationRulesAreTheirOwnVersionCitingCircular33AndMarkingUnverifiedValues() {
        assertThat(RULES.id()).isEqualTo("XD-TT33-2014");
        assertThat(RULES.sources()).anyMatch(s -> s.contains("33/2014/TT-BKHCN"));
        assertThat(RULES.scoring().criteria())
                .extracting(RuleSet.Criterion::code)
                .containsExactly("URGENCY", "NOVELTY", "FEASIBILITY", "APPLICABILITY", "RESOURCES");
        assertThat(RULES.isUnverified("scoring.passTotal")).isTrue();
        assertThat(RULES.scoring().recommendShare()).isEqualTo(new RuleSet.Share(3, 4));
        // the selection rules in force stay the selection rules
        assertThat(RULE_SETS.inForce(LocalDate.of(2025, 6, 1)).id()).isEqualTo("TT20-2023");
        // and from 1/10/2025 both are the 2025 versions, with the same working values until the Department sets its own
        assertThat(RULE_SETS.identificationInForce(LocalDate.of(2026, 11, 28)).id())
                .isEqualTo("XD-ND267-2025");
        assertThat(RULE_SETS
                        .identificationInForce(LocalDate.of(2026, 11, 28))
                        .scoring()
                        .criteria())
                .isEqualTo(RULES.scoring().criteria());
    }

    @Test
    void moreThanThreeQuartersOfTheMembersPresentMustVoteFor() {
        RuleSet.Share share = RULES.scoring().recommendShare();
        assertThat(share.exceededBy(6, 7)).isTrue();
        assertThat(share.exceededBy(6, 8))
                .as("exactly 3/4 is not more than 3/4")
                .isFalse();
        assertThat(share.exceededBy(0, 0)).isFalse();
    }

    @Test
    void proposalsAreFixedOnceTheCouncilIsFormedAndOutcomesOnlyWhileItSits() {
        IdentificationRound round = new IdentificationRound(2027, "Đợt 2027", RULES.id(), NOW);
        Proposal first = proposal("Nền tảng số nông sản");
        refused(() -> round.formCouncil(UUID.randomUUID()), "identification.error.empty");
        refused(
                () -> round.fixOutcome(first.id(), "Tên", "Mục tiêu", SelectionMethod.COMPETITION, List.of()),
                "identification.error.transition");
        round.add(first);
        assertThat(first.state()).isEqualTo(ProposalState.IN_ROUND);
        assertThat(first.roundYear()).isEqualTo(2027);
        refused(() -> round.add(first), "identification.error.alreadyInRound");
        round.formCouncil(UUID.randomUUID());
        refused(() -> round.add(proposal("Muộn")), "identification.error.transition");
        refused(() -> round.formCouncil(UUID.randomUUID()), "identification.error.transition");
        refused(
                () -> round.fixOutcome(first.id(), " ", "Mục tiêu", SelectionMethod.COMPETITION, List.of()),
                "identification.error.outcomeIncomplete");
        refused(
                () -> round.fixOutcome(first.id(), "Tên", "Mục tiêu", SelectionMethod.COMPETITION, List.of()),
                "identification.error.products");

        round.fixOutcome(
                first.id(),
                "Xây dựng nền tảng truy xuất nông sản",
                "Truy xuất 100% lô hàng",
                SelectionMethod.DIRECT_ASSIGNMENT,
                List.of(new CallData.Product(
                        null, "Nền tảng truy xuất", "01", List.of(new ProductSpec("Số lô", "lô/năm", "≥ 5.000")))));

        assertThat(round.outcome(first.id()).orElseThrow().method()).isEqualTo(SelectionMethod.DIRECT_ASSIGNMENT);
        assertThat(round.productsOf(first.id()).get(0).specs())
                .containsExactly(new ProductSpec("Số lô", "lô/năm", "≥ 5.000"));
    }

    @Test
    void aProposalIsRecommendedOnlyWithThePassMarkAndMoreThanThreeQuartersOfTheVotes() {
        IdentificationRound round = new IdentificationRound(2027, "Đợt 2027", RULES.id(), NOW);
        Proposal strong = proposal("Mạnh");
        Proposal splitVote = proposal("Chia phiếu");
        Proposal weak = proposal("Yếu");
        List.of(strong, splitVote, weak).forEach(round::add);
        TestCouncil council = sittingCouncil(round, 7);
        List<UUID> members = council.memberIds();
        for (int i = 0; i < members.size(); i++) {
            council.score(RULES, members.get(i), strong.id(), round.proposalIds(), marks(20), true, null, NOW);
            // 5 of 7 for: not more than 3/4
            council.score(RULES, members.get(i), splitVote.id(), round.proposalIds(), marks(18), i < 5, null, NOW);
            council.score(RULES, members.get(i), weak.id(), round.proposalIds(), marks(8), true, null, NOW);
        }
        refused(
                () -> council.score(RULES, members.get(0), weak.id(), round.proposalIds(), marks(8), null, null, NOW),
                "identification.error.vote");
        List<Tally.Result> results = council.conclude(RULES, round.proposalIds(), NOW);
        round.conclude(RULES, results, votes(council), NOW);

        assertThat(round.outcome(strong.id()).orElseThrow().recommended()).isTrue();
        assertThat(round.outcome(strong.id()).orElseThrow().priority()).isEqualTo(1);
        assertThat(round.outcome(splitVote.id()).orElseThrow().recommended()).isFalse();
        assertThat(round.outcome(weak.id()).orElseThrow().recommended())
                .as("below the pass mark despite the votes")
                .isFalse();
        assertThat(round.state()).isEqualTo(RoundState.CONCLUDED);
        refused(() -> round.conclude(RULES, results, votes(council), NOW), "identification.error.transition");
    }

    @Test
    void theOrderedListNeedsAConcludedRoundAndIsApprovedOnceWithAPdf() {
        IdentificationRound round = new IdentificationRound(2027, "Đợt 2027", RULES.id(), NOW);
        Proposal proposal = proposal("Mạnh");
        round.add(proposal);
        refused(() -> new OrderedList(round, NOW), "identification.list.error.roundNotConcluded");
        TestCouncil council = sittingCouncil(round, 7);
        for (UUID member : council.memberIds()) {
            council.score(RULES, member, proposal.id(), round.proposalIds(), marks(20), true, null, NOW);
        }
        round.conclude(RULES, council.conclude(RULES, round.proposalIds(), NOW), votes(council), NOW);
        OrderedList list = new OrderedList(round, NOW);
        refused(list::requireApproved, "identification.list.error.notApproved");
        refused(
                () -> list.approve("123/QĐ-UBND", LocalDate.of(2026, 12, 1), "Chủ tịch", null, NOW),
                "identification.list.error.pdf");
        refused(
                () -> list.approve(
                        "123/QĐ-UBND",
                        LocalDate.of(2026, 12, 1),
                        "Chủ tịch",
                        new StoredFile("qd.png", ProjectFiles.PNG, 10, "b".repeat(64)),
                        NOW),
                "identification.list.error.pdf");
        refused(
                () -> list.approve(" ", LocalDate.of(2026, 12, 1), "Chủ tịch", PDF, NOW),
                "identification.list.error.decision");

        list.approve("123/QĐ-UBND", LocalDate.of(2026, 12, 1), "Phó Chủ tịch Nguyễn Văn Út", PDF, NOW);

        assertThat(list.state()).isEqualTo(OrderedListState.APPROVED);
        assertThat(list.fileSha256()).isEqualTo(PDF.sha256());
        list.requireApproved();
        refused(
                () -> list.approve("124/QĐ-UBND", LocalDate.of(2026, 12, 2), "Chủ tịch", PDF, NOW),
                "identification.list.error.transition");
    }

    @Test
    void aDecisionFileIsRecognisedByItsContentNotItsName() {
        assertThat(ProjectFiles.detect("qd.pdf", "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII)))
                .isEqualTo(ProjectFiles.PDF);
        assertThat(ProjectFiles.detect("qd.pdf", "<html>not a pdf</html>".getBytes(StandardCharsets.US_ASCII)))
                .isNull();
        assertThat(ProjectFiles.safeName("C:\\Users\\canbo\\QĐ 123.pdf")).isEqualTo("QĐ 123.pdf");
    }

    /** A council of n with chair, vice, two reviewers, a secretary and members, all declared and present. */
    static TestCouncil sittingCouncil(IdentificationRound round, int n) {
        List<CouncilRole> roles = new ArrayList<>(List.of(
                CouncilRole.CHAIR,
                CouncilRole.VICE_CHAIR,
                CouncilRole.REVIEWER,
                CouncilRole.REVIEWER,
                CouncilRole.SECRETARY));
        while (roles.size() < n) {
            roles.add(CouncilRole.MEMBER);
        }
        TestCouncil council = TestCouncil.sittingForRound(round.id(), RULES, roles, NOW);
        round.formCouncil(council.id());
        return council;
    }

    static Map<String, Integer> marks(int each) {
        Map<String, Integer> marks = new HashMap<>();
        for (RuleSet.Criterion criterion : RULES.scoring().criteria()) {
            marks.put(criterion.code(), Math.min(each, criterion.max()));
        }
        return marks;
    }

    static Map<UUID, int[]> votes(TestCouncil council) {
        return council.votes();
    }

    static void refused(Executable action, String key) {
        assertThatThrownBy(action::execute)
                .isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).messageKey())
                .isEqualTo(key);
    }
}
