package vn.doimoi.market;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import vn.doimoi.DoimoiSpringTest;
import vn.doimoi.TestUsers;
import vn.doimoi.market.MarketFixture.Party;
import vn.doimoi.market.listing.ListingAttachments;
import vn.doimoi.market.listing.ListingDocumentsTests;
import vn.doimoi.market.listing.Listings;

@DoimoiSpringTest
class ListingAttachmentsTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers testUsers;

    @Autowired
    MarketFixture fixture;

    @Autowired
    Listings listings;

    @Autowired
    ListingAttachments attachments;

    @Test
    void anImageIsResizedWithAThumbnailAndShownAsAGallery() throws Exception {
        // given a published offer
        Party owner = fixture.member();
        UUID offer = fixture.published(
                owner, ListingKind.OFFER, "Máy bóc vỏ hạt điều tự động", "Bóc vỏ hạt điều", "20301", 8, false);

        // when its owner uploads a 2400 × 1600 photo under a misleading name
        MvcResult upload = upload(owner, offer, "may-boc-vo.gif", "image/gif", png(2400, 1600));

        // then it is stored as a 1200 px JPEG with a 320 px thumbnail, shown in the gallery
        assertThat(upload.getFlashMap().get("notice")).isEqualTo("market.attachment.added");
        AttachmentView image = attachments.of(listings.view(offer, null)).get(0);
        assertThat(image.kind()).isEqualTo(AttachmentView.Kind.IMAGE);
        MockHttpServletResponse full = download(offer, image.id(), "");
        assertThat(full.getContentType()).isEqualTo("image/jpeg");
        assertThat(ImageIO.read(new ByteArrayInputStream(full.getContentAsByteArray()))
                        .getWidth())
                .isEqualTo(1200);
        MockHttpServletResponse thumbnail = download(offer, image.id(), "/thumbnail");
        assertThat(ImageIO.read(new ByteArrayInputStream(thumbnail.getContentAsByteArray()))
                        .getWidth())
                .isEqualTo(320);
        String page = mvc.perform(get("/market/listings/" + offer))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page)
                .contains("id=\"listing-images\"")
                .contains("/market/listings/" + offer + "/attachments/" + image.id() + "/thumbnail");
    }

    @Test
    void aFileThatIsNeitherAnImageNorADocumentIsRefused() throws Exception {
        Party owner = fixture.member();
        UUID offer = fixture.published(
                owner, ListingKind.OFFER, "Phần mềm quản lý trang trại", "Quản lý trang trại", "20201", 7, false);

        MvcResult upload =
                upload(owner, offer, "anh.png", "image/png", "<svg onload=alert(1)>".getBytes(StandardCharsets.UTF_8));

        assertThat(upload.getFlashMap().get("problem")).isEqualTo("market.error.fileType");
        assertThat(attachments.of(listings.view(offer, null))).isEmpty();
    }

    @Test
    void anAnonymousListingsFilesNeverNameItsOwner() throws Exception {
        // given an anonymous offer and a quotation whose name and author name the owner
        Party owner = fixture.member();
        UUID offer = fixture.published(
                owner,
                ListingKind.OFFER,
                "Chế phẩm sinh học xử lý bùn ao nuôi tôm",
                "Vi sinh xử lý bùn đáy ao",
                "40601",
                7,
                true);
        String ownerWord = "Owner" + UUID.randomUUID().toString().substring(0, 6);
        String fileName = "Bao-gia-" + ownerWord + ".pdf";

        upload(owner, offer, fileName, "application/pdf", ListingDocumentsTests.pdfWrittenBy(ownerWord));

        // then the public page and the download show a neutral name, and the bytes no author
        AttachmentView file = attachments.of(listings.view(offer, null)).get(0);
        assertThat(file.name()).isEqualTo("Tài liệu 1.pdf");
        String page = mvc.perform(get("/market/listings/" + offer))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("Tài liệu 1.pdf").doesNotContain(ownerWord).doesNotContain(owner.name());
        MockHttpServletResponse download = download(offer, file.id(), "");
        assertThat(download.getContentType()).isEqualTo("application/pdf");
        assertThat(download.getHeader("Content-Disposition"))
                .contains("tai-lieu-1.pdf")
                .doesNotContain(ownerWord);
        assertThat(new String(download.getContentAsByteArray(), StandardCharsets.ISO_8859_1))
                .doesNotContain(ownerWord);
        // while the owner still sees its own file name
        String own = mvc.perform(get("/market/listings/" + offer).with(user(testUsers.principal(owner.username()))))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(own).contains(fileName);
    }

    @Test
    void aListingNoLongerPublicHidesItsFilesAndOnlyItsOwnerMayUpload() throws Exception {
        Party owner = fixture.member();
        Party stranger = fixture.member();
        UUID offer = fixture.published(
                owner, ListingKind.OFFER, "Lò sấy nông sản năng lượng mặt trời", "Sấy nông sản", "20301", 7, false);
        upload(owner, offer, "lo-say.png", "image/png", png(300, 200));
        UUID image = attachments.of(listings.view(offer, null)).get(0).id();

        int strangerUpload = mvc.perform(multipart("/market/my/listings/" + offer + "/attachments")
                        .file(new MockMultipartFile("file", "x.png", "image/png", png(100, 100)))
                        .with(user(testUsers.principal(stranger.username())))
                        .with(csrf()))
                .andReturn()
                .getResponse()
                .getStatus();
        assertThat(strangerUpload).isEqualTo(404);
        listings.archive(owner.actor(), offer);

        assertThat(mvc.perform(get("/market/listings/" + offer + "/attachments/" + image))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
        assertThat(attachments.of(listings.view(offer, owner.actor()))).hasSize(1);
    }

    private MvcResult upload(Party owner, UUID listing, String name, String type, byte[] bytes) throws Exception {
        return mvc.perform(multipart("/market/my/listings/" + listing + "/attachments")
                        .file(new MockMultipartFile("file", name, type, bytes))
                        .with(user(testUsers.principal(owner.username())))
                        .with(csrf()))
                .andReturn();
    }

    private MockHttpServletResponse download(UUID listing, UUID attachment, String suffix) throws Exception {
        MockHttpServletResponse response = mvc.perform(
                        get("/market/listings/" + listing + "/attachments/" + attachment + suffix))
                .andReturn()
                .getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        return response;
    }

    static byte[] png(int width, int height) throws Exception {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0x2e7d32));
        g.fillRect(0, 0, width, height / 2);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
