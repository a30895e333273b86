package vn.doimoi.shared.image;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Optional;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import vn.doimoi.shared.files.FileTypes;

/**
 * Uploaded pictures with the JDK's {@code javax.imageio} (no native code), shared by the modules
 * that take images (the portal's covers, the marketplace's listing galleries): the type from the
 * content (never the name or the declared type), decoding with the pixel count checked before
 * the pixels are read (no decompression bombs), bicubic down-scaling and JPEG/PNG encoding.
 * Re-encoding drops every metadata block of the original (EXIF camera, GPS, author).
 */
public final class ImageScaling {

    /** The picture cannot be decoded, or has more pixels than allowed. */
    public static final class UnreadableImage extends RuntimeException {

        private final boolean tooManyPixels;

        UnreadableImage(boolean tooManyPixels) {
            super(tooManyPixels ? "image has too many pixels" : "image unreadable");
            this.tooManyPixels = tooManyPixels;
        }

        public boolean tooManyPixels() {
            return tooManyPixels;
        }
    }

    private ImageScaling() {}

    /** PNG, JPEG ({@code jpg}), GIF or WebP from the content (Tika); empty for anything else. */
    public static Optional<String> type(byte[] bytes) {
        String type = FileTypes.detect(bytes);
        return FileTypes.IMAGES.contains(type) ? Optional.of(FileTypes.extension(type)) : Optional.empty();
    }

    /** Decodes the first frame, refusing pictures of more than {@code maxPixels} before reading them. */
    public static BufferedImage decode(byte[] bytes, long maxPixels) {
        try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(input);
            if (!readers.hasNext()) {
                throw new UnreadableImage(false);
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(input, true, true);
                long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
                if (pixels > maxPixels) {
                    throw new UnreadableImage(true);
                }
                return reader.read(0);
            } finally {
                reader.dispose();
            }
        } catch (UnreadableImage e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new UnreadableImage(false);
        }
    }

    /** The image at most {@code width} px wide, on white (JPEG has no transparency), bicubic. */
    public static BufferedImage scaled(BufferedImage image, int width) {
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

    /** A JPEG at quality 0.85, without any metadata. */
    public static byte[] jpeg(BufferedImage image) {
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

    public static byte[] png(BufferedImage image) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
