package vn.doimoi.identity.user;

import java.util.EnumSet;
import java.util.UUID;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.doimoi.directory.Directory;
import vn.doimoi.directory.OrganisationSummary;
import vn.doimoi.identity.Role;

/** One demo user per role (profile {@code demo}), all with the password {@value #PASSWORD}; listed in the README. */
@Component
@Profile("demo")
@Order(20)
class DemoUsers implements ApplicationRunner {

    static final String PASSWORD = "doimoi-demo-2026";

    private final UserAccounts users;
    private final UserRepository repository;
    private final Directory directory;

    DemoUsers(UserAccounts users, UserRepository repository, Directory directory) {
        this.users = users;
        this.repository = repository;
        this.directory = directory;
    }

    @Override
    public void run(ApplicationArguments args) {
        UUID enterprise = directory
                .organisationByTaxCode("1100601172")
                .map(OrganisationSummary::id)
                .orElse(null);
        UUID broker = directory
                .organisationByTaxCode("1101122334")
                .map(OrganisationSummary::id)
                .orElse(null);
        create("canbo", "Nguyễn Thị Lan (Sở KH&CN)", Role.STAFF, null);
        create("bientap", "Trần Minh Khoa (biên tập)", Role.EDITOR, null);
        create("chuyengia", "PGS.TS. Lê Văn Hoà", Role.EXPERT, null);
        create("doanhnghiep", "Phạm Quốc Bảo (Mộc Hoá Agritech)", Role.ORG_MEMBER, enterprise);
        create("coquan", "Võ Thị Thuỷ (Sở Nông nghiệp và Môi trường)", Role.AGENCY, null);
        create("moigioi", "Huỳnh Tấn Đạt (tư vấn chuyển giao)", Role.BROKER, broker);
    }

    private void create(String username, String name, Role role, UUID organisation) {
        if (repository.findByUsername(username).isPresent()) {
            return;
        }
        if (role == Role.ORG_MEMBER && organisation == null) {
            return;
        }
        users.create(
                username,
                PASSWORD,
                new UserAccounts.UserData(name, username + "@demo.doimoi.vn", EnumSet.of(role), organisation, true));
    }
}
