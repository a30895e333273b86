package vn.doimoi.traceability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import vn.doimoi.DoimoiSpringTest;
import vn.doimoi.TestUsers;
import vn.doimoi.directory.organisation.Organisations;
import vn.doimoi.identity.Role;

/**
 * An enterprise's member registers a product, a farm and a lot, records two steps from the phone
 * forms and recalls the lot; a consumer sees the journey and the recall; other organisations, an
 * unverified one and hostile input are refused.
 */
@DoimoiSpringTest
class TraceabilityTests {

    /** Xã Mộc Hóa, Tây Ninh (official list since 1/7/2025). */
    static final String MOC_HOA = "27823";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestUsers testUsers;

    @Autowired
    Organisations organisations;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aMemberRegistersALotRecordsStepsAndAConsumerSeesTheJourneyThenTheRecall() {
        String member = verifiedMember();
        String gtin = TraceKeys.gtin();

        assertThat(post(
                        member,
                        "/traceability/products/new",
                        Map.of("gtin", gtin, "name", "Thanh long ruột đỏ Long An", "standards", "VietGAP")))
                .hasStatus3xxRedirection();
        UUID product = id("SELECT id FROM traceability.product WHERE gtin = ?", "0" + gtin);
        assertThat(post(
                        member,
                        "/traceability/locations/new",
                        Map.of(
                                "gln",
                                TraceKeys.gln(),
                                "name",
                                "Vườn thanh long Mộc Hóa",
                                "kind",
                                "FARM",
                                "communeCode",
                                MOC_HOA,
                                "street",
                                "Ấp Gò Gòn")))
                .hasStatus3xxRedirection()
                .hasRedirectedUrl("/traceability");
        UUID farm = id(
                "SELECT id FROM traceability.location WHERE name = ? ORDER BY created_at DESC LIMIT 1",
                "Vườn thanh long Mộc Hóa");
        assertThat(post(
                        member,
                        "/traceability/lots/new",
                        Map.of(
                                "productId",
                                product.toString(),
                                "lotNumber",
                                "TL-2612-01",
                                "producedOn",
                                "01/12/2026",
                                "expiresOn",
                                "20/12/2026",
                                "quantity",
                                "1200",
                                "unit",
                                "KGM")))
                .hasStatus3xxRedirection();
        UUID lot = id("SELECT id FROM traceability.lot WHERE product_id = ?", product);

        for (String[] step : List.of(
                new String[] {"HARVEST", "2026-12-01T06:30", ""},
                new String[] {"SHIPPING", "2026-12-02T14:00", "Siêu thị Co.opmart Tân An"})) {
            assertThat(post(
                            member,
                            "/traceability/lots/" + lot + "/events/new",
                            Map.of(
                                    "step",
                                    step[0],
                                    "time",
                                    step[1],
                                    "locationId",
                                    farm.toString(),
                                    "partner",
                                    step[2])))
                    .hasStatus3xxRedirection()
                    .hasRedirectedUrl("/traceability/lots/" + lot);
        }

        // each form is one EPCIS ObjectEvent of the lot's class, stored with its columns and EPC
        assertThat(jdbc.sql("SELECT biz_step FROM traceability.event WHERE lot_id = ? ORDER BY event_time")
                        .param(lot)
                        .query(String.class)
                        .list())
                .containsExactly(
                        "https://doimoi.vn/voc/bizStep/harvesting", "https://ref.gs1.org/cbv/BizStep-shipping");
        assertThat(jdbc.sql("SELECT count(*) FROM traceability.event_epc WHERE epc = ?")
                        .param("https://id.gs1.org/01/0" + gtin + "/10/TL-2612-01")
                        .query(Long.class)
                        .single())
                .isEqualTo(2);

        String page = "/truy-xuat/01/0" + gtin + "/10/TL-2612-01";
        assertThat(mvc.get().uri(page))
                .hasStatusOk()
                .bodyText()
                .contains("Thanh long ruột đỏ Long An", "01/12/2026", "20/12/2026", "Thu hoạch", "Xuất hàng")
                .contains("Giao cho Siêu thị Co.opmart Tân An", "Vườn thanh long Mộc Hóa")
                .doesNotContain("recall-notice");

        assertThat(post(
                        member,
                        "/traceability/lots/" + lot + "/recall",
                        Map.of(
                                "reason",
                                "Phát hiện dư lượng thuốc bảo vệ thực vật vượt ngưỡng",
                                "recalledOn",
                                "2026-12-03",
                                "rowVersion",
                                "0")))
                .hasStatus3xxRedirection();
        assertThat(mvc.get().uri(page))
                .hasStatusOk()
                .bodyText()
                .contains("recall-notice", "LÔ HÀNG ĐÃ BỊ THU HỒI", "03/12/2026", "dư lượng thuốc bảo vệ thực vật");
        assertThat(jdbc.sql("SELECT count(*) FROM identity.audit_log WHERE action = 'traceability.lot.recalled'"
                                + " AND entity_id = ?")
                        .param(lot.toString())
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void anotherOrganisationsMemberNeitherSeesNorWritesTheLot() {
        String owner = verifiedMember();
        UUID lot = lotOf(owner);
        String other = verifiedMember();

        assertThat(mvc.get().uri("/traceability/lots/" + lot).with(user(testUsers.principal(other))))
                .hasStatus(404);
        assertThat(post(
                        other,
                        "/traceability/lots/" + lot + "/recall",
                        Map.of("reason", "x", "recalledOn", "2026-12-03", "rowVersion", "0")))
                .hasStatus(404);
        assertThat(post(other, "/traceability/lots/" + lot + "/events/new", Map.of("step", "HARVEST")))
                .hasStatus(404);
        assertThat(jdbc.sql("SELECT recalled_on IS NULL FROM traceability.lot WHERE id = ?")
                        .param(lot)
                        .query(Boolean.class)
                        .single())
                .isTrue();
    }

    @Test
    void anUnverifiedOrganisationCannotRegister() {
        String member = testUsers.create(Role.ORG_MEMBER);
        String gtin = TraceKeys.gtin();

        assertThat(mvc.get().uri("/traceability").with(user(testUsers.principal(member))))
                .hasStatusOk()
                .bodyText()
                .contains("chưa được Sở Khoa học và Công nghệ xác minh");
        assertThat(post(member, "/traceability/products/new", Map.of("gtin", gtin, "name", "Sầu riêng")))
                .hasStatus(400)
                .bodyText()
                .contains("chưa được Sở Khoa học và Công nghệ xác minh");
        assertThat(jdbc.sql("SELECT count(*) FROM traceability.product WHERE gtin = ?")
                        .param("0" + gtin)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void badAndHostileInputIsRefusedWith400InVietnamese() {
        String member = verifiedMember();
        assertThat(post(member, "/traceability/products/new", Map.of("gtin", "8936045120010", "name", "Sầu riêng")))
                .hasStatus(400)
                .bodyText()
                .contains("số kiểm tra");
        assertThat(post(member, "/traceability/products/new", Map.of("gtin", "4006381333931", "name", "Sầu riêng")))
                .hasStatus(400)
                .bodyText()
                .contains("893");
        UUID lot = lotOf(member);
        UUID product = jdbc.sql("SELECT product_id FROM traceability.lot WHERE id = ?")
                .param(lot)
                .query(UUID.class)
                .single();
        assertThat(post(
                        member,
                        "/traceability/lots/new",
                        Map.of(
                                "productId",
                                product.toString(),
                                "lotNumber",
                                "<script>alert(1)</script>",
                                "producedOn",
                                "01/12/2026",
                                "quantity",
                                "10",
                                "unit",
                                "KGM")))
                .hasStatus(400)
                .bodyText()
                .contains("Số lô")
                .doesNotContain("<script>alert(1)</script>");
        assertThat(post(
                        member,
                        "/traceability/lots/new",
                        Map.of(
                                "productId",
                                product.toString(),
                                "lotNumber",
                                "L2",
                                "producedOn",
                                "31/02/2026",
                                "quantity",
                                "mười",
                                "unit",
                                "KGM")))
                .hasStatus(400);
        assertThat(post(
                        member,
                        "/traceability/lots/" + lot + "/events/new",
                        Map.of(
                                "step",
                                "HARVEST",
                                "time",
                                "hôm qua",
                                "locationId",
                                UUID.randomUUID().toString())))
                .hasStatus(400)
                .bodyText()
                .contains("Thời gian không hợp lệ");
        assertThat(post(
                        member,
                        "/traceability/lots/" + lot + "/events/new",
                        Map.of(
                                "step",
                                "HARVEST",
                                "time",
                                "2026-12-01T06:30",
                                "locationId",
                                UUID.randomUUID().toString())))
                .hasStatus(400)
                .bodyText()
                .contains("Hãy chọn một địa điểm của doanh nghiệp");
        assertThat(mvc.get().uri("/truy-xuat/01/12345/10/L1")).hasStatus(400);
        assertThat(mvc.get().uri("/truy-xuat/01/0" + TraceKeys.gtin() + "/10/L1"))
                .hasStatus(404)
                .bodyText()
                .contains("Không tìm thấy sản phẩm");
    }

    /** A member of a new organisation the Department has verified. */
    String verifiedMember() {
        UUID organisation = testUsers.organisation();
        organisations.setVerified(organisation, true);
        return testUsers.create(Role.ORG_MEMBER, organisation);
    }

    /** A product, a farm and a lot of the member's organisation, through the pages. */
    UUID lotOf(String member) {
        String gtin = TraceKeys.gtin();
        post(member, "/traceability/products/new", Map.of("gtin", gtin, "name", "Sầu riêng Ri6"));
        UUID product = id("SELECT id FROM traceability.product WHERE gtin = ?", "0" + gtin);
        post(
                member,
                "/traceability/locations/new",
                Map.of("gln", TraceKeys.gln(), "name", "Vườn " + gtin, "kind", "FARM", "communeCode", MOC_HOA));
        post(
                member,
                "/traceability/lots/new",
                Map.of(
                        "productId",
                        product.toString(),
                        "lotNumber",
                        "SR-01",
                        "producedOn",
                        "01/12/2026",
                        "quantity",
                        "500",
                        "unit",
                        "KGM"));
        return id("SELECT id FROM traceability.lot WHERE product_id = ?", product);
    }

    UUID id(String sql, Object parameter) {
        return jdbc.sql(sql).param(parameter).query(UUID.class).single();
    }

    MvcTestResult post(String username, String uri, Map<String, String> fields) {
        var request =
                mvc.post().uri(uri).with(user(testUsers.principal(username))).with(csrf());
        fields.forEach(request::param);
        return request.exchange();
    }
}
