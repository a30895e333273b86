package vn.doimoi.shared.references;

/** One record that concerns a document: its kind (a message key), its title and its page. */
public record Reference(String kindKey, String title, String url) {}
