package vn.doimoi.portal.banner;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import org.springframework.stereotype.Service;
import vn.doimoi.shared.DomainException;

/**
 * Article images with the JDK's {@code javax.imageio} (no native code): a cover becomes a JPEG
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
                files.store(jpeg(scaled(image, COVER_WIDTH)), "jpg"),
                files.store(jpeg(scaled(image, THUMBNAIL_WIDTH)), "jpg"));
    }

    /** An image for an article body: kept as it is unless wider than 1200 px (GIFs always kept). */
    public String storeBodyImage(InputStream content, long size) {
        byte[] bytes = files.readImage(content, size);
        String type = StoredFiles.imageType(bytes).orElseThrow();
        if (type.equals("gif") || type.equals("webp")) {
            return files.store(bytes, type);
        }
        BufferedImage image = decode(bytes);
        if (image.getWidth() <= COVER_WIDTH) {
            return files.store(bytes, type);
        }
        BufferedImage smaller = scaled(image, COVER_WIDTH);
        return type.equals("png") ? files.store(png(smaller), "png") : files.store(jpeg(smaller), "jpg");
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
            return files.store(bytes, type);
        }
        BufferedImage image = decode(bytes);
        if (image.getWidth() <= maxWidth) {
            return files.store(bytes, type);
        }
        BufferedImage smaller = scaled(image, maxWidth);
        return type.equals("png") ? files.store(png(smaller), "png") : files.store(jpeg(smaller), "jpg");
    }

    static BufferedImage decode(byte[] bytes) {
        try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(input);
            if (!readers.hasNext()) {
                throw new DomainException(400, "portal.error.imageUnreadable");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(input, true, true);
                long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
                if (pixels > MAX_PIXELS) {
                    throw new DomainException(400, "portal.error.imageTooManyPixels");
                }
                return reader.read(0);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof DomainException domain) {
                throw domain;
            }
            throw new DomainException(400, "portal.error.imageUnreadable");
        }
    }

    /** The image at most {@code width} px wide, on white (JPEG has no transparency), bicubic. */
    static BufferedImage scaled(BufferedImage image, int width) {
        int targetWidth = Math.min(width, image.getWidth());
        int targetHeight = Math.max(1, (int) Math.round((double) image.getHeight() * targetWidth / image.getWidth()));
        BufferedImage target = new BufferedImage(targetWidth, targetHeight, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = target.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, targetWidth, targetHeight);
            g.drawImage(image, 0, 0, targetWidth, targetHeight, null);
        } finally {
            g.dispose();
        }
        return target;
    }

    static byte[] jpeg(BufferedImage image) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (MemoryCacheImageOutputStream output = new MemoryCacheImageOutputStream(out)) {
            writer.setOutput(output);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(0.85f);
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }

    static byte[] png(BufferedImage image) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
