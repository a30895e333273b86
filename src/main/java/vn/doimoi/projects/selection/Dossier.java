package vn.doimoi.projects.selection;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.doimoi.projects.DossierData;
import vn.doimoi.projects.support.StoredFile;
import vn.doimoi.shared.DomainException;

/**
 * An organisation's application to a call (hồ sơ đăng ký) with its description. Members of the
 * applicant edit it until the deadline; submitting stamps a receipt with a SHA-256 of the content.
 * STAFF then records the validity check. Two members editing at once: the second save fails.
 */
@Entity
@Table(schema = "projects", name = "dossier")
public class Dossier {

    @Id
    private UUID id;

    private UUID callId;
    private UUID applicantOrganisationId;
    private @Nullable UUID principalInvestigatorId;
    private String keyMemberIds;
    private String partnerOrganisationIds;
    private String objectives;
    private String content;
    private String methods;
    private String schedule;
    private BigDecimal stateBudget;
    private BigDecimal otherBudget;
    private int durationMonths;

    @Enumerated(EnumType.STRING)
    private DossierState state;

    private @Nullable String contentHash;
    private @Nullable Instant submittedAt;
    private @Nullable String validityNote;
    private Instant createdAt;
    private Instant updatedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(schema = "projects", name = "dossier_budget_line", joinColumns = @JoinColumn(name = "dossier_id"))
    @OrderBy("position")
    private List<BudgetLine> budget = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(schema = "projects", name = "dossier_file", joinColumns = @JoinColumn(name = "dossier_id"))
    @OrderBy("position")
    private List<DossierFile> files = new ArrayList<>();

    @Version
    private long version;

    protected Dossier() {}

    Dossier(UUID callId, UUID applicantOrganisationId, int durationMonths, String objectives, Instant now) {
        this.id = UUID.randomUUID();
        this.callId = callId;
        this.applicantOrganisationId = applicantOrganisationId;
        this.keyMemberIds = "";
        this.partnerOrganisationIds = "";
        this.objectives = objectives;
        this.content = "";
        this.methods = "";
        this.schedule = "";
        this.stateBudget = BigDecimal.ZERO;
        this.otherBudget = BigDecimal.ZERO;
        this.durationMonths = durationMonths;
        this.state = DossierState.DRAFT;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** Editing is possible only in draft and while the call receives dossiers. */
    void edit(DossierData data, boolean callAcceptsDossiers, Instant now) {
        if (state != DossierState.DRAFT) {
            throw DomainException.conflict("dossier.error.transition", "edit", state.name());
        }
        if (!callAcceptsDossiers) {
            throw DomainException.conflict("dossier.error.late");
        }
        principalInvestigatorId = data.principalInvestigatorId();
        keyMemberIds = join(data.keyMemberIds());
        partnerOrganisationIds = join(data.partnerOrganisationIds());
        objectives = data.objectives();
        content = data.content();
        methods = data.methods();
        schedule = data.schedule();
        durationMonths = data.durationMonths();
        budget.clear();
        int position = 0;
        BigDecimal state = BigDecimal.ZERO;
        BigDecimal other = BigDecimal.ZERO;
        for (DossierData.Line line : data.budget()) {
            if (line.stateAmount().signum() < 0 || line.otherAmount().signum() < 0) {
                throw new DomainException("dossier.error.negativeAmount");
            }
            budget.add(new BudgetLine(position++, line.item(), line.stateAmount(), line.otherAmount()));
            state = state.add(line.stateAmount());
            other = other.add(line.otherAmount());
        }
        stateBudget = state;
        otherBudget = other;
        updatedAt = now;
    }

    /** Attaches a file while the dossier is a draft and the call receives dossiers (at most {@code max}). */
    DossierFile attach(DossierFileKind kind, StoredFile file, boolean callAcceptsDossiers, int max, Instant now) {
        requireEditable(callAcceptsDossiers, "attach");
        if (files.size() >= max) {
            throw DomainException.invalid("dossier.error.tooManyFiles", max);
        }
        int position = files.stream().mapToInt(DossierFile::position).max().orElse(-1) + 1;
        DossierFile attached = new DossierFile(position, kind, file, now);
        files.add(attached);
        updatedAt = now;
        return attached;
    }

    void detach(UUID fileId, boolean callAcceptsDossiers, Instant now) {
        requireEditable(callAcceptsDossiers, "detach");
        if (!files.removeIf(f -> f.fileId().equals(fileId))) {
            throw DomainException.notFound("task.file.error.missing");
        }
        updatedAt = now;
    }

    private void requireEditable(boolean callAcceptsDossiers, String action) {
        if (state != DossierState.DRAFT) {
            throw DomainException.conflict("dossier.error.transition", action, state.name());
        }
        if (!callAcceptsDossiers) {
            throw DomainException.conflict("dossier.error.late");
        }
    }

    List<DossierFile> files() {
        return List.copyOf(files);
    }

    /**
     * Submits the dossier: refused after 23:59:59 of the deadline day (Vietnam time) and when the
     * description is incomplete or the state budget exceeds the call's ceiling.
     */
    void submit(boolean callAcceptsDossiers, BigDecimal budgetCeiling, Instant now) {
        if (state != DossierState.DRAFT) {
            throw DomainException.conflict("dossier.error.transition", "submit", state.name());
        }
        if (!callAcceptsDossiers) {
            throw DomainException.conflict("dossier.error.late");
        }
        if (blank(objectives) || blank(content) || blank(methods) || principalInvestigatorId == null) {
            throw new DomainException("dossier.error.incomplete");
        }
        if (stateBudget.compareTo(budgetCeiling) > 0) {
            throw new DomainException("dossier.error.overCeiling");
        }
        state = DossierState.SUBMITTED;
        submittedAt = now;
        contentHash = hash();
        updatedAt = now;
    }

    /** STAFF's validity check when the dossiers are opened. */
    void recordValidity(boolean valid, @Nullable String note, Instant now) {
        if (state != DossierState.SUBMITTED) {
            throw DomainException.conflict("dossier.error.transition", "validity", state.name());
        }
        if (!valid && (note == null || note.isBlank())) {
            throw new DomainException("dossier.error.reasonRequired");
        }
        state = valid ? DossierState.VALID : DossierState.INVALID;
        validityNote = note == null || note.isBlank() ? null : note.strip();
        updatedAt = now;
    }

    void conclude(boolean selected, Instant now) {
        if (state != DossierState.VALID) {
            throw DomainException.conflict("dossier.error.transition", "conclude", state.name());
        }
        state = selected ? DossierState.SELECTED : DossierState.NOT_SELECTED;
        updatedAt = now;
    }

    /** The SHA-256 of the submitted content, printed on the receipt. */
    String hash() {
        StringBuilder canonical = new StringBuilder();
        canonical.append(id).append('\n').append(callId).append('\n').append(applicantOrganisationId);
        canonical.append('\n').append(principalInvestigatorId).append('\n').append(keyMemberIds);
        canonical.append('\n').append(partnerOrganisationIds).append('\n').append(objectives);
        canonical
                .append('\n')
                .append(content)
                .append('\n')
                .append(methods)
                .append('\n')
                .append(schedule);
        canonical.append('\n').append(durationMonths);
        for (BudgetLine line : budget) {
            canonical
                    .append('\n')
                    .append(line.item())
                    .append('|')
                    .append(line.stateAmount().toPlainString());
            canonical.append('|').append(line.otherAmount().toPlainString());
        }
        for (DossierFile file : files) {
            canonical.append('\n').append(file.kind()).append('|').append(file.fileName());
            canonical.append('|').append(file.sha256());
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(canonical.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    Map<String, Object> auditState() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("state", state.name());
        map.put("stateBudget", stateBudget.toPlainString());
        map.put("otherBudget", otherBudget.toPlainString());
        if (contentHash != null) {
            map.put("contentHash", contentHash);
        }
        return map;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static String join(List<UUID> ids) {
        return String.join(",", ids.stream().distinct().map(UUID::toString).toList());
    }

    private static List<UUID> split(String ids) {
        return ids == null || ids.isBlank()
                ? List.of()
                : Arrays.stream(ids.split(",")).map(UUID::fromString).toList();
    }

    public UUID id() {
        return id;
    }

    UUID callId() {
        return callId;
    }

    public UUID applicantOrganisationId() {
        return applicantOrganisationId;
    }

    @Nullable
    public UUID principalInvestigatorId() {
        return principalInvestigatorId;
    }

    public List<UUID> keyMemberIds() {
        return split(keyMemberIds);
    }

    public List<UUID> partnerOrganisationIds() {
        return split(partnerOrganisationIds);
    }

    public String objectives() {
        return objectives;
    }

    String content() {
        return content;
    }

    String methods() {
        return methods;
    }

    String schedule() {
        return schedule;
    }

    public BigDecimal stateBudget() {
        return stateBudget;
    }

    public BigDecimal otherBudget() {
        return otherBudget;
    }

    public int durationMonths() {
        return durationMonths;
    }

    DossierState state() {
        return state;
    }

    @Nullable
    String contentHash() {
        return contentHash;
    }

    @Nullable
    Instant submittedAt() {
        return submittedAt;
    }

    @Nullable
    String validityNote() {
        return validityNote;
    }

    public List<BudgetLine> budget() {
        return List.copyOf(budget);
    }

    long version() {
        return version;
    }
}
