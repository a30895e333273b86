package vn.doimoi.ecosystem.awards;

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
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.doimoi.ecosystem.files.EvidenceFile;
import vn.doimoi.shared.DomainException;
import vn.doimoi.shared.text.VietnameseText;

/**
 * A nomination for a category of a round: a person or an organisation, the achievement it is for,
 * with evidence files. The nominator adds files while it is submitted; STAFF screen it; the council
 * passes it or not; the decision awards it within the category's prizes.
 */
@Entity
@Table(schema = "ecosystem", name = "award_nomination")
public class Nomination {

    private @Id UUID id;
    private UUID roundId;
    private String category;

    @Enumerated(EnumType.STRING)
    private NomineeKind nomineeKind;

    private String nomineeName;
    private @Nullable UUID nomineeOrganisationId;
    private String achievement;
    private String summary;
    private UUID nominatedBy;
    private UUID nominatorOrganisationId;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(
            schema = "ecosystem",
            name = "award_nomination_file",
            joinColumns = @JoinColumn(name = "nomination_id"))
    @OrderColumn(name = "position")
    private List<EvidenceFile> files = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    private NominationState state;

    private @Nullable String screenNote;
    private @Nullable BigDecimal councilAverage;
    private Instant submittedAt;
    private @Nullable Instant awardedAt;

    @Version
    private long version;

    protected Nomination() {}

    Nomination(
            UUID roundId,
            NewNomination nomination,
            String nomineeName,
            @Nullable UUID nomineeOrganisationId,
            UUID nominatedBy,
            UUID nominatorOrganisationId,
            Instant now) {
        String name = VietnameseText.nfc(nomineeName.strip());
        if (name.isEmpty() || name.length() > 300) {
            throw DomainException.invalid("awards.error.nominee");
        }
        String what = VietnameseText.nfc(
                nomination.achievement() == null ? "" : nomination.achievement().strip());
        if (what.isEmpty() || what.length() > 300) {
            throw DomainException.invalid("awards.error.achievement");
        }
        String why = VietnameseText.nfc(
                nomination.summary() == null ? "" : nomination.summary().strip());
        if (why.isEmpty() || why.length() > 10_000) {
            throw DomainException.invalid("awards.error.summary");
        }
        this.id = UUID.randomUUID();
        this.roundId = roundId;
        this.category = nomination.category();
        this.nomineeKind = nomination.nomineeKind();
        this.nomineeName = name;
        this.nomineeOrganisationId = nomineeOrganisationId;
        this.achievement = what;
        this.summary = why;
        this.nominatedBy = nominatedBy;
        this.nominatorOrganisationId = nominatorOrganisationId;
        this.state = NominationState.SUBMITTED;
        this.submittedAt = now;
    }

    void addFile(EvidenceFile file, int maxFiles) {
        require(NominationState.SUBMITTED, "file");
        if (files.size() >= maxFiles) {
            throw DomainException.refused("awards.error.tooManyFiles", maxFiles);
        }
        files.add(file);
    }

    /** STAFF find the nomination complete and eligible (at least one evidence file). */
    void accept() {
        require(NominationState.SUBMITTED, "accept");
        if (files.isEmpty()) {
            throw DomainException.refused("awards.error.noFiles");
        }
        state = NominationState.ACCEPTED;
        screenNote = null;
    }

    /** STAFF reject it, saying why. */
    void reject(String note) {
        require(NominationState.SUBMITTED, "reject");
        if (note == null || note.isBlank()) {
            throw DomainException.invalid("awards.error.rejectNote");
        }
        state = NominationState.REJECTED;
        screenNote = VietnameseText.nfc(note.strip());
    }

    void concluded(boolean passed, BigDecimal average) {
        require(NominationState.ACCEPTED, "conclude");
        councilAverage = average;
        state = passed ? NominationState.PASSED : NominationState.NOT_PASSED;
    }

    void award(Instant now) {
        require(NominationState.PASSED, "award");
        state = NominationState.AWARDED;
        awardedAt = now;
    }

    private void require(NominationState wanted, String action) {
        if (state != wanted) {
            throw DomainException.conflict("awards.error.nominationTransition", action, state.name());
        }
    }

    public UUID id() {
        return id;
    }

    public UUID roundId() {
        return roundId;
    }

    public String category() {
        return category;
    }

    public NomineeKind nomineeKind() {
        return nomineeKind;
    }

    public String nomineeName() {
        return nomineeName;
    }

    public @Nullable UUID nomineeOrganisationId() {
        return nomineeOrganisationId;
    }

    public String achievement() {
        return achievement;
    }

    public String summary() {
        return summary;
    }

    public UUID nominatedBy() {
        return nominatedBy;
    }

    public UUID nominatorOrganisationId() {
        return nominatorOrganisationId;
    }

    public List<EvidenceFile> files() {
        return List.copyOf(files);
    }

    public NominationState state() {
        return state;
    }

    public @Nullable String screenNote() {
        return screenNote;
    }

    public @Nullable BigDecimal councilAverage() {
        return councilAverage;
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    public @Nullable Instant awardedAt() {
        return awardedAt;
    }

    public long version() {
        return version;
    }
}
