package vn.doimoi.ecosystem;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Events and technology fairs for other modules and the demo: each call acts as the signed-in user,
 * under the same checks as the pages (STAFF publish; a member exhibits for its organisation; a
 * participant books B2B meetings).
 */
public interface Events {

    /** The event with this exact title, if one was published. */
    Optional<UUID> byTitle(String title);

    /** STAFF publish an event; returns its identifier. */
    UUID publish(NewEvent event);

    /** The signed-in user registers, for their organisation when {@code forOrganisation}; returns the registration. */
    UUID register(UUID event, boolean forOrganisation);

    /** The signed-in user's organisation exhibits these listings of its own. */
    void exhibit(UUID event, Set<UUID> listings);

    /** The signed-in participant asks another for a meeting in the slot that starts at {@code slot}. */
    UUID requestMeeting(UUID event, UUID invitee, Instant slot, String note);

    /** The signed-in invitee accepts the meeting. */
    void acceptMeeting(UUID meeting);
}
