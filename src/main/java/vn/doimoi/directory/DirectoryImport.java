package vn.doimoi.directory;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Loads organisations and people from a list made elsewhere (a provincial register, the demo):
 * each entry is added once, so running the same list again changes nothing.
 */
public interface DirectoryImport {

    /**
     * Adds the organisation unless the directory already has one with its tax code (or, without a
     * tax code, with its name). A record whose address was recorded before 1/7/2025 gives its
     * province and commune as codes of the units of that time (ADR 0052).
     */
    void organisation(OrganisationData organisation);

    /** Whether the directory lists any person yet. */
    boolean hasPeople();

    /** Adds a person; {@code username} links the profile to that account when given. */
    UUID person(PersonData person, @Nullable String username);

    /**
     * Records where a person is, by the names of today's province and commune ("Tây Ninh", "Xã Mộc
     * Hóa"), unless the person already has an address; audited as a form's change is.
     *
     * @throws vn.doimoi.shared.DomainException INVALID for a name the official list does not hold
     */
    void personAddressIfNone(UUID personId, String province, String commune);
}
