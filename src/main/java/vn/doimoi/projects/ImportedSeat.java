package vn.doimoi.projects;

import java.util.UUID;

/**
 * One seat of a council as its founding decision lists it: the person and the role, by the name
 * the rules give it ({@code CHAIR}, {@code VICE_CHAIR}, {@code REVIEWER}, {@code SECRETARY},
 * {@code MEMBER}).
 */
public record ImportedSeat(UUID personId, String role) {}
