package vn.doimoi.ecosystem.initiatives;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.doimoi.ecosystem.files.EvidenceFile;
import vn.doimoi.shared.DomainException;
import vn.doimoi.shared.text.VietnameseText;

/**
 * An initiative (sáng kiến) from its declaration to its recognition. The author edits it only
 * while it is declared or returned; each later step is STAFF's or the council's, in order; the
 * decision is recorded only after the council passed it.
 */
@Entity
@Table(schema = "ecosystem", name = "initiative")
public class Initiative {

    static final int MAX_EVIDENCE = 10;

    @Id
    private UUID id;

    private UUID authorUserId;
    private String authorName;
    private @Nullable UUID authorPersonId;
    private @Nullable UUID organisationId;
    private String title;
    private String field;
    private String description;
    private String scope;
    private @Nullable LocalDate appliedSince;
    private @Nullable BigDecimal economicBenefit;
    private String socialBenefit;
    private int authorShare;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(
            schema = "ecosystem",
            name = "initiative_co_author",
            joinColumns = @JoinColumn(name = "initiative_id"))
    @OrderColumn(name = "position")
    private List<CoAuthor> coAuthors = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(
            schema = "ecosystem",
            name = "initiative_evidence",
            joinColumns = @JoinColumn(name = "initiative_id"))
    @OrderColumn(name = "position")
    private List<EvidenceFile> evidence = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    private InitiativeState state;

    private @Nullable String returnNote;
    private @Nullable UUID councilId;
    private @Nullable BigDecimal councilAverage;
    private @Nullable String decisionNumber;
    private @Nullable LocalDate decisionDate;
    private @Nullable String decisionSigner;
    private Instant declaredAt;
    private @Nullable Instant recognisedAt;

    @Version
    private long version;

    protected Initiative() {}

    Initiative(
            UUID authorUserId,
            String authorName,
            @Nullable UUID authorPersonId,
            @Nullable UUID organisationId,
            Declaration declaration,
            Instant now) {
        this.id = UUID.randomUUID();
        this.authorUserId = authorUserId;
        this.authorName = authorName;
        this.authorPersonId = authorPersonId;
        this.organisationId = organisationId;
        this.state = InitiativeState.DECLARED;
        this.declaredAt = now;
        apply(declaration);
    }

    /** The author changes the declaration while STAFF have not accepted it; a returned one is declared again. */
    void edit(Declaration declaration, Instant now) {
        requireEditable();
        apply(declaration);
        if (state == InitiativeState.RETURNED) {
            state = InitiativeState.DECLARED;
            declaredAt = now;
        }
    }

    void addEvidence(EvidenceFile file) {
        requireEditable();
        if (evidence.size() >= MAX_EVIDENCE) {
            throw DomainException.refused("initiatives.error.tooManyFiles", MAX_EVIDENCE);
        }
        evidence.add(file);
    }

    /** STAFF find the declaration complete (at least one evidence file is required). */
    void accept() {
        require(InitiativeState.DECLARED, "accept");
        if (evidence.isEmpty()) {
            throw DomainException.refused("initiatives.error.noEvidence");
        }
        state = InitiativeState.ACCEPTED;
        returnNote = null;
    }

    /** STAFF return it to the author, saying what is missing. */
    void returnToAuthor(String note) {
        require(InitiativeState.DECLARED, "return");
        if (note == null || note.isBlank()) {
            throw DomainException.invalid("initiatives.error.returnNote");
        }
        state = InitiativeState.RETURNED;
        returnNote = VietnameseText.nfc(note.strip());
    }

    void sentToCouncil(UUID councilId) {
        require(InitiativeState.ACCEPTED, "council");
        this.councilId = councilId;
        state = InitiativeState.IN_COUNCIL;
    }

    /** The council's conclusion: passed with its average, or not. */
    void concluded(boolean passed, BigDecimal average) {
        require(InitiativeState.IN_COUNCIL, "conclude");
        councilAverage = average;
        state = passed ? InitiativeState.PASSED : InitiativeState.NOT_PASSED;
    }

    /** STAFF record the recognition decision, only for an initiative the council passed. */
    void recognise(Decision decision, Instant now) {
        require(InitiativeState.PASSED, "recognise");
        if (decision.number().isBlank() || decision.signer().isBlank()) {
            throw DomainException.invalid("initiatives.error.decision");
        }
        if (decision.date().isAfter(LocalDate.ofInstant(now, java.time.ZoneId.of("Asia/Ho_Chi_Minh")))) {
            throw DomainException.invalid("initiatives.error.decisionDate");
        }
        decisionNumber = VietnameseText.nfc(decision.number().strip());
        decisionDate = decision.date();
        decisionSigner = VietnameseText.nfc(decision.signer().strip());
        recognisedAt = now;
        state = InitiativeState.RECOGNISED;
    }

    private void apply(Declaration d) {
        String title = VietnameseText.nfc(d.title().strip());
        if (title.isEmpty() || title.length() > 300) {
            throw DomainException.invalid("initiatives.error.title");
        }
        if (d.scope().isBlank()) {
            throw DomainException.invalid("initiatives.error.scope");
        }
        if (d.description().isBlank()) {
            throw DomainException.invalid("initiatives.error.description");
        }
        if (d.economicBenefit() != null && d.economicBenefit().signum() < 0) {
            throw DomainException.invalid("initiatives.error.economicBenefit");
        }
        if (d.economicBenefit() == null && d.socialBenefit().isBlank()) {
            throw DomainException.invalid("initiatives.error.benefit");
        }
        int total = d.authorShare();
        for (CoAuthor co : d.coAuthors()) {
            if (co.fullName().isBlank() || co.sharePercent() < 1 || co.sharePercent() > 99) {
                throw DomainException.invalid("initiatives.error.coAuthor");
            }
            total += co.sharePercent();
        }
        if (d.authorShare() < 1 || total != 100) {
            throw DomainException.invalid("initiatives.error.shares", total);
        }
        this.title = title;
        this.field = VietnameseText.nfc(d.field().strip());
        this.description = VietnameseText.nfc(d.description().strip());
        this.scope = VietnameseText.nfc(d.scope().strip());
        this.appliedSince = d.appliedSince();
        this.economicBenefit = d.economicBenefit();
        this.socialBenefit = VietnameseText.nfc(d.socialBenefit().strip());
        this.authorShare = d.authorShare();
        this.coAuthors = new ArrayList<>(d.coAuthors().stream()
                .map(c -> new CoAuthor(VietnameseText.nfc(c.fullName().strip()), c.sharePercent()))
                .toList());
    }

    private void requireEditable() {
        if (!state.editable()) {
            throw DomainException.conflict("initiatives.error.notEditable");
        }
    }

    private void require(InitiativeState wanted, String action) {
        if (state != wanted) {
            throw DomainException.conflict("initiatives.error.transition", action, state.name());
        }
    }

    public UUID id() {
        return id;
    }

    public UUID authorUserId() {
        return authorUserId;
    }

    public String authorName() {
        return authorName;
    }

    public @Nullable UUID authorPersonId() {
        return authorPersonId;
    }

    public @Nullable UUID organisationId() {
        return organisationId;
    }

    public String title() {
        return title;
    }

    public String field() {
        return field;
    }

    public String description() {
        return description;
    }

    public String scope() {
        return scope;
    }

    public @Nullable LocalDate appliedSince() {
        return appliedSince;
    }

    public @Nullable BigDecimal economicBenefit() {
        return economicBenefit;
    }

    public String socialBenefit() {
        return socialBenefit;
    }

    public int authorShare() {
        return authorShare;
    }

    public List<CoAuthor> coAuthors() {
        return List.copyOf(coAuthors);
    }

    public List<EvidenceFile> evidence() {
        return List.copyOf(evidence);
    }

    public InitiativeState state() {
        return state;
    }

    public @Nullable String returnNote() {
        return returnNote;
    }

    public @Nullable UUID councilId() {
        return councilId;
    }

    public @Nullable BigDecimal councilAverage() {
        return councilAverage;
    }

    public @Nullable String decisionNumber() {
        return decisionNumber;
    }

    public @Nullable LocalDate decisionDate() {
        return decisionDate;
    }

    public @Nullable String decisionSigner() {
        return decisionSigner;
    }

    public Instant declaredAt() {
        return declaredAt;
    }

    public @Nullable Instant recognisedAt() {
        return recognisedAt;
    }

    public long version() {
        return version;
    }
}
