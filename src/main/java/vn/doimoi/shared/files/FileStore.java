package vn.doimoi.shared.files;

import java.io.InputStream;
import java.util.Optional;
import org.springframework.core.io.Resource;

/**
 * Where uploaded files are kept: addressed by their SHA-256 (the same content is kept once, and a
 * receipt's hash finds it again), size-limited and type-checked by content against the caller's
 * {@link FileRules} before anything is kept. {@link DiskFileStore} keeps them on disk outside the
 * web root; a PostgreSQL store can take its place (issue 23).
 */
public interface FileStore {

    /**
     * Checks and keeps the content, streamed (never whole in memory); throws the rules' {@link
     * vn.doimoi.shared.DomainException} when it is empty, too large or of a type not accepted.
     */
    StoredContent store(InputStream content, FileRules rules);

    /** The content kept under this key; empty for unknown keys and for names that are not keys. */
    Optional<Resource> find(String key);
}
