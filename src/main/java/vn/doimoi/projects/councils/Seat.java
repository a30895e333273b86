package vn.doimoi.projects.councils;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.doimoi.projects.rules.ConflictKind;
import vn.doimoi.projects.rules.CouncilRole;

/** A council member: who, which seat, found conflicts (then excluded), declaration and attendance. */
@Embeddable
public class Seat {

    private int position;
    private UUID personId;
    private String fullName;

    @Enumerated(EnumType.STRING)
    private CouncilRole role;

    private @Nullable UUID organisationId;
    private @Nullable UUID userId;
    private String conflicts;
    private @Nullable Instant declaredAt;
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
        this.conflicts =
                String.join(",", conflicts.stream().map(Enum::name).sorted().toList());
    }

    public boolean excluded() {
        return !conflicts.isBlank();
    }

    public List<ConflictKind> conflicts() {
        return conflicts.isBlank()
                ? List.of()
                : Arrays.stream(conflicts.split(",")).map(ConflictKind::valueOf).toList();
    }

    void declare(Instant now) {
        declaredAt = now;
    }

    void attend(boolean present) {
        this.present = present;
    }

    public UUID personId() {
        return personId;
    }

    public String fullName() {
        return fullName;
    }

    public CouncilRole role() {
        return role;
    }

    @Nullable
    public UUID organisationId() {
        return organisationId;
    }

    @Nullable
    UUID userId() {
        return userId;
    }

    @Nullable
    public Instant declaredAt() {
        return declaredAt;
    }

    public boolean present() {
        return present;
    }
}
