package vn.doimoi.portal.banner;

import java.awt.image.BufferedImage;
import java.io.InputStream;
import org.springframework.stereotype.Service;
import vn.doimoi.shared.DomainException;
import vn.doimoi.shared.image.ImageScaling;

/**
 * Article images with the shared {@link ImageScaling} ({@code javax.imageio}, no native code): a cover becomes a JPEG
 * at most {@value #COVER_WIDTH} px wide plus a {@value #THUMBNAIL_WIDTH} px thumbnail; a body
 * image wider than {@value #COVER_WIDTH} px is scaled down. The type is checked by the first
 * bytes ({@link StoredFiles#readImage}), and the pixel size before decoding (no decompression bombs).
 */
@Service
public class Images {

    public static final int COVER_WIDTH = 1200;
    public static final int THUMBNAIL_WIDTH = 400;
    private static final long MAX_PIXELS = 40_000_000L;

    /** A stored cover: the large picture and its thumbnail, both public URLs. */
    public record Cover(String url, String thumbnailUrl) {}

    private final StoredFiles files;

    Images(StoredFiles files) {
        this.files = files;
    }

    /** A cover image: a JPEG ≤ 1200 px wide and a 400 px thumbnail. */
    public Cover storeCover(InputStream content, long size) {
        BufferedImage image = decode(files.readImage(content, size));
        return new Cover(
                files.store(jpeg(scaled(image, COVER_WIDTH))), files.store(jpeg(scaled(image, THUMBNAIL_WIDTH))));
    }

    /** An image for an article body: kept as it is unless wider than 1200 px (GIFs always kept). */
    public String storeBodyImage(InputStream content, long size) {
        byte[] bytes = files.readImage(content, size);
        String type = StoredFiles.imageType(bytes).orElseThrow();
        if (type.equals("gif") || type.equals("webp")) {
            return files.store(bytes);
        }
        BufferedImage image = decode(bytes);
        if (image.getWidth() <= COVER_WIDTH) {
            return files.store(bytes);
        }
        BufferedImage smaller = scaled(image, COVER_WIDTH);
        return type.equals("png") ? files.store(png(smaller)) : files.store(jpeg(smaller));
    }

    /**
     * A banner image, scaled down to the width its slot shows ({@code maxWidth}, twice the CSS
     * width for sharp screens) so a 4,000 px photograph is not sent to every visitor; GIF and WebP
     * are kept as they are (animation; no WebP writer in the JDK).
     */
    public String storeBanner(InputStream content, long size, int maxWidth) {
        byte[] bytes = files.readImage(content, size);
        String type = StoredFiles.imageType(bytes).orElseThrow();
        if (type.equals("gif") || type.equals("webp")) {
            return files.store(bytes);
        }
        BufferedImage image = decode(bytes);
        if (image.getWidth() <= maxWidth) {
            return files.store(bytes);
        }
        BufferedImage smaller = scaled(image, maxWidth);
        return type.equals("png") ? files.store(png(smaller)) : files.store(jpeg(smaller));
    }

    static BufferedImage decode(byte[] bytes) {
        try {
            return ImageScaling.decode(bytes, MAX_PIXELS);
        } catch (ImageScaling.UnreadableImage e) {
            throw DomainException.invalid(
                    e.tooManyPixels() ? "portal.error.imageTooManyPixels" : "portal.error.imageUnreadable");
        }
    }

    static BufferedImage scaled(BufferedImage image, int width) {
        return ImageScaling.scaled(image, width);
    }

    static byte[] jpeg(BufferedImage image) {
        return ImageScaling.jpeg(image);
    }

    static byte[] png(BufferedImage image) {
        return ImageScaling.png(image);
    }
}
