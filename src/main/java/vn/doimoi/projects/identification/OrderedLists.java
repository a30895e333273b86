package vn.doimoi.projects.identification;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.doimoi.projects.CallData;
import vn.doimoi.projects.SelectionMethod;
import vn.doimoi.projects.proposals.Proposal;
import vn.doimoi.projects.selection.CallAccess;
import vn.doimoi.projects.support.ProjectFiles;
import vn.doimoi.projects.support.StoredFile;
import vn.doimoi.shared.DomainException;
import vn.doimoi.shared.NotFoundException;
import vn.doimoi.shared.audit.AuditLog;
import vn.doimoi.shared.text.MessageText;

/**
 * Stage 3: the provincial decision approving a round's ordered list (number, date, signer and
 * the signed PDF), and what a call drafted for an ordered task carries once it is approved.
 */
@Service
@Transactional
public class OrderedLists {

    /** A decision's signed PDF may be up to 10 MB. */
    static final long DECISION_MAX_BYTES = 10L * 1024 * 1024;

    private static final Locale VI = Locale.forLanguageTag("vi");

    private final OrderedListRepository lists;
    private final RoundRepository rounds;
    private final ProjectFiles files;
    private final CallAccess access;
    private final MessageSource messages;
    private final AuditLog audit;
    private final Clock clock;

    @Autowired
    public OrderedLists(
            OrderedListRepository lists,
            RoundRepository rounds,
            ProjectFiles files,
            CallAccess access,
            MessageSource messages,
            AuditLog audit,
            Clock clock) {
        this.lists = lists;
        this.rounds = rounds;
        this.files = files;
        this.access = access;
        this.messages = messages;
        this.audit = audit;
        this.clock = clock;
    }

    /** STAFF records the provincial decision approving the round's ordered list, with its signed PDF. */
    public void approveOrderedList(
            UUID roundId,
            long version,
            String number,
            @Nullable LocalDate date,
            String signer,
            @Nullable String fileName,
            byte @Nullable [] pdf) {
        requireStaff();
        OrderedList list = lists.findByRoundId(roundId)
                .orElseThrow(() -> DomainException.conflict("identification.list.error.roundNotConcluded"));
        checkVersion(list.version(), version);
        StoredFile file = pdf == null || pdf.length == 0
                ? null
                : files.store(fileName, pdf, Set.of(ProjectFiles.PDF), DECISION_MAX_BYTES);
        Map<String, Object> before = list.auditState();
        list.approve(number, date, signer, file, clock.instant());
        lists.saveAndFlush(list);
        audit.record(
                "identification.list.approved",
                "projects.orderedList",
                list.id().toString(),
                before,
                list.auditState());
    }

    /** The decision's PDF, for STAFF. */
    @Transactional(readOnly = true)
    public Optional<DecisionFile> decisionFile(UUID roundId) {
        requireStaff();
        return lists.findByRoundId(roundId)
                .filter(l -> l.fileSha256() != null)
                .map(l -> new DecisionFile(l.fileName(), files.read(l.fileSha256())));
    }

    public record DecisionFile(String fileName, byte[] content) {}

    /**
     * What a call drafted for a shortlisted proposal carries: the outcome fixed by the council and
     * the approved list's decision. Refused before the ordered list is approved.
     */
    @Transactional(readOnly = true)
    public Ordered ordered(Proposal proposal) {
        if (proposal.roundId() == null) {
            throw DomainException.conflict("identification.list.error.notApproved");
        }
        IdentificationRound round = loadRound(proposal.roundId());
        OrderedList list = lists.findByRoundId(round.id())
                .orElseThrow(() -> DomainException.conflict("identification.list.error.notApproved"));
        list.requireApproved();
        RoundOutcome outcome = round.outcome(proposal.id()).orElseThrow();
        String decision = t(
                "identification.list.reference",
                list.decisionNumber(),
                vn.doimoi.shared.text.VietnameseFormats.date(list.decisionDate()),
                list.signer());
        return new Ordered(
                outcome.taskName(),
                outcome.objectives(),
                outcome.method(),
                round.productsOf(proposal.id()).stream()
                        .map(p -> new CallData.Product(
                                p.toProduct().productId(),
                                p.toProduct().name(),
                                p.toProduct().quantity(),
                                p.specs()))
                        .toList(),
                decision);
    }

    public record Ordered(
            String taskName,
            String objectives,
            SelectionMethod method,
            List<CallData.Product> products,
            String decision) {}

    private IdentificationRound loadRound(UUID id) {
        return rounds.findById(id).orElseThrow(() -> new NotFoundException("round", id));
    }

    private void checkVersion(long actual, long expected) {
        access.requireVersion(actual, expected);
    }

    private void requireStaff() {
        access.requireStaff();
    }

    private String t(String key, Object... args) {
        return MessageText.of(messages, VI, key, args);
    }
}
