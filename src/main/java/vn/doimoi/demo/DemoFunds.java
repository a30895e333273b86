package vn.doimoi.demo;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.doimoi.directory.Directory;
import vn.doimoi.directory.OrganisationSummary;
import vn.doimoi.ecosystem.Funds;
import vn.doimoi.shared.Money;

/**
 * The enterprise's S&T development fund on the demo (issue 21, profile {@code demo}): {@code doanhnghiep}
 * (Mộc Hoá Agritech, verified by the traceability demo before) set aside three yearly allocations, the
 * oldest five years less three months ago, and spent on eligible uses less than 70% of it: so today
 * its page and "Việc của tôi" warn of the deadline three months ahead, with what is still to spend and
 * the tax it would repay. It has filed one yearly report. Dates follow today; added once.
 */
@Component
@Profile("demo")
@Order(75)
class DemoFunds implements ApplicationRunner {

    /** A one-page PDF's bytes, enough for the store to recognise the type of a scanned receipt. */
    private static final byte[] RECEIPT = "%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
            .getBytes(StandardCharsets.ISO_8859_1);

    private final Funds funds;
    private final Directory directory;
    private final DemoSession session;

    DemoFunds(Funds funds, Directory directory, DemoSession session) {
        this.funds = funds;
        this.directory = directory;
        this.session = session;
    }

    @Override
    public void run(ApplicationArguments args) {
        UUID enterprise = directory
                .organisationByTaxCode(DemoCast.ENTERPRISE_TAX_CODE)
                .map(OrganisationSummary::id)
                .orElseThrow(() -> new IllegalStateException("the demo enterprise is loaded first"));
        if (funds.keepsFund(enterprise)) {
            return;
        }
        session.as("doanhnghiep", () -> {
            fund(DemoSession.today());
            return enterprise;
        });
    }

    private void fund(LocalDate today) {
        LocalDate first = today.minusYears(5).plusMonths(3);
        int year = first.getYear() - 1;
        funds.allocate(year, first, Money.of(8_000_000_000L), Money.of(600_000_000L));
        funds.allocate(year + 1, first.plusYears(1), Money.of(9_500_000_000L), Money.of(800_000_000L));
        funds.allocate(year + 2, first.plusYears(2), Money.of(10_000_000_000L), Money.of(900_000_000L));
        funds.spend(
                first.plusMonths(8),
                "TECHNOLOGY_PURCHASE",
                "Mua quyền sử dụng quy trình bảo quản thanh long sau thu hoạch của Viện Cây ăn quả miền Nam",
                Money.of(150_000_000L),
                "hop-dong-chuyen-giao.pdf",
                RECEIPT);
        funds.spend(
                first.plusYears(2),
                "SERVICES",
                "Thuê tư vấn đánh giá trình độ công nghệ dây chuyền sơ chế",
                Money.of(100_000_000L),
                "bien-ban-nghiem-thu-tu-van.pdf",
                RECEIPT);
        funds.spend(
                first.plusYears(3).plusMonths(2),
                "IP_AND_STANDARDS",
                "Đăng ký nhãn hiệu và chứng nhận VietGAP cho vùng trồng Mộc Hóa",
                Money.of(120_000_000L),
                "hoa-don-dich-vu-so-huu-tri-tue.pdf",
                RECEIPT);
        funds.fileReport(first.plusYears(2).getYear());
    }
}
