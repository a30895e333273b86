package vn.doimoi.shared.files;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Set;
import java.util.function.Function;
import vn.doimoi.shared.DomainException;

/**
 * What one kind of upload may be: at most {@code maxBytes}, of one of the {@code accepted} media
 * types (or a specialisation of one), and how each refusal is told to the user: every module keeps
 * its own message keys and {@link DomainException.Kind}s.
 */
public record FileRules(long maxBytes, Set<String> accepted, Function<Refusal, DomainException> refusal) {

    /** Why an upload is not kept. */
    public enum Refusal {
        EMPTY,
        TOO_LARGE,
        TYPE
    }

    public FileRules {
        accepted = Set.copyOf(accepted);
    }

    /** Refuses before reading what is declared empty or larger than allowed. */
    public void checkDeclaredSize(long size) {
        if (size <= 0) {
            throw refusal.apply(Refusal.EMPTY);
        }
        if (size > maxBytes) {
            throw refusal.apply(Refusal.TOO_LARGE);
        }
    }

    /**
     * Reads an upload that is needed in memory (a picture to decode, a document to clean), never
     * more than {@code maxBytes + 1} bytes, refusing it when empty or too large; its type is not
     * checked here.
     */
    public byte[] read(InputStream content) {
        try {
            byte[] bytes = content.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            checkSize(bytes.length);
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads an upload as {@link #read} does and refuses it unless its content is of an accepted type. */
    public byte[] readChecked(InputStream content) {
        byte[] bytes = read(content);
        checkType(FileTypes.detect(bytes));
        return bytes;
    }

    void checkSize(long size) {
        if (size == 0) {
            throw refusal.apply(Refusal.EMPTY);
        }
        if (size > maxBytes) {
            throw refusal.apply(Refusal.TOO_LARGE);
        }
    }

    /** Refuses a detected type that is not accepted. */
    public void checkType(String type) {
        if (!FileTypes.isOneOf(type, accepted)) {
            throw refusal.apply(Refusal.TYPE);
        }
    }
}
