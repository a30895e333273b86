package vn.doimoi.ecosystem.startups;

import org.jspecify.annotations.Nullable;

/**
 * A recognised profile as the public list shows it: the organisation's name and commune read from
 * the directory at the time of reading, never kept here.
 */
public record InnovatorCard(
        InnovatorProfile profile,
        String name,
        @Nullable String communeCode,
        @Nullable String communeName) {}
