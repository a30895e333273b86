package vn.doimoi.market.listing;

import java.awt.image.BufferedImage;
import java.io.InputStream;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.doimoi.identity.CurrentUser;
import vn.doimoi.market.AttachmentView;
import vn.doimoi.market.ListingStatus;
import vn.doimoi.market.ListingView;
import vn.doimoi.shared.DomainException;
import vn.doimoi.shared.NotFoundException;
import vn.doimoi.shared.audit.AuditLog;
import vn.doimoi.shared.files.FileRules;
import vn.doimoi.shared.files.UploadedNames;
import vn.doimoi.shared.image.ImageScaling;

/**
 * Images and files of a listing. What an upload is comes from its bytes: an image (PNG, JPEG,
 * GIF, WebP) is re-encoded as a JPEG at most {@value #IMAGE_WIDTH} px wide with a
 * {@value #THUMBNAIL_WIDTH} px thumbnail, which drops its EXIF and other metadata; a document
 * (PDF, Word, Excel, PowerPoint) loses its author metadata ({@link ListingDocuments}). Downloads
 * go through the listing's visibility, and a reader who may not know an anonymous owner sees
 * neutral names ("Tài liệu 1.pdf"), never the uploaded ones.
 */
@Service
@Transactional
public class ListingAttachments {

    public static final int MAX_IMAGES = 8;
    public static final int MAX_FILES = 5;
    static final int IMAGE_WIDTH = 1200;
    static final int THUMBNAIL_WIDTH = 320;
    private static final long MAX_PIXELS = 40_000_000L;

    /** Bytes to send, with the media type and the name a download gets. */
    public record Download(byte[] bytes, String mediaType, String fileName, boolean inline) {}

    private final ListingRepository repository;
    private final Listings listings;
    private final MarketProperties properties;
    private final MarketMessages messages;
    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Clock clock;

    ListingAttachments(
            ListingRepository repository,
            Listings listings,
            MarketProperties properties,
            MarketMessages messages,
            JdbcClient jdbc,
            AuditLog audit,
            Clock clock) {
        this.repository = repository;
        this.listings = listings;
        this.properties = properties;
        this.messages = messages;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /** The owner adds an image or a document; returns its id. */
    public UUID add(CurrentUser actor, UUID listingId, @Nullable String originalName, InputStream content, long size) {
        Listing listing = editable(actor, listingId);
        byte[] bytes = read(content, size);
        UUID id = UUID.randomUUID();
        String name = cleanName(originalName);
        Optional<String> imageType = ImageScaling.type(bytes);
        AttachmentView.Kind kind = imageType.isPresent() ? AttachmentView.Kind.IMAGE : AttachmentView.Kind.FILE;
        int already = count(listingId, kind);
        if (already >= (kind == AttachmentView.Kind.IMAGE ? MAX_IMAGES : MAX_FILES)) {
            throw DomainException.conflict(
                    kind == AttachmentView.Kind.IMAGE ? "market.error.tooManyImages" : "market.error.tooManyFiles",
                    kind == AttachmentView.Kind.IMAGE ? MAX_IMAGES : MAX_FILES);
        }
        byte[] stored;
        byte[] thumbnail = null;
        String extension;
        String mediaType;
        if (kind == AttachmentView.Kind.IMAGE) {
            BufferedImage image = decode(bytes);
            stored = ImageScaling.jpeg(ImageScaling.scaled(image, IMAGE_WIDTH));
            thumbnail = ImageScaling.jpeg(ImageScaling.scaled(image, THUMBNAIL_WIDTH));
            extension = "jpg";
            mediaType = "image/jpeg";
        } else {
            ListingDocuments.Cleaned cleaned = ListingDocuments.clean(bytes);
            stored = cleaned.bytes();
            extension = cleaned.type().extension();
            mediaType = cleaned.type().mediaType();
        }
        jdbc.sql("""
                        INSERT INTO market.listing_attachment (id, listing_id, kind, position, original_name,
                            extension, content_type, size_bytes, content, thumbnail, created_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        id,
                        listingId,
                        kind.name(),
                        nextPosition(listingId, kind),
                        name,
                        extension,
                        mediaType,
                        stored.length,
                        stored,
                        thumbnail,
                        java.sql.Timestamp.from(clock.instant()))
                .update();
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("attachment", id.toString());
        after.put("kind", kind.name());
        after.put("name", name);
        after.put("bytes", stored.length);
        audit.record(
                "market.listing.attachmentAdded", "market.listing", listing.id().toString(), null, after);
        return id;
    }

    /** The owner removes an image or a file. */
    public void remove(CurrentUser actor, UUID listingId, UUID attachmentId) {
        Listing listing = editable(actor, listingId);
        int removed = jdbc.sql("DELETE FROM market.listing_attachment WHERE id = ? AND listing_id = ?")
                .params(attachmentId, listingId)
                .update();
        if (removed == 0) {
            throw new NotFoundException("attachment", attachmentId);
        }
        audit.record(
                "market.listing.attachmentRemoved",
                "market.listing",
                listing.id().toString(),
                Map.of("attachment", attachmentId.toString()),
                null);
    }

    /** The listing's images and files as this reader of the listing may see them. */
    @Transactional(readOnly = true)
    public List<AttachmentView> of(ListingView listing) {
        List<Row> rows = jdbc.sql("""
                        SELECT id, kind, position, original_name, extension, size_bytes
                        FROM market.listing_attachment WHERE listing_id = ? ORDER BY kind, position""")
                .param(listing.id())
                .query((rs, n) -> new Row(
                        rs.getObject("id", UUID.class),
                        AttachmentView.Kind.valueOf(rs.getString("kind")),
                        rs.getInt("position"),
                        rs.getString("original_name"),
                        rs.getString("extension"),
                        rs.getLong("size_bytes")))
                .list();
        return rows.stream()
                .map(row -> row.view(displayName(row, listing.ownerHidden())))
                .toList();
    }

    /**
     * One image, thumbnail or file, when the reader may see the listing (drafts only to their
     * owners and the Department); the name is neutral unless the reader may know the owner.
     */
    @Transactional(readOnly = true)
    public Download download(UUID listingId, UUID attachmentId, boolean thumbnail, @Nullable CurrentUser actor) {
        ListingView listing = listings.view(listingId, actor);
        List<Download> found = jdbc.sql("""
                        SELECT kind, position, original_name, extension, size_bytes, content_type,
                               CASE WHEN ? THEN thumbnail ELSE content END AS bytes
                        FROM market.listing_attachment WHERE id = ? AND listing_id = ?""")
                .params(thumbnail, attachmentId, listingId)
                .query((rs, n) -> {
                    Row row = new Row(
                            attachmentId,
                            AttachmentView.Kind.valueOf(rs.getString("kind")),
                            rs.getInt("position"),
                            rs.getString("original_name"),
                            rs.getString("extension"),
                            rs.getLong("size_bytes"));
                    byte[] bytes = rs.getBytes("bytes");
                    return bytes == null
                            ? null
                            : new Download(
                                    bytes,
                                    rs.getString("content_type"),
                                    downloadName(row, listing.ownerHidden()),
                                    row.kind() == AttachmentView.Kind.IMAGE);
                })
                .list();
        if (found.isEmpty() || found.get(0) == null) {
            throw new NotFoundException("attachment", attachmentId);
        }
        return found.get(0);
    }

    private record Row(
            UUID id, AttachmentView.Kind kind, int position, String originalName, String extension, long size) {
        AttachmentView view(String name) {
            return new AttachmentView(id, kind, position, name, extension, size);
        }
    }

    private String displayName(Row row, boolean ownerHidden) {
        if (row.kind() == AttachmentView.Kind.IMAGE) {
            return messages.vi("market.attachment.imageName", row.position());
        }
        if (ownerHidden) {
            return messages.vi("market.attachment.fileName", row.position()) + "." + row.extension();
        }
        return row.originalName();
    }

    private static String downloadName(Row row, boolean ownerHidden) {
        if (row.kind() == AttachmentView.Kind.IMAGE) {
            return "anh-" + row.position() + ".jpg";
        }
        if (ownerHidden) {
            return "tai-lieu-" + row.position() + "." + row.extension();
        }
        return row.originalName();
    }

    /** The uploaded name without any folder or control character ("tep" when nothing is left). */
    static String cleanName(@Nullable String originalName) {
        return UploadedNames.safe(originalName, "tep");
    }

    private Listing editable(CurrentUser actor, UUID listingId) {
        Listing listing = repository.findById(listingId).orElseThrow(() -> new NotFoundException("listing", listingId));
        if (!actor.actsFor(listing.ownerOrgId())) {
            throw new NotFoundException("listing", listingId);
        }
        if (listing.status() == ListingStatus.REVIEW || listing.status() == ListingStatus.ARCHIVED) {
            throw DomainException.conflict("market.error.notEditable");
        }
        return listing;
    }

    private byte[] read(InputStream content, long size) {
        long limit = properties.maxFileBytes();
        FileRules rules = new FileRules(limit, Set.of(), refusal -> switch (refusal) {
            case EMPTY -> DomainException.invalid("market.error.fileEmpty");
            case TOO_LARGE -> DomainException.invalid("market.error.fileTooLarge", limit / 1024 / 1024);
            case TYPE -> DomainException.invalid("market.error.fileType");
        });
        rules.checkDeclaredSize(size);
        // in memory on purpose: an image is re-encoded and a document cleaned before it is kept
        return rules.read(content);
    }

    private static BufferedImage decode(byte[] bytes) {
        try {
            return ImageScaling.decode(bytes, MAX_PIXELS);
        } catch (ImageScaling.UnreadableImage e) {
            throw DomainException.invalid(
                    e.tooManyPixels() ? "market.error.imageTooManyPixels" : "market.error.imageUnreadable");
        }
    }

    private int count(UUID listingId, AttachmentView.Kind kind) {
        return jdbc.sql("SELECT count(*) FROM market.listing_attachment WHERE listing_id = ? AND kind = ?")
                .params(listingId, kind.name())
                .query(Integer.class)
                .single();
    }

    private int nextPosition(UUID listingId, AttachmentView.Kind kind) {
        return jdbc.sql("""
                        SELECT coalesce(max(position), 0) + 1 FROM market.listing_attachment
                        WHERE listing_id = ? AND kind = ?""").params(listingId, kind.name()).query(Integer.class).single();
    }
}
