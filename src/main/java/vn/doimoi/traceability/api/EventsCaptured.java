package vn.doimoi.traceability.api;

import java.util.UUID;

/** Events of an organisation were stored (by a capture job or a single event): streams may send them. */
record EventsCaptured(UUID organisationId) {}
