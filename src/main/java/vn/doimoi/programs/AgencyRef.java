package vn.doimoi.programs;

import java.util.UUID;

/** An agency (a directory organisation) as programme pages name it. */
public record AgencyRef(UUID id, String name) {}
