package vn.doimoi.projects.identification;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.doimoi.projects.support.ProjectFiles;
import vn.doimoi.projects.support.StoredFile;
import vn.doimoi.shared.DomainException;

/**
 * The ordered list of a round (danh mục nhiệm vụ đặt hàng): the tasks the identification council
 * recommended, approved by a provincial decision (number, date, signer and the signed PDF). Calls
 * for these tasks can be drafted only once it is approved.
 */
@Entity
@Table(schema = "projects", name = "ordered_list")
class OrderedList {

    @Id
    private UUID id;

    private UUID roundId;

    @Enumerated(EnumType.STRING)
    private OrderedListState state;

    private @Nullable String decisionNumber;
    private @Nullable LocalDate decisionDate;
    private @Nullable String signer;
    private @Nullable String fileName;
    private @Nullable String fileSha256;
    private @Nullable Long fileSize;
    private @Nullable Instant approvedAt;
    private Instant createdAt;

    @Version
    private long version;

    protected OrderedList() {}

    /** Drafted from a concluded round that recommended at least one task. */
    OrderedList(IdentificationRound round, Instant now) {
        if (round.state() != RoundState.CONCLUDED) {
            throw DomainException.conflict("identification.list.error.roundNotConcluded");
        }
        if (round.recommended().isEmpty()) {
            throw DomainException.conflict("identification.list.error.empty");
        }
        this.id = UUID.randomUUID();
        this.roundId = round.id();
        this.state = OrderedListState.DRAFT;
        this.createdAt = now;
    }

    /** Records the provincial decision approving the list, with its signed PDF. */
    void approve(String number, @Nullable LocalDate date, String signer, @Nullable StoredFile file, Instant now) {
        if (state != OrderedListState.DRAFT) {
            throw DomainException.conflict("identification.list.error.transition", "approve", state.name());
        }
        if (number == null || number.isBlank() || date == null || signer == null || signer.isBlank()) {
            throw DomainException.invalid("identification.list.error.decision");
        }
        if (file == null || !ProjectFiles.PDF.equals(file.contentType())) {
            throw DomainException.invalid("identification.list.error.pdf");
        }
        this.decisionNumber = number.strip();
        this.decisionDate = date;
        this.signer = signer.strip();
        this.fileName = file.fileName();
        this.fileSha256 = file.sha256();
        this.fileSize = file.size();
        this.approvedAt = now;
        this.state = OrderedListState.APPROVED;
    }

    /** Refuses drafting a call for one of its tasks before the list is approved. */
    void requireApproved() {
        if (state != OrderedListState.APPROVED) {
            throw DomainException.conflict("identification.list.error.notApproved");
        }
    }

    Map<String, Object> auditState() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("state", state.name());
        if (decisionNumber != null) {
            map.put("decisionNumber", decisionNumber);
            map.put("decisionDate", String.valueOf(decisionDate));
            map.put("signer", signer);
            map.put("fileSha256", fileSha256);
        }
        return map;
    }

    UUID id() {
        return id;
    }

    UUID roundId() {
        return roundId;
    }

    OrderedListState state() {
        return state;
    }

    @Nullable
    String decisionNumber() {
        return decisionNumber;
    }

    @Nullable
    LocalDate decisionDate() {
        return decisionDate;
    }

    @Nullable
    String signer() {
        return signer;
    }

    @Nullable
    String fileName() {
        return fileName;
    }

    @Nullable
    String fileSha256() {
        return fileSha256;
    }

    @Nullable
    Long fileSize() {
        return fileSize;
    }

    long version() {
        return version;
    }
}
