package vn.doimoi.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.doimoi.directory.Directory;
import vn.doimoi.directory.DirectoryImport;
import vn.doimoi.directory.OrganisationData;
import vn.doimoi.directory.OrganisationSummary;
import vn.doimoi.directory.OrganisationType;
import vn.doimoi.identity.AccountImport;
import vn.doimoi.identity.ImportedAccount;
import vn.doimoi.identity.Role;
import vn.doimoi.traceability.FieldEvent;
import vn.doimoi.traceability.NewLot;
import vn.doimoi.traceability.NewProduct;
import vn.doimoi.traceability.Step;
import vn.doimoi.traceability.SupplyChain;
import vn.doimoi.traceability.Traceability;

/**
 * Mộc Hoá Agritech's supply chain on the demo (issue 20, profile {@code demo}), after its catalogue
 * ({@link DemoTraceability}): a harvest of dragon fruit made into 200 boxes of 10 kg (a second
 * product, a transformation), the boxes put on an SSCC pallet (an aggregation) and shipped to a
 * distributor, which the enterprise lets read the boxes' events; its member {@code phanphoi} sees
 * them on /traceability and through its own API keys. A last lot has no step yet, so the Excel
 * template comes pre-filled with its journey, ready to import. Added once (found by the boxes' GTIN).
 */
@Component
@Profile("demo")
@Order(71)
class DemoSupplyChain implements ApplicationRunner {

    /** GTIN-13 893 6045 12002 6: the 10 kg box, a trade item of its own. */
    static final String BOXES_GTIN = "8936045120026";

    static final String DISTRIBUTOR = "Công ty TNHH Phân phối Nông sản Xanh Tây Ninh";

    /** SSCC 0 8936045 000000001, its check digit added by the aggregation form's rule. */
    static final String PALLET = "08936045000000001";

    private final Traceability traceability;
    private final SupplyChain chain;
    private final Directory directory;
    private final DirectoryImport directoryImport;
    private final AccountImport accounts;
    private final DemoSession session;

    DemoSupplyChain(
            Traceability traceability,
            SupplyChain chain,
            Directory directory,
            DirectoryImport directoryImport,
            AccountImport accounts,
            DemoSession session) {
        this.traceability = traceability;
        this.chain = chain;
        this.directory = directory;
        this.directoryImport = directoryImport;
        this.accounts = accounts;
        this.session = session;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (traceability.productByGtin(DemoTraceability.GTIN).isEmpty()
                || traceability.productByGtin(BOXES_GTIN).isPresent()) {
            return;
        }
        UUID distributor = distributor();
        session.as("doanhnghiep", () -> chain(distributor));
    }

    /** The distributor, verified by the Department, and its member {@code phanphoi}. */
    private UUID distributor() {
        directoryImport.organisation(new OrganisationData(
                OrganisationType.ENTERPRISE,
                DISTRIBUTOR,
                "Nông sản Xanh",
                null,
                null,
                Set.of("401"),
                "Tây Ninh",
                "Xã Bình Hiệp",
                "Quốc lộ 62, ấp Bình Tây",
                "kho@nongsanxanh-tayninh.vn",
                "0272 3860456",
                null,
                "Phân phối trái cây tươi cho các siêu thị và cửa hàng ở Tây Ninh và TP. Hồ Chí Minh.",
                null));
        UUID id = directory.organisations().stream()
                .filter(organisation -> organisation.name().equals(DISTRIBUTOR))
                .map(OrganisationSummary::id)
                .findFirst()
                .orElseThrow();
        session.as("canbo", () -> {
            directory.verify(id);
            return id;
        });
        accounts.createIfAbsent(new ImportedAccount(
                "phanphoi",
                DemoCast.PASSWORD,
                "Lê Thị Ngọc Hân (Nông sản Xanh)",
                "phanphoi@demo.doimoi.vn",
                Set.of(Role.ORG_MEMBER),
                id));
        return id;
    }

    private UUID chain(UUID distributor) {
        LocalDate today = DemoSession.today();
        UUID fruit = traceability.productByGtin(DemoTraceability.GTIN).orElseThrow();
        UUID farm = traceability.locationByGln(DemoTraceability.FARM_GLN).orElseThrow();
        UUID packing = traceability.locationByGln(DemoTraceability.PACKING_GLN).orElseThrow();
        UUID boxes = traceability.registerProduct(new NewProduct(
                BOXES_GTIN,
                "Thùng thanh long ruột đỏ 10 kg",
                "Thanh long ruột đỏ Mộc Hóa đã phân loại, rửa và đóng thùng carton 10 kg, giữ lạnh 5–8 °C.",
                "VietGAP; TCVN 11041-2:2017"));

        UUID harvest = traceability.registerLot(
                new NewLot(fruit, "TL2612-C", today.minusDays(2), today.plusDays(18), new BigDecimal("2000"), "KGM"));
        traceability.record(
                harvest,
                new FieldEvent(
                        Step.PLANTING,
                        DemoSession.at(today.minusDays(300), 7),
                        farm,
                        null,
                        null,
                        "Trồng 2.000 trụ giống ruột đỏ"));
        traceability.record(
                harvest, new FieldEvent(Step.HARVEST, DemoSession.at(today.minusDays(2), 6), farm, null, null, null));

        UUID boxed = traceability.registerLot(
                new NewLot(boxes, "TH2612-C", today.minusDays(2), today.plusDays(18), new BigDecimal("200"), "H87"));
        chain.transform(
                List.of(harvest),
                boxed,
                packing,
                DemoSession.at(today.minusDays(2), 13),
                "Phân loại, rửa và đóng 200 thùng 10 kg");
        chain.aggregate(
                List.of(boxed), PALLET, packing, DemoSession.at(today.minusDays(2), 16), "Pallet 1 của chuyến xe lạnh");
        traceability.record(
                boxed,
                new FieldEvent(
                        Step.SHIPPING,
                        DemoSession.at(today.minusDays(1), 7),
                        packing,
                        null,
                        DISTRIBUTOR,
                        "Xe lạnh 62C-123.45"));
        chain.share(boxed, distributor, false);

        // the newest lot, with no step yet: the Excel template comes pre-filled with its journey
        return traceability.registerLot(
                new NewLot(fruit, "TL2612-D", today.minusDays(1), today.plusDays(19), new BigDecimal("1500"), "KGM"));
    }
}
