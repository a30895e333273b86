package vn.doimoi.portal.banner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.doimoi.portal.PortalProperties;
import vn.doimoi.shared.DomainException;
import vn.doimoi.shared.files.FileStores;
import vn.doimoi.shared.files.SampleFiles;

/** Cover images are resized to 1200 px and a 400 px thumbnail; what is not an image is refused. */
class ImagesTests {

    @TempDir
    Path dir;

    private Images images() {
        PortalProperties properties = new PortalProperties(
                Duration.ofSeconds(5),
                Duration.ofMinutes(30),
                Duration.ofMinutes(5),
                dir.resolve("audio"),
                "espeak-ng",
                "lame",
                dir.resolve("files"),
                5_242_880);
        return new Images(new StoredFiles(properties, FileStores.onDisk()));
    }

    static byte[] png(int width, int height) throws Exception {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(200, 30, 30));
        g.fillRect(0, 0, width / 2, height);
        g.dispose();
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    private BufferedImage read(String url) throws Exception {
        return ImageIO.read(Files.newInputStream(dir.resolve("files").resolve(url.substring("/files/".length()))));
    }

    @Test
    void aLargeCoverBecomesA1200PixelJpegAndA400PixelThumbnailKeepingItsProportions() throws Exception {
        byte[] photo = png(3000, 2000);

        Images.Cover cover = images().storeCover(new ByteArrayInputStream(photo), photo.length);

        assertThat(cover.url()).matches("/files/[0-9a-f]{64}\\.jpg");
        BufferedImage large = read(cover.url());
        assertThat(large.getWidth()).isEqualTo(1200);
        assertThat(large.getHeight()).isEqualTo(800);
        BufferedImage thumbnail = read(cover.thumbnailUrl());
        assertThat(thumbnail.getWidth()).isEqualTo(400);
        assertThat(thumbnail.getHeight()).isEqualTo(267);
    }

    @Test
    void aSmallCoverIsNotEnlarged() throws Exception {
        byte[] photo = png(300, 200);

        Images.Cover cover = images().storeCover(new ByteArrayInputStream(photo), photo.length);

        assertThat(read(cover.url()).getWidth()).isEqualTo(300);
        assertThat(read(cover.thumbnailUrl()).getWidth()).isEqualTo(300);
    }

    @Test
    void aWideBodyImageIsScaledDownAndANarrowOneKeptByteForByte() throws Exception {
        byte[] wide = png(2400, 600);
        byte[] narrow = png(640, 480);

        String wideUrl = images().storeBodyImage(new ByteArrayInputStream(wide), wide.length);
        String narrowUrl = images().storeBodyImage(new ByteArrayInputStream(narrow), narrow.length);

        assertThat(read(wideUrl).getWidth()).isEqualTo(1200);
        assertThat(Files.readAllBytes(dir.resolve("files").resolve(narrowUrl.substring(7))))
                .isEqualTo(narrow);
    }

    @Test
    void aScriptNamedLikeAnImageIsRefusedByItsBytes() {
        byte[] script = "<script>alert(1)</script>".getBytes();

        assertThatThrownBy(() -> images().storeCover(new ByteArrayInputStream(script), script.length))
                .isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).messageKey())
                .isEqualTo("file.error.notAnImage");
    }

    @Test
    void aTruncatedImageIsRefusedNotCrashed() throws Exception {
        byte[] photo = png(300, 200);
        byte[] broken = java.util.Arrays.copyOf(photo, 40);

        assertThatThrownBy(() -> images().storeCover(new ByteArrayInputStream(broken), broken.length))
                .isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).messageKey())
                .isEqualTo("portal.error.imageUnreadable");
    }

    @Test
    void aProgramNamedLikeAnImageAndAnEmptyFileAreRefused() throws Exception {
        byte[] program = SampleFiles.exe();

        assertThatThrownBy(() -> images().storeBodyImage(new ByteArrayInputStream(program), program.length))
                .isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).messageKey())
                .isEqualTo("file.error.notAnImage");
        assertThatThrownBy(() -> images().storeBodyImage(new ByteArrayInputStream(new byte[0]), 0))
                .isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).messageKey())
                .isEqualTo("file.error.empty");
        byte[] jpeg = SampleFiles.jpeg();
        assertThat(images().storeBodyImage(new ByteArrayInputStream(jpeg), jpeg.length))
                .matches("/files/[0-9a-f]{64}\\.jpg");
    }
}
