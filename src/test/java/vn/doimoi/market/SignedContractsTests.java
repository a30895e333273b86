package vn.doimoi.market;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import vn.doimoi.DoimoiSpringTest;
import vn.doimoi.TestUsers;
import vn.doimoi.identity.CurrentUser;
import vn.doimoi.identity.NotificationView;
import vn.doimoi.identity.Notifications;
import vn.doimoi.market.MarketFixture.Party;
import vn.doimoi.market.deal.DealBrokers;
import vn.doimoi.market.deal.Deals;
import vn.doimoi.market.listing.Listings;
import vn.doimoi.programs.IndicatorView;
import vn.doimoi.programs.Programmes;

/** A signed transfer contract: who is told, the programme's indicators, the statistics workbook. */
@DoimoiSpringTest
class SignedContractsTests {

    static final UUID PROGRAMME_54 = UUID.fromString("00000054-0000-4000-8000-000000000000");
    static final BigDecimal VALUE = new BigDecimal("1500000000");

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers testUsers;

    @Autowired
    MarketFixture fixture;

    @Autowired
    Listings listings;

    @Autowired
    Deals deals;

    @Autowired
    DealBrokers brokers;

    @Autowired
    Notifications notifications;

    @Autowired
    Programmes programmes;

    @Test
    void aSignedContractIsAnnouncedToBothPartiesAndTheBrokerAndCountsInTheProgramme() {
        // given the programme's marketplace indicators for this year
        int year = listings.today().getYear();
        BigDecimal contractsBefore = indicator("MARKET_TRANSFER_CONTRACTS", year);
        BigDecimal valueBefore = indicator("MARKET_CONTRACT_VALUE", year);
        Party institute = fixture.member();
        Party enterprise = fixture.member();
        CurrentUser broker = fixture.broker();

        // when a deal on the institute's offer is signed with state capital (registration is mandatory)
        UUID deal = signedDeal(institute, enterprise, broker, true);

        // then both organisations and the broker are told, with the registration deadline
        LocalDate deadline = listings.today().plusDays(90);
        for (CurrentUser recipient : List.of(institute.actor(), enterprise.actor(), broker)) {
            NotificationView notice = await(() -> notifications.inbox(recipient.id(), 20).stream()
                    .filter(n -> n.subject().equals("Hợp đồng chuyển giao công nghệ đã được ký"))
                    .findFirst()
                    .orElse(null));
            assertThat(notice.body())
                    .contains("1.500.000.000 ₫")
                    .contains(vn.doimoi.shared.text.VietnameseFormats.date(deadline))
                    .contains("Điều 31");
            assertThat(notice.link()).isEqualTo("/market/deals/" + deal);
        }
        // and the contract counts in task group 5's indicators
        assertThat(indicator("MARKET_TRANSFER_CONTRACTS", year))
                .isEqualByComparingTo(contractsBefore.add(BigDecimal.ONE));
        assertThat(indicator("MARKET_CONTRACT_VALUE", year))
                .isEqualByComparingTo(valueBefore.add(new BigDecimal("1500")));
    }

    @Test
    void theStatisticsWorkbookCountsASignedContractInItsYear() throws Exception {
        String staff = testUsers.create(vn.doimoi.identity.Role.STAFF);
        int year = listings.today().getYear();
        double[] before = yearRow(exportAs(staff), year);

        signedDeal(fixture.member(), fixture.member(), fixture.broker(), false);

        byte[] after = exportAs(staff);
        double[] row = yearRow(after, year);
        assertThat(row[0]).isEqualTo(before[0] + 1);
        assertThat(row[1]).isEqualTo(before[1] + VALUE.doubleValue());
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(after))) {
            assertThat(workbook.getSheetAt(0).getSheetName()).isEqualTo("Hợp đồng theo năm");
            assertThat(workbook.getSheet("Giao dịch theo giai đoạn")).isNotNull();
            assertThat(workbook.getSheet("Tin theo trạng thái")
                            .getRow(0)
                            .getCell(0)
                            .getStringCellValue())
                    .isEqualTo("Loại");
        }
    }

    private UUID signedDeal(Party owner, Party interested, CurrentUser broker, boolean stateCapital) {
        UUID offer = fixture.published(
                owner,
                ListingKind.OFFER,
                "Dây chuyền sơ chế thanh long xuất khẩu "
                        + UUID.randomUUID().toString().substring(0, 6),
                "Rửa, phân loại và đóng gói thanh long",
                "40101",
                8,
                false);
        UUID deal = deals.expressInterest(interested.actor(), offer, null, "Chúng tôi muốn nhận chuyển giao");
        deals.accept(owner.actor(), deal, deals.view(owner.actor(), deal).version());
        // issue 16: a broker brokers a deal only when both parties agreed on it
        brokers.invite(owner.actor(), deal, broker.id().value());
        brokers.consent(interested.actor(), deal);
        brokers.take(broker, deal);
        deals.introduced(broker, deal, deals.view(broker, deal).version());
        deals.sign(
                owner.actor(),
                deal,
                deals.view(owner.actor(), deal).version(),
                listings.today(),
                VALUE,
                TransferDirection.DOMESTIC,
                stateCapital,
                false);
        return deal;
    }

    private BigDecimal indicator(String code, int year) {
        IndicatorView indicator = programmes.publicDashboard(PROGRAMME_54).indicators().stream()
                .filter(each -> each.code().equals(code))
                .findFirst()
                .orElseThrow();
        return indicator.series().stream()
                .filter(point -> point.year() == year)
                .findFirst()
                .map(point -> point.actual() == null ? BigDecimal.ZERO : point.actual())
                .orElseThrow();
    }

    private byte[] exportAs(String staff) throws Exception {
        var response = mvc.perform(get("/staff/market/statistics.xlsx").with(user(testUsers.principal(staff))))
                .andReturn()
                .getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).startsWith("application/vnd.openxmlformats");
        return response.getContentAsByteArray();
    }

    /** Contracts and value in the year's row of the first sheet (zeros when the year has none yet). */
    private static double[] yearRow(byte[] xlsx, int year) throws Exception {
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            for (Row row : sheet) {
                if (row.getRowNum() > 0 && (int) row.getCell(0).getNumericCellValue() == year) {
                    return new double[] {
                        row.getCell(1).getNumericCellValue(), row.getCell(2).getNumericCellValue()
                    };
                }
            }
            return new double[] {0, 0};
        }
    }

    private static <T> T await(Supplier<T> probe) {
        for (int i = 0; i < 100; i++) {
            T found = probe.get();
            if (found != null) {
                return found;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        throw new AssertionError("nothing arrived in 10 s");
    }
}
