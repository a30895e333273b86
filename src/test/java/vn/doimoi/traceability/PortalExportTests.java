package vn.doimoi.traceability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import vn.doimoi.DoimoiSpringTest;
import vn.doimoi.TestUsers;
import vn.doimoi.directory.OrganisationData;
import vn.doimoi.directory.OrganisationType;
import vn.doimoi.directory.organisation.Organisations;
import vn.doimoi.identity.Role;

/**
 * The export for the national traceability portal: the Circular 02/2024 consumer-visible fields of a
 * lot as JSON, for the lot's enterprise and the staff; another enterprise's member finds nothing.
 */
@DoimoiSpringTest
class PortalExportTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestUsers testUsers;

    @Autowired
    Organisations organisations;

    @Autowired
    Traceability traceability;

    String member;
    String gtin14;

    @BeforeEach
    void aLotWithTwoEvents() {
        UUID organisation = testUsers.organisation();
        organisations.setVerified(organisation, true);
        member = testUsers.create(Role.ORG_MEMBER, organisation);
        as(member, () -> {
            String gtin = TraceKeys.gtin();
            gtin14 = "0" + gtin;
            UUID product =
                    traceability.registerProduct(new NewProduct(gtin, "Thanh long ruột đỏ Long An", null, "VietGAP"));
            traceability.addCertification(
                    product,
                    new NewCertification("VietGAP", "Trung tâm Chứng nhận", "VG-123", LocalDate.of(2027, 6, 30)));
            UUID farm = traceability.registerLocation(
                    new NewLocation(TraceKeys.gln(), "Vườn thanh long Châu Thành", LocationKind.FARM, "27823", null));
            UUID lot = traceability.registerLot(new NewLot(
                    product,
                    "TL-9",
                    LocalDate.of(2026, 12, 1),
                    LocalDate.of(2026, 12, 20),
                    new BigDecimal("500"),
                    "KGM"));
            traceability.record(
                    lot, new FieldEvent(Step.HARVEST, Instant.parse("2026-12-01T00:00:00Z"), farm, null, null, null));
            traceability.record(
                    lot,
                    new FieldEvent(
                            Step.SHIPPING,
                            Instant.parse("2026-12-02T03:00:00Z"),
                            farm,
                            new BigDecimal("480"),
                            "Siêu thị Co.op Tân An",
                            null));
            return lot;
        });
    }

    @Test
    void theEnterpriseGetsTheConsumerVisibleFieldsOfItsLot() {
        var json = assertThat(mvc.get()
                        .uri("/api/v1/traceability/portal-export/01/" + gtin14 + "/10/TL-9")
                        .with(user(testUsers.principal(member))))
                .hasStatusOk()
                .bodyJson();
        json.extractingPath("$.format").isEqualTo("doimoi-portal-export/1");
        json.extractingPath("$.traceCode").isEqualTo("http://localhost:8080/01/" + gtin14 + "/10/TL-9");
        json.extractingPath("$.hri").isEqualTo("(01)" + gtin14 + "(10)TL-9");
        json.extractingPath("$.product.name").isEqualTo("Thanh long ruột đỏ Long An");
        json.extractingPath("$.product.standards").isEqualTo("VietGAP");
        json.extractingPath("$.lot.producedOn").isEqualTo("2026-12-01");
        json.extractingPath("$.lot.expiresOn").isEqualTo("2026-12-20");
        json.extractingPath("$.certifications[0].number").isEqualTo("VG-123");
        json.extractingPath("$.events.length()").isEqualTo(2);
        json.extractingPath("$.events[0].eventTime").isEqualTo("2026-12-01T07:00:00+07:00");
        json.extractingPath("$.events[1].partner").isEqualTo("Siêu thị Co.op Tân An");
        json.extractingPath("$.oneStepBack").asString().startsWith("Vườn thanh long Châu Thành");
        json.extractingPath("$.oneStepForward").isEqualTo("Siêu thị Co.op Tân An");
    }

    /**
     * Circular 02/2024/TT-BKHCN's consumer-visible fields (traceability-anchors §4), each where
     * docs/traceability-portal-export.md says it is, filled for a lot that has all of them.
     */
    @Test
    void theJsonCarriesEveryFieldTheCircularLists() throws Exception {
        // given an enterprise with an address, its product with a picture and standards, a lot with an expiry
        // and a shipped event, asked for one serialised unit
        UUID organisation = organisations.create(new OrganisationData(
                OrganisationType.ENTERPRISE,
                "Công ty Nông sản Bình Hiệp " + UUID.randomUUID().toString().substring(0, 8),
                null,
                null,
                null,
                Set.of(),
                "Tây Ninh",
                "Xã Bình Hiệp",
                "Ấp Gò Gòn",
                null,
                null,
                null,
                null,
                null));
        organisations.setVerified(organisation, true);
        String owner = testUsers.create(Role.ORG_MEMBER, organisation);
        String gtin = TraceKeys.gtin();
        UUID product = as(owner, () -> {
            UUID id = traceability.registerProduct(
                    new NewProduct(gtin, "Sầu riêng Ri6 Bình Hiệp", null, "VietGAP; TCVN 9302:2013"));
            UUID farm = traceability.registerLocation(
                    new NewLocation(TraceKeys.gln(), "Vườn sầu riêng Gò Gòn", LocationKind.FARM, "27793", null));
            UUID lot = traceability.registerLot(new NewLot(
                    id, "SR-7", LocalDate.of(2026, 12, 3), LocalDate.of(2026, 12, 17), new BigDecimal("80"), "KGM"));
            traceability.record(
                    lot, new FieldEvent(Step.HARVEST, Instant.parse("2026-12-03T00:00:00Z"), farm, null, null, null));
            return id;
        });
        assertThat(mvc.post()
                        .uri("/traceability/products/" + product + "/image")
                        .multipart()
                        .file(new MockMultipartFile("image", "sau-rieng.png", "image/png", png()))
                        .with(user(testUsers.principal(owner)))
                        .with(csrf()))
                .hasStatus3xxRedirection();

        // when the portal's export of unit 0001 is asked for
        var json = assertThat(mvc.get()
                        .uri("/api/v1/traceability/portal-export/01/0" + gtin + "/10/SR-7/21/0001")
                        .with(user(testUsers.principal(owner))))
                .hasStatusOk()
                .bodyJson();

        // then every field the circular lists is there, not empty
        Map<String, String> circular = new LinkedHashMap<>();
        circular.put("tên sản phẩm", "$.product.name");
        circular.put("hình ảnh sản phẩm", "$.product.images[0]");
        circular.put("tên cơ sở sản xuất", "$.producer.name");
        circular.put("địa chỉ cơ sở sản xuất", "$.producer.address");
        circular.put("thời gian sản xuất", "$.lot.producedOn");
        circular.put("thời gian sản xuất, kinh doanh (sự kiện)", "$.events[0].eventTime");
        circular.put("mã sản phẩm", "$.product.gtin");
        circular.put("mã truy vết", "$.traceCode");
        circular.put("số lô", "$.lot.lotNumber");
        circular.put("số sê-ri (nếu có)", "$.serial");
        circular.put("hạn sử dụng (nếu có)", "$.lot.expiresOn");
        circular.put("tiêu chuẩn áp dụng", "$.product.standards");
        circular.forEach(
                (field, path) -> json.extractingPath(path).as(field).asString().isNotBlank());
        json.extractingPath("$.producer.address").asString().contains("Ấp Gò Gòn", "Tây Ninh");
        json.extractingPath("$.product.images[0]").asString().endsWith("/image");
        json.extractingPath("$.serial").isEqualTo("0001");
        json.extractingPath("$.traceCode").isEqualTo("http://localhost:8080/01/0" + gtin + "/10/SR-7/21/0001");
        json.extractingPath("$.hri").isEqualTo("(01)0" + gtin + "(10)SR-7(21)0001");
        json.extractingPath("$.lot.expiresOn").isEqualTo("2026-12-17");
        json.extractingPath("$.product.standards").isEqualTo("VietGAP; TCVN 9302:2013");
        assertThat(mvc.get()
                        .uri("/api/v1/traceability/portal-export/01/0" + gtin + "/10/SR-7/21/" + "X".repeat(21))
                        .with(user(testUsers.principal(owner))))
                .as("a serial longer than AI 21 allows")
                .hasStatus(400);
    }

    private <T> T as(String username, Supplier<T> work) {
        UserDetails principal = testUsers.principal(username);
        SecurityContextHolder.getContext()
                .setAuthentication(
                        new UsernamePasswordAuthenticationToken(principal, null, principal.getAuthorities()));
        try {
            return work.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private static byte[] png() throws Exception {
        BufferedImage image = new BufferedImage(32, 24, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        graphics.setColor(new Color(0x7a, 0x9a, 0x2c));
        graphics.fillRect(0, 0, 32, 24);
        graphics.dispose();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImageIO.write(image, "png", bytes);
        return bytes.toByteArray();
    }

    @Test
    void theStaffReadItAndAnotherEnterpriseFindsNothing() {
        String staff = testUsers.create(Role.STAFF);
        assertThat(mvc.get()
                        .uri("/api/v1/traceability/portal-export/01/" + gtin14 + "/10/TL-9")
                        .with(user(testUsers.principal(staff))))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.lot.lotNumber")
                .isEqualTo("TL-9");
        UUID otherOrganisation = testUsers.organisation();
        organisations.setVerified(otherOrganisation, true);
        String other = testUsers.create(Role.ORG_MEMBER, otherOrganisation);
        assertThat(mvc.get()
                        .uri("/api/v1/traceability/portal-export/01/" + gtin14 + "/10/TL-9")
                        .with(user(testUsers.principal(other))))
                .hasStatus(404);
        assertThat(mvc.get().uri("/api/v1/traceability/portal-export/01/" + gtin14 + "/10/TL-9"))
                .hasStatus(401);
        assertThat(mvc.get()
                        .uri("/api/v1/traceability/portal-export/01/123/10/TL-9")
                        .with(user(testUsers.principal(member))))
                .hasStatus(400);
    }
}
