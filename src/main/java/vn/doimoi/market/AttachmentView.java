package vn.doimoi.market;

import java.util.UUID;

/**
 * An image or a file of a listing as one reader may see it: {@code name} is the uploaded name
 * only when the reader may know the owner; otherwise a neutral "Tài liệu 2.pdf".
 */
public record AttachmentView(UUID id, Kind kind, int number, String name, String extension, long size) {

    public enum Kind {
        IMAGE,
        FILE
    }

    public boolean image() {
        return kind == Kind.IMAGE;
    }
}
