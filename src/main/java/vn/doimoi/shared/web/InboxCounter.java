package vn.doimoi.shared.web;

/** Counts a signed-in user's unread notifications for the bell in the page header. */
public interface InboxCounter {

    int unreadFor(String username);
}
