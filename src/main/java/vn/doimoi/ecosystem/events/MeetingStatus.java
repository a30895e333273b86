package vn.doimoi.ecosystem.events;

import vn.doimoi.shared.DomainException;

/**
 * A B2B meeting: requested → accepted or declined; either side may cancel it while it stands.
 * A requested or accepted meeting holds its slot for both sides.
 */
public enum MeetingStatus {
    REQUESTED,
    ACCEPTED,
    DECLINED,
    CANCELLED;

    /** Whether the meeting holds its slot for both sides. */
    public boolean holdsSlot() {
        return this == REQUESTED || this == ACCEPTED;
    }

    /** The status after the invitee's answer; only a request can be answered. */
    MeetingStatus answer(boolean accepted) {
        if (this != REQUESTED) {
            throw DomainException.conflict("events.error.meetingAnswered");
        }
        return accepted ? ACCEPTED : DECLINED;
    }

    /** The status after one side calls it off. */
    MeetingStatus cancel() {
        if (!holdsSlot()) {
            throw DomainException.conflict("events.error.meetingClosed");
        }
        return CANCELLED;
    }
}
