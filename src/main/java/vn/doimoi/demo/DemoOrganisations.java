package vn.doimoi.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.doimoi.directory.DirectoryImport;
import vn.doimoi.directory.OrganisationData;
import vn.doimoi.directory.OrganisationType;

/**
 * Demo organisations of Tây Ninh (profile {@code demo}); added once. Their communes are units of the
 * official list since 1/7/2025 (Xã Bình Hiệp and Xã Tân Thạnh lie in the former Long An part); the
 * cooperative's address was recorded in 2024, in the units of that time, and shows "(cũ)" (ADR 0052).
 */
@Component
@Profile("demo")
@Order(10)
class DemoOrganisations implements ApplicationRunner {

    private final DirectoryImport directory;

    DemoOrganisations(DirectoryImport directory) {
        this.directory = directory;
    }

    @Override
    public void run(ApplicationArguments args) {
        demo().forEach(directory::organisation);
        directory.organisation(recordedBeforeTheMerger());
    }

    /** A cooperative registered in 2024: its address names units of that time, shown with "(cũ)". */
    private static OrganisationData recordedBeforeTheMerger() {
        return new OrganisationData(
                OrganisationType.ENTERPRISE,
                "Hợp tác xã Nông nghiệp Bình Hòa Tây",
                "HTX Bình Hòa Tây",
                null,
                null,
                Set.of("401"),
                // codes of the list before the merger: 80 was Long An, 27796 Xã Bình Hòa Tây, Huyện Mộc Hóa
                "80",
                "27796",
                "Ấp Bình Thạnh",
                null,
                null,
                null,
                "Trồng lúa và sen theo quy trình VietGAP; đăng ký vào danh bạ năm 2024, trước khi hợp nhất tỉnh.",
                LocalDate.of(2024, 10, 15));
    }

    private static List<OrganisationData> demo() {
        return List.of(
                new OrganisationData(
                        OrganisationType.AGENCY,
                        "Sở Khoa học và Công nghệ tỉnh Tây Ninh",
                        "Sở KH&CN",
                        null,
                        null,
                        Set.of(),
                        "Tây Ninh",
                        "Phường Long An",
                        "Số 92 đường Nguyễn Huệ",
                        "sokhcn@tayninh.gov.vn",
                        "0272 3826178",
                        "https://sokhcn.tayninh.gov.vn",
                        "Cơ quan chuyên môn tham mưu về khoa học, công nghệ và đổi mới sáng tạo; quản lý nhiệm vụ khoa học và công nghệ, sở hữu trí tuệ, tiêu chuẩn đo lường chất lượng."),
                new OrganisationData(
                        OrganisationType.ENTERPRISE,
                        "Công ty Cổ phần Nông nghiệp Công nghệ cao Mộc Hoá",
                        "Mộc Hoá Agritech",
                        DemoCast.ENTERPRISE_TAX_CODE,
                        null,
                        Set.of("401", "406", "211"),
                        "Tây Ninh",
                        "Xã Bình Hiệp",
                        "Ấp Gò Gòn",
                        "lienhe@mochoa-agritech.vn",
                        "0272 3950123",
                        null,
                        "Sản xuất lúa hữu cơ và rau ứng dụng công nghệ cao; cần công nghệ truy xuất nguồn gốc và tưới tiết kiệm nước."),
                new OrganisationData(
                        OrganisationType.UNIVERSITY,
                        "Trường Đại học Kinh tế Công nghiệp Long An",
                        "DLA",
                        DemoCast.UNIVERSITY_TAX_CODE,
                        null,
                        Set.of("102", "502"),
                        "Tây Ninh",
                        "Phường Long An",
                        "Số 938 Quốc lộ 1",
                        "info@daihoclongan.edu.vn",
                        null,
                        null,
                        "Đào tạo và nghiên cứu về kinh tế, công nghệ thông tin, chuyển đổi số cho doanh nghiệp vừa và nhỏ."),
                new OrganisationData(
                        OrganisationType.INSTITUTE,
                        "Trung tâm Ứng dụng tiến bộ khoa học và công nghệ",
                        "Trung tâm Ứng dụng",
                        null,
                        null,
                        Set.of(),
                        "Tây Ninh",
                        "Phường Tân An",
                        null,
                        null,
                        null,
                        null,
                        "Nghiên cứu, chuyển giao công nghệ sinh học, nhân giống cây trồng bằng nuôi cấy mô, kiểm định đo lường."),
                new OrganisationData(
                        OrganisationType.SERVICE_PROVIDER,
                        "Công ty TNHH Tư vấn Sở hữu trí tuệ và Chuyển giao công nghệ Đồng Tháp Mười",
                        null,
                        DemoCast.BROKER_TAX_CODE,
                        null,
                        Set.of(),
                        "Tây Ninh",
                        "Xã Tân Thạnh",
                        null,
                        "tuvan@dtm-ip.vn",
                        null,
                        null,
                        "Môi giới, tư vấn chuyển giao công nghệ, định giá công nghệ, đăng ký nhãn hiệu và sáng chế."));
    }
}
