package vn.doimoi.projects.councils;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.doimoi.projects.rules.ConflictKind;
import vn.doimoi.projects.rules.CouncilRole;
import vn.doimoi.shared.DomainException;

/**
 * A council member: who, which seat, the conflicts found in the data or declared by the member
 * (either makes the member excluded), the declaration of no conflict (online, or the signed paper
 * STAFF recorded) and attendance.
 */
@Embeddable
class Seat {

    private int position;
    private UUID personId;
    private String fullName;

    @Enumerated(EnumType.STRING)
    private CouncilRole role;

    private @Nullable UUID organisationId;
    private @Nullable UUID userId;
    private String conflicts;
    private @Nullable Instant declaredAt;
    private boolean declaredOnPaper;
    private boolean present;

    protected Seat() {}

    Seat(
            int position,
            UUID personId,
            String fullName,
            CouncilRole role,
            @Nullable UUID organisationId,
            @Nullable UUID userId,
            Set<ConflictKind> conflicts) {
        this.position = position;
        this.personId = personId;
        this.fullName = fullName;
        this.role = role;
        this.organisationId = organisationId;
        this.userId = userId;
        this.conflicts = text(conflicts);
    }

    boolean excluded() {
        return !conflicts.isBlank();
    }

    List<ConflictKind> conflicts() {
        return conflicts.isBlank()
                ? List.of()
                : Arrays.stream(conflicts.split(",")).map(ConflictKind::valueOf).toList();
    }

    void declare(Instant now, boolean onPaper) {
        declaredAt = now;
        declaredOnPaper = onPaper;
    }

    /** The member declares a conflict the data did not show: they leave the council's work. */
    void declareConflict() {
        Set<ConflictKind> all = EnumSet.of(ConflictKind.DECLARED_BY_MEMBER);
        all.addAll(conflicts());
        conflicts = text(all);
        declaredAt = null;
        declaredOnPaper = false;
    }

    /**
     * For an acceptance sheet: STAFF types a member's signed paper only once and never over what the
     * member entered; the member enters their own online only after declaring, never over their paper.
     *
     * @param earlierOnline whether the member's earlier sheet was entered online, null without one
     */
    void checkGradeSheet(boolean onPaper, @Nullable Boolean earlierOnline) {
        if (onPaper && earlierOnline != null) {
            throw DomainException.conflict("acceptance.council.error.sheetExists", fullName);
        }
        if (!onPaper && !declared()) {
            throw DomainException.forbidden("acceptance.council.error.undeclared");
        }
        if (!onPaper && Boolean.FALSE.equals(earlierOnline)) {
            throw DomainException.conflict("acceptance.council.error.paperSheet");
        }
    }

    void attend(boolean present) {
        this.present = present;
    }

    UUID personId() {
        return personId;
    }

    String fullName() {
        return fullName;
    }

    CouncilRole role() {
        return role;
    }

    @Nullable
    UUID organisationId() {
        return organisationId;
    }

    @Nullable
    UUID userId() {
        return userId;
    }

    @Nullable
    Instant declaredAt() {
        return declaredAt;
    }

    boolean declared() {
        return declaredAt != null;
    }

    boolean declaredOnPaper() {
        return declaredOnPaper;
    }

    boolean present() {
        return present;
    }

    private static String text(Set<ConflictKind> conflicts) {
        return String.join(",", conflicts.stream().map(Enum::name).sorted().toList());
    }
}
