package vn.doimoi.shared.files;

import java.io.InputStream;

/** As many bytes as asked, the same each time, made as they are read: a large file that is never in memory. */
final class PseudoRandomContent extends InputStream {

    private final long size;
    private long position;
    private long state = 0x9E3779B97F4A7C15L;

    private PseudoRandomContent(long size) {
        this.size = size;
    }

    static InputStream of(long size) {
        return new PseudoRandomContent(size);
    }

    @Override
    public int read() {
        if (position >= size) {
            return -1;
        }
        position++;
        // xorshift64: cheap, and far from any file type's signature
        state ^= state << 13;
        state ^= state >>> 7;
        state ^= state << 17;
        return (int) (state & 0xff);
    }

    @Override
    public int read(byte[] target, int offset, int length) {
        if (position >= size) {
            return -1;
        }
        int count = (int) Math.min(length, size - position);
        for (int i = 0; i < count; i++) {
            target[offset + i] = (byte) read();
        }
        return count;
    }
}
