package vn.doimoi.traceability.catalogue;

import java.util.UUID;
import org.springframework.stereotype.Component;
import vn.doimoi.directory.Directory;
import vn.doimoi.directory.OrganisationSummary;
import vn.doimoi.identity.CurrentUser;
import vn.doimoi.identity.Role;
import vn.doimoi.shared.DomainException;

/**
 * Who may keep and read a catalogue (ADR 0039, 0061): a member of an organisation the Department
 * verified writes for it alone (an unverified one could put any producer's name on a consumer's
 * screen); the Department's staff read everything. Another organisation's records are "not found"
 * rather than "forbidden", so their existence is not disclosed.
 */
@Component
public class TraceAccess {

    private final Directory directory;

    TraceAccess(Directory directory) {
        this.directory = directory;
    }

    /** The organisation the actor writes for; refused unless a member of a verified one. */
    public UUID writer(CurrentUser actor) {
        UUID organisation = actor.organisationId();
        if (!actor.has(Role.ORG_MEMBER) || organisation == null) {
            throw DomainException.forbidden("traceability.error.memberOnly");
        }
        if (!verified(organisation)) {
            throw DomainException.refused("traceability.error.unverified");
        }
        return organisation;
    }

    /** Whether the organisation is verified by the Department. */
    public boolean verified(UUID organisation) {
        return directory
                .organisation(organisation)
                .map(OrganisationSummary::verified)
                .orElse(false);
    }

    /** Refuses (404) a record of another organisation, unless the actor is staff. */
    public void requireReader(CurrentUser actor, UUID owner) {
        if (!actor.isStaff() && !actor.actsFor(owner)) {
            throw DomainException.notFound("traceability.error.notFound");
        }
    }

    /** Refuses (404) a record of another organisation for writing; staff only read. */
    public void requireWriter(CurrentUser actor, UUID owner) {
        if (!writer(actor).equals(owner)) {
            throw DomainException.notFound("traceability.error.notFound");
        }
    }
}
