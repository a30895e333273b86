package vn.doimoi.shared.files;

import org.jspecify.annotations.Nullable;
import vn.doimoi.shared.text.VietnameseText;

/**
 * The name a browser sends with an upload, made safe to keep and to send back in a download: the
 * last segment of a path (Windows browsers send {@code C:\...}), without control characters or
 * quotes, in NFC, at most {@value #MAX_LENGTH} characters (the end kept, where the extension is).
 */
public final class UploadedNames {

    public static final int MAX_LENGTH = 200;

    private UploadedNames() {}

    /** The safe name, or {@code fallback} when nothing is left of the sent one. */
    public static String safe(@Nullable String sent, String fallback) {
        String name = sent == null ? "" : sent;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = VietnameseText.nfc(name.replaceAll("[\\p{Cntrl}\"]", "").strip());
        if (name.isEmpty()) {
            return fallback;
        }
        return name.length() > MAX_LENGTH ? name.substring(name.length() - MAX_LENGTH) : name;
    }
}
