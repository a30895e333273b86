package vn.doimoi.projects.identification;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.doimoi.projects.ApprovedProduct;
import vn.doimoi.projects.SelectionMethod;
import vn.doimoi.projects.councils.CouncilState;
import vn.doimoi.projects.councils.MemberView;
import vn.doimoi.projects.councils.MySeat;
import vn.doimoi.projects.councils.ResultView;
import vn.doimoi.projects.proposals.ProposalState;
import vn.doimoi.projects.rules.RuleSet;

/** Read models of identification rounds and their ordered lists, for pages and tests. */
public final class RoundViews {

    private RoundViews() {}

    public record RoundSummary(
            UUID id,
            int year,
            String title,
            RoundState state,
            int proposals,
            long recommended,
            @Nullable OrderedListState listState) {}

    /** One proposal in a round with the outcome the council fixed and the counted result. */
    public record OutcomeView(
            UUID proposalId,
            String organisationName,
            String proposedTitle,
            String problem,
            String taskName,
            String objectives,
            SelectionMethod method,
            List<ApprovedProduct> products,
            @Nullable BigDecimal average,
            int votesFor,
            int votesCast,
            int priority,
            @Nullable Boolean recommended,
            ProposalState proposalState,
            @Nullable UUID callId,
            long proposalVersion) {}

    public record OrderedListView(
            UUID id,
            OrderedListState state,
            @Nullable String decisionNumber,
            @Nullable LocalDate decisionDate,
            @Nullable String signer,
            @Nullable String fileName,
            @Nullable String fileSha256,
            @Nullable Long fileSize,
            long version) {}

    public record RoundView(
            UUID id,
            int year,
            String title,
            RoundState state,
            RuleSet rules,
            @Nullable UUID councilId,
            @Nullable String councilDecision,
            @Nullable CouncilState councilState,
            @Nullable Instant concludedAt,
            List<OutcomeView> outcomes,
            List<MemberView> members,
            List<ResultView> results,
            @Nullable OrderedListView orderedList,
            @Nullable MySeat mySeat,
            long version,
            long councilVersion) {}
}
