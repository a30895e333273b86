package vn.doimoi.traceability;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import vn.doimoi.DoimoiSpringTest;
import vn.doimoi.TestUsers;
import vn.doimoi.directory.organisation.Organisations;

/**
 * A worker records a transformation (raw lot in, product lot out) and an aggregation (lots onto a
 * pallet with an SSCC) from the phone forms: each is the EPCIS event the API would store, on the
 * timeline of every lot it names; wrong SSCCs, a lot both in and out and another organisation's
 * lot are refused with the form shown again and nothing stored.
 */
@DoimoiSpringTest
class CompositeEventTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestUsers testUsers;

    @Autowired
    Organisations organisations;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aTransformationAndAnAggregationAreEpcisEventsOnEveryLotsTimeline() {
        TraceFixtures fixtures = new TraceFixtures(mvc, testUsers, organisations, jdbc);
        String member = fixtures.verifiedMember();
        TraceFixtures.Catalogue fruit = fixtures.catalogue(member, "TL-TUOI");
        TraceFixtures.Catalogue dried = fixtures.catalogue(member, "TL-SAY");

        assertThat(
                        mvc.get()
                                .uri("/traceability/transformations/new?lot=" + fruit.lot())
                                .with(org.springframework.security.test.web.servlet.request
                                        .SecurityMockMvcRequestPostProcessors.user(testUsers.principal(member))))
                .hasStatusOk()
                .bodyText()
                .contains("Lô nguyên liệu đưa vào", "TL-TUOI", "TL-SAY");
        assertThat(fixtures.post(
                        member,
                        "/traceability/transformations/new",
                        Map.of(
                                "lots", fruit.lot().toString(),
                                "output", dried.lot().toString(),
                                "locationId", fruit.location().toString(),
                                "time", "2026-12-02T08:00",
                                "note", "Sấy dẻo mẻ 1")))
                .hasStatus3xxRedirection()
                .hasRedirectedUrl("/traceability/lots/" + dried.lot());
        assertThat(jdbc.sql("SELECT event_type FROM traceability.event WHERE lot_id = ?")
                        .param(dried.lot())
                        .query(String.class)
                        .list())
                .containsExactly("TransformationEvent");
        assertThat(roles(fruit)).containsExactly("INPUT_EPC_CLASS");
        assertThat(roles(dried)).containsExactly("OUTPUT_EPC_CLASS");
        for (TraceFixtures.Catalogue lot : new TraceFixtures.Catalogue[] {fruit, dried}) {
            assertThat(mvc.get().uri("/truy-xuat/01/0" + lot.gtin() + "/10/" + lot.lotNumber()))
                    .hasStatusOk()
                    .bodyText()
                    .contains("Chế biến (nguyên liệu → thành phẩm)", "Sấy dẻo mẻ 1");
        }

        // 17 digits: the check digit is added (SSCC 3 893000000000001 + check digit)
        String body = "38930000000" + String.format("%06d", (int) (Math.random() * 1_000_000));
        String sscc = body + vn.doimoi.traceability.gs1.CheckDigit.mod10(body);
        assertThat(fixtures.post(
                        member,
                        "/traceability/aggregations/new",
                        Map.of(
                                "lots",
                                dried.lot().toString(),
                                "sscc",
                                body,
                                "locationId",
                                dried.location().toString(),
                                "time",
                                "2026-12-03T09:30")))
                .hasStatus3xxRedirection();
        assertThat(jdbc.sql("SELECT document->>'parentID' FROM traceability.event WHERE event_type = 'AggregationEvent'"
                                + " AND lot_id = ?")
                        .param(dried.lot())
                        .query(String.class)
                        .single())
                .isEqualTo("https://id.gs1.org/00/" + sscc);
        assertThat(mvc.get().uri("/truy-xuat/01/0" + dried.gtin() + "/10/" + dried.lotNumber()))
                .bodyText()
                .contains("Đóng lên pallet, thùng SSCC " + sscc);
    }

    @Test
    void wrongInputIsShownAgainAndNothingIsStored() {
        TraceFixtures fixtures = new TraceFixtures(mvc, testUsers, organisations, jdbc);
        String member = fixtures.verifiedMember();
        TraceFixtures.Catalogue own = fixtures.catalogue(member, "SR-A");
        TraceFixtures.Catalogue other = fixtures.catalogue(fixtures.verifiedMember(), "SR-B");
        String valid = "389300000000000010";
        String wrongCheck = valid.substring(0, 17) + ((valid.charAt(17) - '0' + 1) % 10);

        assertThat(fixtures.post(
                        member,
                        "/traceability/aggregations/new",
                        Map.of(
                                "lots",
                                own.lot().toString(),
                                "sscc",
                                wrongCheck,
                                "locationId",
                                own.location().toString(),
                                "time",
                                "2026-12-03T09:30")))
                .hasStatus(400)
                .bodyText()
                .contains("có số kiểm tra sai");
        assertThat(fixtures.post(
                        member,
                        "/traceability/aggregations/new",
                        Map.of(
                                "lots",
                                own.lot().toString(),
                                "sscc",
                                "pallet số 5",
                                "locationId",
                                own.location().toString(),
                                "time",
                                "2026-12-03T09:30")))
                .hasStatus(400)
                .bodyText()
                .contains("Mã SSCC \"pallet số 5\" không hợp lệ");
        assertThat(fixtures.post(
                        member,
                        "/traceability/transformations/new",
                        Map.of(
                                "lots",
                                own.lot().toString(),
                                "output",
                                own.lot().toString(),
                                "locationId",
                                own.location().toString(),
                                "time",
                                "2026-12-03T09:30")))
                .hasStatus(400)
                .bodyText()
                .contains("không được trùng với một lô nguyên liệu");
        assertThat(fixtures.post(
                        member,
                        "/traceability/transformations/new",
                        Map.of(
                                "lots",
                                other.lot().toString(),
                                "output",
                                own.lot().toString(),
                                "locationId",
                                own.location().toString(),
                                "time",
                                "2026-12-03T09:30")))
                .hasStatus(400)
                .bodyText()
                .contains("Không tìm thấy bản ghi này.");
        assertThat(fixtures.post(
                        member,
                        "/traceability/aggregations/new",
                        Map.of("sscc", valid, "locationId", other.location().toString(), "time", "garbage")))
                .hasStatus(400)
                .bodyText()
                .contains("Hãy đánh dấu ít nhất một lô.", "Thời gian không hợp lệ.");
        assertThat(fixtures.post(
                        member,
                        "/traceability/aggregations/new",
                        Map.of(
                                "lots",
                                own.lot().toString(),
                                "sscc",
                                valid,
                                "locationId",
                                other.location().toString(),
                                "time",
                                "2026-12-03T09:30")))
                .hasStatus(400)
                .bodyText()
                .contains("Hãy chọn một địa điểm của doanh nghiệp.");
        assertThat(fixtures.events(own.lot())).isZero();
        assertThat(fixtures.events(other.lot())).isZero();
    }

    private java.util.List<String> roles(TraceFixtures.Catalogue lot) {
        return jdbc.sql("SELECT role FROM traceability.event_epc WHERE epc = ?")
                .param("https://id.gs1.org/01/0" + lot.gtin() + "/10/" + lot.lotNumber())
                .query(String.class)
                .list();
    }
}
