package vn.doimoi.projects.councils;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.doimoi.projects.rules.ConflictKind;

/** An expert who accepts review work, with the conflicts found against what the council judges. */
public record Candidate(
        UUID personId, String name, @Nullable String organisationName, List<ConflictKind> conflicts, boolean seated) {}
