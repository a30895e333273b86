package vn.doimoi.demo;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.doimoi.directory.Directory;
import vn.doimoi.directory.OrganisationSummary;
import vn.doimoi.ecosystem.EventKind;
import vn.doimoi.ecosystem.Events;
import vn.doimoi.ecosystem.NewEvent;
import vn.doimoi.identity.Accounts;
import vn.doimoi.market.ListingView;
import vn.doimoi.market.OrganisationMarket;

/**
 * Events on the demo (issue 21, profile {@code demo}): the Department ({@code canbo}) publishes a
 * technology fair next month in Xã Mộc Hóa; Mộc Hoá Agritech ({@code doanhnghiep}) and the broker's
 * firm ({@code moigioi}) register and exhibit their live market listings; they book two B2B
 * meetings, one asked by each side and accepted by the other. Added once (found by its title).
 */
@Component
@Profile("demo")
@Order(80)
class DemoEvents implements ApplicationRunner {

    static final String TITLE = "Chợ công nghệ – thiết bị nông nghiệp công nghệ cao Tây Ninh";

    /** Xã Mộc Hóa, Tây Ninh (official list since 1/7/2025). */
    private static final String MOC_HOA = "27823";

    private final Events events;
    private final OrganisationMarket market;
    private final Directory directory;
    private final Accounts accounts;
    private final DemoSession session;

    DemoEvents(Events events, OrganisationMarket market, Directory directory, Accounts accounts, DemoSession session) {
        this.events = events;
        this.market = market;
        this.directory = directory;
        this.accounts = accounts;
        this.session = session;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (events.byTitle(TITLE).isPresent()
                || directory.organisationByTaxCode(DemoCast.ENTERPRISE_TAX_CODE).isEmpty()) {
            return;
        }
        LocalDate day = DemoSession.today().plusMonths(1);
        UUID fair = session.as(
                "canbo",
                () -> events.publish(new NewEvent(
                        EventKind.TECHNOLOGY_FAIR,
                        TITLE,
                        LocalDateTime.of(day, java.time.LocalTime.of(8, 0)),
                        LocalDateTime.of(day, java.time.LocalTime.of(16, 30)),
                        MOC_HOA,
                        "Nhà văn hoá xã Mộc Hóa, Ấp Gò Gòn",
                        300,
                        day.minusDays(3),
                        30,
                        """
                        Chợ công nghệ – thiết bị (Techmart) của tỉnh theo nhóm nhiệm vụ 5 của Chương trình 54-CTr/TU: \
                        doanh nghiệp, viện, trường và tổ chức trung gian giới thiệu công nghệ, thiết bị và dịch vụ \
                        cho nông nghiệp công nghệ cao.
                        Buổi sáng: khai mạc và tham quan gian trưng bày. Cả ngày: gặp gỡ kết nối cung – cầu (B2B) \
                        theo lịch hẹn 30 phút.""")));
        UUID enterpriseUser = join("doanhnghiep", fair, DemoCast.ENTERPRISE_TAX_CODE);
        UUID brokerUser = join("moigioi", fair, DemoCast.BROKER_TAX_CODE);
        UUID first = session.as(
                "doanhnghiep",
                () -> events.requestMeeting(
                        fair,
                        brokerUser,
                        DemoSession.at(day, 9),
                        "Tư vấn định giá và hợp đồng chuyển giao công nghệ sấy thanh long."));
        session.as("moigioi", () -> {
            events.acceptMeeting(first);
            return first;
        });
        UUID second = session.as(
                "moigioi",
                () -> events.requestMeeting(
                        fair,
                        enterpriseUser,
                        DemoSession.at(day, 10),
                        "Giới thiệu nhà cung cấp thiết bị cấp đông nhanh cho thanh long xuất khẩu."));
        session.as("doanhnghiep", () -> {
            events.acceptMeeting(second);
            return second;
        });
    }

    /** The user registers for their organisation and exhibits its live listings; returns the user's id. */
    private UUID join(String username, UUID fair, String taxCode) {
        return session.as(username, () -> {
            events.register(fair, accounts.current().orElseThrow().organisationId() != null);
            Set<UUID> listings = directory
                    .organisationByTaxCode(taxCode)
                    .map(OrganisationSummary::id)
                    .map(market::liveListingsOf)
                    .orElse(java.util.List.of())
                    .stream()
                    .limit(4)
                    .map(ListingView::id)
                    .collect(Collectors.toSet());
            if (!listings.isEmpty()) {
                events.exhibit(fair, listings);
            }
            return accounts.current().orElseThrow().id().value();
        });
    }
}
