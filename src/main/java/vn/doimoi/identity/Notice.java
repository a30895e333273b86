package vn.doimoi.identity;

/** What a notification says: a Vietnamese subject and body, and a path inside doimoi to the item. */
public record Notice(String subject, String body, String link) {}
