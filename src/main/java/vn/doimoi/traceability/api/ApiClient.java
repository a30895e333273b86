package vn.doimoi.traceability.api;

import java.util.UUID;

/** Who calls the EPCIS API: the organisation a key was issued to, and which key it was. */
record ApiClient(UUID organisationId, UUID keyId) {}
