package vn.doimoi.traceability;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import vn.doimoi.DoimoiSpringTest;
import vn.doimoi.TestUsers;
import vn.doimoi.directory.organisation.Organisations;
import vn.doimoi.identity.Role;

/**
 * The Digital Link resolver of our QR codes: a browser gets the consumer page, a link type a 307,
 * an API client the RFC 9264 linkset; an invalid URI is 400 (never 200), an unknown lot 404.
 */
@DoimoiSpringTest
class ResolverTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestUsers testUsers;

    @Autowired
    Organisations organisations;

    @Autowired
    Traceability traceability;

    String gtin14;

    @BeforeEach
    void aLotWithTwoEvents() {
        UUID organisation = testUsers.organisation();
        organisations.setVerified(organisation, true);
        String member = testUsers.create(Role.ORG_MEMBER, organisation);
        UserDetails principal = testUsers.principal(member);
        SecurityContextHolder.getContext()
                .setAuthentication(
                        new UsernamePasswordAuthenticationToken(principal, null, principal.getAuthorities()));
        try {
            String gtin = TraceKeys.gtin();
            gtin14 = "0" + gtin;
            UUID product =
                    traceability.registerProduct(new NewProduct(gtin, "Sầu riêng Ri6 Tây Ninh", null, "VietGAP"));
            UUID farm = traceability.registerLocation(
                    new NewLocation(TraceKeys.gln(), "Vườn sầu riêng Tân Thạnh", LocationKind.FARM, "27823", null));
            UUID lot = traceability.registerLot(
                    new NewLot(product, "SR-01", LocalDate.of(2026, 12, 1), null, new BigDecimal("800"), "KGM"));
            traceability.record(
                    lot, new FieldEvent(Step.HARVEST, Instant.parse("2026-12-01T00:00:00Z"), farm, null, null, null));
            traceability.record(
                    lot,
                    new FieldEvent(
                            Step.PACKING, Instant.parse("2026-12-01T05:00:00Z"), farm, null, null, "Thùng 10 kg"));
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    @Test
    void aBrowserGetsTheConsumerPageAndALinkTypeA307() {
        assertThat(mvc.get().uri("/01/" + gtin14 + "/10/SR-01").accept("text/html"))
                .hasStatusOk()
                .bodyText()
                .contains("Sầu riêng Ri6 Tây Ninh", "Thu hoạch", "Đóng gói", "Thùng 10 kg", "01/12/2026");
        assertThat(mvc.get().uri("/01/" + gtin14 + "/10/SR-01?linkType=gs1:traceability&utm=qr"))
                .hasStatus(307)
                .hasHeader("Location", "http://localhost:8080/truy-xuat/01/" + gtin14 + "/10/SR-01?utm=qr#journey");
        assertThat(mvc.get().uri("/01/" + gtin14 + "/10/SR-01"))
                .hasStatus(307)
                .hasHeader("Location", "http://localhost:8080/truy-xuat/01/" + gtin14 + "/10/SR-01");
        // a GTIN-13 in the path is the same product once padded (lenient forms are not accepted: strict syntax)
        assertThat(mvc.get().uri("/01/" + gtin14 + "/10/SR-01/21/A1").accept("text/html"))
                .hasStatusOk()
                .bodyText()
                .contains("A1");
    }

    @Test
    void theLinksetIsServedForLinkTypeLinksetOrItsMediaType() {
        assertThat(mvc.get().uri("/01/" + gtin14 + "/10/SR-01?linkType=linkset"))
                .hasStatusOk()
                .hasContentType("application/linkset+json")
                .bodyJson()
                .extractingPath("$.linkset[0].anchor")
                .isEqualTo("http://localhost:8080/01/" + gtin14 + "/10/SR-01");
        assertThat(mvc.get().uri("/01/" + gtin14 + "/10/SR-01").accept("application/linkset+json"))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.linkset[0]['https://gs1.org/voc/pip'][0].href")
                .isEqualTo("http://localhost:8080/truy-xuat/01/" + gtin14 + "/10/SR-01");
    }

    @Test
    void anInvalidUriIs400AndAnUnknownLot404() {
        // wrong check digit
        String wrong = gtin14.substring(0, 13) + ((gtin14.charAt(13) - '0' + 1) % 10);
        assertThat(mvc.get().uri("/01/" + wrong + "/10/SR-01").accept("text/html"))
                .hasStatus(400)
                .bodyText()
                .contains("Mã không hợp lệ");
        assertThat(mvc.get().uri("/01/123/10/SR-01")).hasStatus(400);
        assertThat(mvc.get().uri("/01/" + gtin14 + "/10/KHONG-CO").accept("text/html"))
                .hasStatus(404)
                .bodyText()
                .contains("Không tìm thấy sản phẩm");
    }

    @Test
    void theResolverDescribesItself() {
        assertThat(mvc.get().uri("/.well-known/gs1resolver"))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.supportedPrimaryKeys[0]")
                .isEqualTo("01");
    }

    @Test
    void aCodeNamingOnlyTheProductOpensTheProductPage() {
        assertThat(mvc.get().uri("/01/" + gtin14).accept("text/html"))
                .hasStatusOk()
                .bodyText()
                .contains("Sầu riêng Ri6 Tây Ninh", "VietGAP", "Mã này chỉ cho biết sản phẩm")
                .doesNotContain("SR-01");
        assertThat(mvc.get().uri("/01/" + gtin14))
                .hasStatus(307)
                .hasHeader("Location", "http://localhost:8080/truy-xuat/01/" + gtin14);
        assertThat(mvc.get().uri("/truy-xuat/01/" + gtin14))
                .hasStatusOk()
                .bodyText()
                .contains("Sầu riêng Ri6 Tây Ninh");
        assertThat(mvc.get().uri("/01/" + gtin14 + "?linkType=linkset"))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.linkset[0]['https://gs1.org/voc/pip'][0].href")
                .isEqualTo("http://localhost:8080/truy-xuat/01/" + gtin14);
        // a well-formed GTIN nobody registered is still unknown
        assertThat(mvc.get().uri("/01/" + ("0" + TraceKeys.gtin())).accept("text/html"))
                .hasStatus(404);
    }

    @Test
    void aCompressedDigitalLinkGetsTheAnswerOfTheUncompressedOne() {
        String compressed = vn.doimoi.traceability.gs1.DigitalLinkCompression.compress(
                        "https://id.gs1.org/01/" + gtin14 + "/10/SR-01")
                .substring("https://id.gs1.org".length());
        assertThat(compressed).matches("/[A-Za-z0-9_-]+");
        // decompressed and forwarded inside the server (MockMvc records a forward without following it)
        assertThat(mvc.get().uri(compressed).accept("text/html")).hasForwardedUrl("/01/" + gtin14 + "/10/SR-01");
        assertThat(mvc.get().uri(compressed + "?linkType=gs1:certificationInfo"))
                .hasForwardedUrl("/01/" + gtin14 + "/10/SR-01?linkType=gs1%3AcertificationInfo");
        assertThat(mvc.get().uri("/01/" + gtin14 + "/10/SR-01?linkType=gs1:certificationInfo"))
                .hasStatus(307)
                .hasHeader("Location", "http://localhost:8080/truy-xuat/01/" + gtin14 + "/10/SR-01#certifications");
        // a path of our pages is never taken for a compressed code
        assertThat(mvc.get().uri("/traceability")).hasForwardedUrl(null);
        // a compressed link of a lot nobody registered goes the same way (and answers 404 as its uncompressed form)
        String other = vn.doimoi.traceability.gs1.DigitalLinkCompression.compress(
                        "https://id.gs1.org/01/" + gtin14 + "/10/KHONG")
                .substring("https://id.gs1.org".length());
        assertThat(mvc.get().uri(other).accept("text/html")).hasForwardedUrl("/01/" + gtin14 + "/10/KHONG");
    }
}
