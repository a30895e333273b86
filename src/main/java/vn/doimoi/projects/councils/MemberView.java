package vn.doimoi.projects.councils;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.doimoi.projects.rules.ConflictKind;
import vn.doimoi.projects.rules.CouncilRole;

/** A council member as pages and minutes show them; {@code declaredOnPaper} when STAFF recorded the signed form. */
public record MemberView(
        UUID personId,
        String fullName,
        CouncilRole role,
        @Nullable String organisationName,
        boolean excluded,
        List<ConflictKind> conflicts,
        boolean declared,
        boolean declaredOnPaper,
        boolean present,
        int sheets) {}
