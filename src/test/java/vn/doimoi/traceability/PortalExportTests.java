package vn.doimoi.traceability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

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
        UserDetails principal = testUsers.principal(member);
        SecurityContextHolder.getContext()
                .setAuthentication(
                        new UsernamePasswordAuthenticationToken(principal, null, principal.getAuthorities()));
        try {
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
        } finally {
            SecurityContextHolder.clearContext();
        }
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
