package vn.doimoi.traceability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import vn.doimoi.TestUsers;
import vn.doimoi.directory.organisation.Organisations;
import vn.doimoi.identity.Role;

/** A verified enterprise's member and its catalogue (product, farm, lot), made through the pages. */
record TraceFixtures(MockMvcTester mvc, TestUsers testUsers, Organisations organisations, JdbcClient jdbc) {

    record Catalogue(UUID lot, String gtin, String lotNumber, String gln, UUID location) {}

    String verifiedMember() {
        UUID organisation = testUsers.organisation();
        organisations.setVerified(organisation, true);
        return testUsers.create(Role.ORG_MEMBER, organisation);
    }

    /** A new product with a farm and one lot of it, of the member's organisation. */
    Catalogue catalogue(String member, String lotNumber) {
        String gtin = TraceKeys.gtin();
        String gln = TraceKeys.gln();
        redirected(post(member, "/traceability/products/new", Map.of("gtin", gtin, "name", "Thanh long ruột đỏ")));
        UUID product = jdbc.sql("SELECT id FROM traceability.product WHERE gtin = ?")
                .param("0" + gtin)
                .query(UUID.class)
                .single();
        redirected(post(
                member,
                "/traceability/locations/new",
                Map.of("gln", gln, "name", "Vườn " + gtin, "kind", "FARM", "communeCode", TraceabilityTests.MOC_HOA)));
        redirected(post(
                member,
                "/traceability/lots/new",
                Map.of(
                        "productId",
                        product.toString(),
                        "lotNumber",
                        lotNumber,
                        "producedOn",
                        "01/12/2026",
                        "quantity",
                        "500",
                        "unit",
                        "KGM")));
        UUID lot = jdbc.sql("SELECT id FROM traceability.lot WHERE product_id = ?")
                .param(product)
                .query(UUID.class)
                .single();
        UUID location = jdbc.sql("SELECT id FROM traceability.location WHERE gln = ?")
                .param(gln)
                .query(UUID.class)
                .single();
        return new Catalogue(lot, gtin, lotNumber, gln, location);
    }

    MvcTestResult post(String username, String uri, Map<String, String> fields) {
        var request =
                mvc.post().uri(uri).with(user(testUsers.principal(username))).with(csrf());
        fields.forEach(request::param);
        return request.exchange();
    }

    long events(UUID lot) {
        return jdbc.sql("SELECT count(*) FROM traceability.event WHERE lot_id = ?")
                .param(lot)
                .query(Long.class)
                .single();
    }

    private static void redirected(MvcTestResult result) {
        assertThat(result).hasStatus3xxRedirection();
    }
}
