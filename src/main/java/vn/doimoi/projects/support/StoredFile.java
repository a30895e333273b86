package vn.doimoi.projects.support;

/** A file kept by {@link ProjectFiles}: its cleaned name, the type found in its content, size and SHA-256. */
public record StoredFile(String fileName, String contentType, long size, String sha256) {}
