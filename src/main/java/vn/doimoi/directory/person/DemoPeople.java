package vn.doimoi.directory.person;

import java.util.Set;
import java.util.UUID;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.doimoi.directory.AcademicTitle;
import vn.doimoi.directory.Degree;
import vn.doimoi.directory.OrganisationSummary;
import vn.doimoi.directory.organisation.Organisations;

/** Demo scientists (profile {@code demo}); the expert is linked to the demo account {@code chuyengia}. */
@Component
@Profile("demo")
@Order(25)
class DemoPeople implements ApplicationRunner {

    private final People people;
    private final Organisations organisations;

    DemoPeople(People people, Organisations organisations) {
        this.people = people;
        this.organisations = organisations;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!people.all().isEmpty()) {
            return;
        }
        UUID university = organisations
                .findByTaxCode("1102003812")
                .map(OrganisationSummary::id)
                .orElse(null);
        UUID enterprise = organisations
                .findByTaxCode("1100601172")
                .map(OrganisationSummary::id)
                .orElse(null);
        people.create(
                new PersonData(
                        "Lê Văn Hoà",
                        AcademicTitle.PGS,
                        Degree.TS,
                        "Trưởng khoa Công nghệ thông tin",
                        university,
                        "levanhoa@daihoclongan.edu.vn",
                        "0000-0002-1825-0097",
                        Set.of("102", "502"),
                        "Chuyển đổi số doanh nghiệp vừa và nhỏ, hệ thống truy xuất nguồn gốc nông sản, dữ liệu lớn.",
                        "Ứng dụng chuỗi khối trong truy xuất nguồn gốc lúa gạo (2024).",
                        null,
                        "Giảng dạy và nghiên cứu tại tỉnh từ năm 2008.",
                        true,
                        null,
                        null,
                        null),
                "chuyengia");
        people.create(
                new PersonData(
                        "Nguyễn Thị Mỹ Duyên",
                        null,
                        Degree.THS,
                        "Kỹ sư nông nghiệp",
                        enterprise,
                        null,
                        null,
                        Set.of("401", "406"),
                        "Canh tác lúa hữu cơ, quản lý dịch hại tổng hợp, tưới ướt khô xen kẽ.",
                        null,
                        null,
                        null,
                        true,
                        null,
                        null,
                        null),
                null);
    }
}
