package vn.doimoi.ecosystem.startups;

import org.jspecify.annotations.Nullable;

/**
 * The public list's filters; each may be absent. A field matches its sub-fields too ("401" keeps a
 * profile in "40101").
 */
public record CatalogueFilter(
        @Nullable InnovatorKind kind,
        @Nullable StartupStage stage,
        @Nullable String field,
        @Nullable String commune) {

    public static CatalogueFilter none() {
        return new CatalogueFilter(null, null, null, null);
    }

    public boolean keeps(InnovatorCard card) {
        InnovatorProfile profile = card.profile();
        return (kind == null || profile.kind() == kind)
                && (stage == null || profile.stage() == stage)
                && (field == null
                        || field.isBlank()
                        || profile.fieldCodes().stream().anyMatch(code -> code.startsWith(field)))
                && (commune == null || commune.isBlank() || commune.equals(card.communeCode()));
    }
}
