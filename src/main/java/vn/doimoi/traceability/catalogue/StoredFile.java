package vn.doimoi.traceability.catalogue;

/** A file kept for a product (its picture, a certificate): the file store's key and its media type. */
public record StoredFile(String key, String mediaType) {}
