package vn.doimoi.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.doimoi.directory.Directory;
import vn.doimoi.directory.OrganisationSummary;
import vn.doimoi.traceability.FieldEvent;
import vn.doimoi.traceability.LocationKind;
import vn.doimoi.traceability.NewCertification;
import vn.doimoi.traceability.NewLocation;
import vn.doimoi.traceability.NewLot;
import vn.doimoi.traceability.NewProduct;
import vn.doimoi.traceability.Step;
import vn.doimoi.traceability.Traceability;

/**
 * Traceability on the demo (issue 20, profile {@code demo}): the Department (STAFF {@code canbo})
 * verifies Mộc Hoá Agritech; its member {@code doanhnghiep} registers red-flesh dragon fruit with a
 * GTIN under GS1 Vietnam's prefix, a farm in Xã Mộc Hóa and a packing house in Xã Bình Hiệp, a lot
 * followed from planting to shipping, and an older lot it recalled. Added once (found by its GTIN).
 */
@Component
@Profile("demo")
@Order(70)
class DemoTraceability implements ApplicationRunner {

    /** GTIN-13 893 6045 12001 9 (check digit 9); the keys of a demo, not allocated by GS1 Vietnam. */
    static final String GTIN = "8936045120019";

    static final String FARM_GLN = "8936045121009";
    static final String PACKING_GLN = "8936045121016";

    /** Xã Mộc Hóa and Xã Bình Hiệp, Tây Ninh (official list since 1/7/2025). */
    private static final String MOC_HOA = "27823";

    private static final String BINH_HIEP = "27793";

    private final Traceability traceability;
    private final Directory directory;
    private final DemoSession session;

    DemoTraceability(Traceability traceability, Directory directory, DemoSession session) {
        this.traceability = traceability;
        this.directory = directory;
        this.session = session;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (traceability.productByGtin(GTIN).isPresent()) {
            return;
        }
        UUID enterprise = directory
                .organisationByTaxCode(DemoCast.ENTERPRISE_TAX_CODE)
                .map(OrganisationSummary::id)
                .orElseThrow(() -> new IllegalStateException("the demo enterprise is loaded first"));
        session.as("canbo", () -> {
            directory.verify(enterprise);
            return enterprise;
        });
        session.as("doanhnghiep", this::catalogue);
    }

    private UUID catalogue() {
        LocalDate today = DemoSession.today();
        UUID product = traceability.registerProduct(new NewProduct(
                GTIN,
                "Thanh long ruột đỏ Long An",
                "Thanh long ruột đỏ trồng tại Mộc Hóa, thu hoạch khi chín cây, sơ chế và đóng thùng 10 kg trong ngày.",
                "VietGAP; TCVN 11041-2:2017"));
        traceability.addCertification(
                product,
                new NewCertification(
                        "Chứng nhận VietGAP trồng trọt",
                        "Trung tâm Kiểm nghiệm và Chứng nhận Tây Ninh",
                        "VG-TN-2026-0147",
                        today.plusMonths(14)));
        UUID farm = traceability.registerLocation(
                new NewLocation(FARM_GLN, "Vườn thanh long Mộc Hóa", LocationKind.FARM, MOC_HOA, "Ấp Gò Gòn"));
        UUID packing = traceability.registerLocation(new NewLocation(
                PACKING_GLN, "Nhà sơ chế Mộc Hoá Agritech", LocationKind.PLANT, BINH_HIEP, "Ấp Gò Gòn"));

        UUID lot = traceability.registerLot(
                new NewLot(product, "TL2612-A", today.minusDays(3), today.plusDays(17), new BigDecimal("1200"), "KGM"));
        traceability.record(
                lot,
                new FieldEvent(
                        Step.PLANTING,
                        DemoSession.at(today.minusDays(280), 7),
                        farm,
                        null,
                        null,
                        "Trồng 1.200 trụ giống ruột đỏ"));
        traceability.record(
                lot, new FieldEvent(Step.HARVEST, DemoSession.at(today.minusDays(3), 6), farm, null, null, null));
        traceability.record(
                lot,
                new FieldEvent(
                        Step.PACKING, DemoSession.at(today.minusDays(3), 14), packing, null, null, "120 thùng 10 kg"));
        traceability.record(
                lot,
                new FieldEvent(
                        Step.SHIPPING,
                        DemoSession.at(today.minusDays(2), 8),
                        packing,
                        null,
                        "Siêu thị Co.opmart Tân An",
                        null));

        UUID recalled = traceability.registerLot(new NewLot(
                product, "TL2611-B", today.minusDays(30), today.minusDays(10), new BigDecimal("900"), "KGM"));
        traceability.record(
                recalled, new FieldEvent(Step.HARVEST, DemoSession.at(today.minusDays(30), 6), farm, null, null, null));
        traceability.record(
                recalled,
                new FieldEvent(Step.PACKING, DemoSession.at(today.minusDays(30), 15), packing, null, null, null));
        traceability.recall(
                recalled,
                "Kết quả kiểm nghiệm mẫu lưu phát hiện dư lượng thuốc bảo vệ thực vật vượt ngưỡng.",
                today.minusDays(25));
        // the enterprise's warehouse software has an EPCIS key; its secret was shown to no one and only its
        // hash is kept, so the demo's systems cannot use it: a member makes a new one on /traceability/api-keys
        traceability.issueApiKey("Phần mềm kho Mộc Hoá Agritech");
        return lot;
    }
}
