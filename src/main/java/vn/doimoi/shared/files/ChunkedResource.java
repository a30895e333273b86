package vn.doimoi.shared.files;

import java.io.IOException;
import java.io.InputStream;
import org.springframework.core.io.AbstractResource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Content kept in PostgreSQL ({@link PostgresqlFileStore}), read a chunk at a time: each chunk is
 * one short query, so a slow download holds neither a connection nor more than a chunk of memory.
 */
final class ChunkedResource extends AbstractResource {

    private final JdbcTemplate jdbc;
    private final String sha256;
    private final String key;
    private final String mediaType;
    private final long size;
    private final int chunks;
    private final long createdAt;

    ChunkedResource(
            JdbcTemplate jdbc, String sha256, String key, String mediaType, long size, int chunks, long createdAt) {
        this.jdbc = jdbc;
        this.sha256 = sha256;
        this.key = key;
        this.mediaType = mediaType;
        this.size = size;
        this.chunks = chunks;
        this.createdAt = createdAt;
    }

    String mediaType() {
        return mediaType;
    }

    @Override
    public InputStream getInputStream() {
        return new ChunkStream();
    }

    @Override
    public boolean exists() {
        return true;
    }

    @Override
    public long contentLength() {
        return size;
    }

    @Override
    public long lastModified() {
        return createdAt;
    }

    @Override
    public String getFilename() {
        return key;
    }

    @Override
    public String getDescription() {
        return "stored content " + key;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ChunkedResource resource && resource.sha256.equals(sha256) && resource.key.equals(key);
    }

    @Override
    public int hashCode() {
        return key.hashCode();
    }

    /** The chunks in order, fetched when the previous one is used up. */
    private final class ChunkStream extends InputStream {

        private byte[] current = new byte[0];
        private int position;
        private int next;

        @Override
        public int read() throws IOException {
            if (!available(1)) {
                return -1;
            }
            return current[position++] & 0xff;
        }

        @Override
        public int read(byte[] target, int offset, int length) throws IOException {
            if (length == 0) {
                return 0;
            }
            if (!available(1)) {
                return -1;
            }
            int count = Math.min(length, current.length - position);
            System.arraycopy(current, position, target, offset, count);
            position += count;
            return count;
        }

        private boolean available(int wanted) throws IOException {
            while (current.length - position < wanted) {
                if (next >= chunks) {
                    return false;
                }
                byte[] chunk = jdbc.query(
                        "select data from files.content_chunk where sha256 = ? and seq = ?",
                        rows -> rows.next() ? rows.getBytes(1) : null,
                        sha256,
                        next);
                if (chunk == null) {
                    throw new IOException("chunk " + next + " of " + key + " is missing");
                }
                current = chunk;
                position = 0;
                next++;
            }
            return true;
        }
    }
}
