package vn.doimoi.ecosystem.awards;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
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
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.doimoi.shared.DomainException;
import vn.doimoi.shared.text.VietnameseText;

/**
 * A round of the provincial S&T awards: the rule version it was opened under and the categories it
 * offers, the days nominations are taken, its council and its decision. Each step follows the one
 * before; nominations stop when the council is opened.
 */
@Entity
@Table(schema = "ecosystem", name = "award_round")
public class AwardRound {

    static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    @Id
    private UUID id;

    private String title;

    @Column(name = "award_year")
    private int year;

    private String ruleVersion;
    private LocalDate opensOn;
    private LocalDate closesOn;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(schema = "ecosystem", name = "award_round_category", joinColumns = @JoinColumn(name = "round_id"))
    @OrderColumn(name = "position")
    @Column(name = "code")
    private List<String> categories = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    private RoundState state;

    private @Nullable UUID councilId;
    private @Nullable String decisionNumber;
    private @Nullable LocalDate decisionDate;
    private @Nullable String decisionSigner;
    private @Nullable Instant decidedAt;
    private UUID openedBy;
    private Instant createdAt;

    @Version
    private long version;

    protected AwardRound() {}

    AwardRound(NewRound round, String ruleVersion, AwardRule rule, UUID openedBy, Instant now) {
        String name =
                VietnameseText.nfc(round.title() == null ? "" : round.title().strip());
        if (name.isEmpty() || name.length() > 300) {
            throw DomainException.invalid("awards.error.title");
        }
        if (round.year() < 2000 || round.year() > 2100) {
            throw DomainException.invalid("awards.error.year");
        }
        if (round.closesOn().isBefore(round.opensOn())) {
            throw DomainException.invalid("awards.error.dates");
        }
        LinkedHashSet<String> chosen = new LinkedHashSet<>(round.categories());
        if (chosen.isEmpty()) {
            throw DomainException.invalid("awards.error.noCategory");
        }
        for (String code : chosen) {
            if (rule.category(code).isEmpty()) {
                throw DomainException.invalid("awards.error.category", code);
            }
        }
        this.id = UUID.randomUUID();
        this.title = name;
        this.year = round.year();
        this.ruleVersion = ruleVersion;
        this.opensOn = round.opensOn();
        this.closesOn = round.closesOn();
        this.categories = new ArrayList<>(chosen);
        this.state = RoundState.OPEN;
        this.openedBy = openedBy;
        this.createdAt = now;
    }

    /** Whether a nomination may be made today: the round is open and today is within its dates. */
    boolean takesNominations(LocalDate today) {
        return state == RoundState.OPEN && !today.isBefore(opensOn) && !today.isAfter(closesOn);
    }

    void sentToCouncil(UUID councilId) {
        require(RoundState.OPEN, "council");
        this.councilId = councilId;
        state = RoundState.IN_COUNCIL;
    }

    void reviewed() {
        require(RoundState.IN_COUNCIL, "conclude");
        state = RoundState.REVIEWED;
    }

    void decide(AwardDecision decision, Instant now) {
        require(RoundState.REVIEWED, "decide");
        if (decision.number().isBlank() || decision.signer().isBlank()) {
            throw DomainException.invalid("awards.error.decision");
        }
        if (decision.date().isAfter(LocalDate.ofInstant(now, ZONE))) {
            throw DomainException.invalid("awards.error.decisionDate");
        }
        decisionNumber = VietnameseText.nfc(decision.number().strip());
        decisionDate = decision.date();
        decisionSigner = VietnameseText.nfc(decision.signer().strip());
        decidedAt = now;
        state = RoundState.DECIDED;
    }

    private void require(RoundState wanted, String action) {
        if (state != wanted) {
            throw DomainException.conflict("awards.error.transition", action, state.name());
        }
    }

    public UUID id() {
        return id;
    }

    public String title() {
        return title;
    }

    public int year() {
        return year;
    }

    public String ruleVersion() {
        return ruleVersion;
    }

    public LocalDate opensOn() {
        return opensOn;
    }

    public LocalDate closesOn() {
        return closesOn;
    }

    public List<String> categories() {
        return List.copyOf(categories);
    }

    public RoundState state() {
        return state;
    }

    public @Nullable UUID councilId() {
        return councilId;
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

    public @Nullable Instant decidedAt() {
        return decidedAt;
    }

    public long version() {
        return version;
    }
}
