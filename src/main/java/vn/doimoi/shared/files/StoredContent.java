package vn.doimoi.shared.files;

/**
 * Content kept by a {@link FileStore}.
 *
 * @param key what finds it again ({@link FileStore#find}): its SHA-256, with the extension in
 *     stores whose names carry one
 * @param sha256 the hexadecimal SHA-256 of the content
 * @param mediaType the type detected from the content
 * @param size its length in bytes
 */
public record StoredContent(String key, String sha256, String mediaType, long size) {}
