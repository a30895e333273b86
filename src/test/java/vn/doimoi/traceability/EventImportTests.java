package vn.doimoi.traceability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import vn.doimoi.DoimoiSpringTest;
import vn.doimoi.TestUsers;
import vn.doimoi.directory.organisation.Organisations;
import vn.doimoi.identity.Role;
import vn.doimoi.shared.spreadsheet.TextSheet;

/**
 * An enterprise imports the steps of its lots from the Excel template: a good sheet is stored whole
 * (each row one EPCIS event on the lot's timeline); a sheet with wrong rows stores nothing and names
 * each wrong row and why; another organisation's lot or location is a wrong row like any other.
 */
@DoimoiSpringTest
class EventImportTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestUsers testUsers;

    @Autowired
    Organisations organisations;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theTemplateAsDownloadedRecordsTheNewestLotsJourney() throws Exception {
        String member = verifiedMember();
        TraceFixtures.Catalogue own = catalogue(member, "TL-02");
        byte[] template = mvc.get()
                .uri("/traceability/events/template.xlsx")
                .with(user(testUsers.principal(member)))
                .exchange()
                .getResponse()
                .getContentAsByteArray();

        MvcTestResult result = upload(member, template);

        assertThat(result).hasStatusOk().bodyText().contains("Đã nhập 4 công đoạn.");
        assertThat(fixtures().events(own.lot())).isEqualTo(4);
        assertThat(upload(member, template))
                .as("the same sheet twice: its steps are there already")
                .hasStatus(400);
        assertThat(fixtures().events(own.lot())).isEqualTo(4);
    }

    @Test
    void aGoodSheetIsStoredWholeAndShowsOnTheTimeline() throws Exception {
        String member = verifiedMember();
        TraceFixtures.Catalogue own = catalogue(member, "TL-01");

        byte[] template = mvc.get()
                .uri("/traceability/events/template.xlsx")
                .with(user(testUsers.principal(member)))
                .exchange()
                .getResponse()
                .getContentAsByteArray();
        List<TextSheet.Line> example = TextSheet.read(new ByteArrayInputStream(template), 8);
        assertThat(example)
                .as("the template's example is the lot's journey from planting to shipping")
                .extracting(line -> line.cells().get(2))
                .containsExactly("PLANTING", "HARVEST", "PACKING", "SHIPPING");
        assertThat(example.get(1).cells().subList(0, 5))
                .as("the template's example rows use the enterprise's own lot and location, dated from the lot")
                .containsExactly("0" + own.gtin(), own.lotNumber(), "HARVEST", "01/12/2026 06:30", own.gln());

        MvcTestResult result = upload(
                member,
                sheet(
                        new String[] {
                            own.gtin(), own.lotNumber(), "HARVEST", "01/12/2026 06:30", own.gln(), "1200", null, "Đợt 1"
                        },
                        new String[] {
                            "0" + own.gtin(),
                            own.lotNumber(),
                            "Xuất hàng",
                            "2/12/2026 14:00",
                            own.gln(),
                            null,
                            "Siêu thị Co.opmart Tân An",
                            null
                        }));

        assertThat(result).hasStatusOk().bodyText().contains("Đã nhập 2 công đoạn.");
        assertThat(jdbc.sql("SELECT biz_step FROM traceability.event WHERE lot_id = ? ORDER BY event_time")
                        .param(own.lot())
                        .query(String.class)
                        .list())
                .containsExactly(
                        "https://doimoi.vn/voc/bizStep/harvesting", "https://ref.gs1.org/cbv/BizStep-shipping");
        assertThat(mvc.get().uri("/truy-xuat/01/0" + own.gtin() + "/10/" + own.lotNumber()))
                .hasStatusOk()
                .bodyText()
                .contains("Thu hoạch", "Xuất hàng", "Giao cho Siêu thị Co.opmart Tân An");

        // the same sheet again: each row is already recorded, nothing is stored twice
        assertThat(upload(member, sheet(new String[] {
                    own.gtin(), own.lotNumber(), "HARVEST", "01/12/2026 06:30", own.gln(), "1200", null, "Đợt 1"
                })))
                .hasStatus(400)
                .bodyText()
                .contains("Dòng 2", "đã được ghi nhận");
        assertThat(count(own.lot())).isEqualTo(2);
    }

    @Test
    void oneWrongRowStoresNothingAndTheReportNamesEachWrongRow() throws Exception {
        String member = verifiedMember();
        TraceFixtures.Catalogue own = catalogue(member, "SR-01");
        TraceFixtures.Catalogue other = catalogue(verifiedMember(), "SR-02");
        String badCheckDigit = own.gtin().substring(0, 12) + ((own.gtin().charAt(12) - '0' + 1) % 10);

        MvcTestResult result = upload(
                member,
                sheet(
                        new String[] {
                            own.gtin(), own.lotNumber(), "HARVEST", "01/12/2026 06:30", own.gln(), null, null, null
                        },
                        new String[] {
                            badCheckDigit, own.lotNumber(), "HARVEST", "01/12/2026 06:30", own.gln(), null, null, null
                        },
                        new String[] {
                            other.gtin(), other.lotNumber(), "HARVEST", "01/12/2026 06:30", own.gln(), null, null, null
                        },
                        new String[] {
                            own.gtin(), own.lotNumber(), "HARVEST", "01/12/2026 07:30", other.gln(), null, null, null
                        },
                        new String[] {
                            own.gtin(), own.lotNumber(), "Tưới nước", "01/12/2026 06:30", own.gln(), null, null, null
                        },
                        new String[] {
                            own.gtin(), own.lotNumber(), "HARVEST", "2026-12-01 06:30", own.gln(), null, null, null
                        },
                        new String[] {
                            own.gtin(), own.lotNumber(), "HARVEST", "01/12/2026 06:30", own.gln(), null, null, null
                        },
                        new String[] {
                            own.gtin(), own.lotNumber(), "HARVEST", "01/12/2099 06:30", own.gln(), "-3", null, null
                        },
                        new String[] {own.gtin(), null, "HARVEST", "01/12/2026 06:30", own.gln(), null, null, null}));

        assertThat(result)
                .hasStatus(400)
                .bodyText()
                .contains("Không nhập gì vì có 8 lỗi", "Dòng 3", "số kiểm tra đúng")
                .contains("Dòng 4", "Lô " + other.lotNumber() + " của sản phẩm 0" + other.gtin() + " không có")
                .contains("Dòng 5", "Địa điểm có mã GLN " + other.gln() + " không thuộc doanh nghiệp")
                .contains("Dòng 6", "Công đoạn \"Tưới nước\" không hợp lệ")
                .contains("Dòng 7", "Thời điểm \"2026-12-01 06:30\" không đúng dạng dd/MM/yyyy HH:mm")
                .contains("Dòng 8", "trùng với dòng 2")
                .contains("Dòng 9", "không được ở tương lai")
                .contains("Dòng 10", "Thiếu một trong các cột bắt buộc")
                .doesNotContain("Dòng 2:");
        assertThat(count(own.lot()))
                .as("all or nothing: the good row is not stored either")
                .isZero();
        assertThat(count(other.lot())).isZero();
    }

    @Test
    void garbageAndNoFileAreClearRefusalsAndOnlyMembersImport() {
        String member = verifiedMember();
        assertThat(mvc.perform(MockMvcRequestBuilders.multipart("/traceability/events/import")
                        .file(new MockMultipartFile(
                                "file", "x.xlsx", "application/octet-stream", "không phải Excel".getBytes()))
                        .with(user(testUsers.principal(member)))
                        .with(csrf())))
                .hasStatus(400)
                .bodyText()
                .contains("Không đọc được tệp");
        assertThat(mvc.perform(MockMvcRequestBuilders.multipart("/traceability/events/import")
                        .with(user(testUsers.principal(member)))
                        .with(csrf())))
                .hasStatus(400)
                .bodyText()
                .contains("Hãy chọn một tệp Excel.");
        assertThat(upload(member, sheet())).hasStatus(400).bodyText().contains("Tệp không có dòng công đoạn nào.");

        String unverified = testUsers.create(Role.ORG_MEMBER, testUsers.organisation());
        assertThat(upload(unverified, sheet())).hasStatus4xxClientError();
        assertThat(mvc.get()
                        .uri("/traceability/events/import")
                        .with(user(testUsers.principal(testUsers.create(Role.EXPERT)))))
                .hasStatus(403);
    }

    private byte[] sheet(@Nullable String[]... rows) {
        return TextSheet.write("Cong doan", List.of("a", "b", "c", "d", "e", "f", "g", "h"), List.of(rows));
    }

    private MvcTestResult upload(String member, byte[] workbook) {
        return mvc.perform(MockMvcRequestBuilders.multipart("/traceability/events/import")
                .file(new MockMultipartFile("file", "cong-doan.xlsx", "application/octet-stream", workbook))
                .with(user(testUsers.principal(member)))
                .with(csrf()));
    }

    private long count(UUID lot) {
        return fixtures().events(lot);
    }

    private String verifiedMember() {
        return fixtures().verifiedMember();
    }

    private TraceFixtures.Catalogue catalogue(String member, String lotNumber) {
        return fixtures().catalogue(member, lotNumber);
    }

    private TraceFixtures fixtures() {
        return new TraceFixtures(mvc, testUsers, organisations, jdbc);
    }
}
