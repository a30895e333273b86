package vn.doimoi.demo;

import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.doimoi.directory.Directory;
import vn.doimoi.directory.OrganisationSummary;
import vn.doimoi.identity.AccountImport;
import vn.doimoi.identity.ImportedAccount;
import vn.doimoi.identity.Role;

/** One demo user per role and a second STAFF officer (profile {@code demo}), all with the password {@value DemoCast#PASSWORD}; listed in the README. */
@Component
@Profile("demo")
@Order(20)
class DemoUsers implements ApplicationRunner {

    private final AccountImport accounts;
    private final Directory directory;

    DemoUsers(AccountImport accounts, Directory directory) {
        this.accounts = accounts;
        this.directory = directory;
    }

    @Override
    public void run(ApplicationArguments args) {
        UUID enterprise = organisation(DemoCast.ENTERPRISE_TAX_CODE);
        UUID broker = organisation(DemoCast.BROKER_TAX_CODE);
        create("canbo", "Nguyễn Thị Lan (Sở KH&CN)", Role.STAFF, null);
        // a second officer, so that steps needing two people (the second tranche approval) can be finished
        create("canbo2", "Trần Quốc Huy (Sở KH&CN)", Role.STAFF, null);
        create("bientap", "Trần Minh Khoa (biên tập)", Role.EDITOR, null);
        create("chuyengia", "PGS.TS. Lê Văn Hoà", Role.EXPERT, null);
        create("doanhnghiep", "Phạm Quốc Bảo (Mộc Hoá Agritech)", Role.ORG_MEMBER, enterprise);
        create("coquan", "Võ Thị Thuỷ (Sở Nông nghiệp và Môi trường)", Role.AGENCY, null);
        create("moigioi", "Huỳnh Tấn Đạt (tư vấn chuyển giao)", Role.BROKER, broker);
    }

    private @Nullable UUID organisation(String taxCode) {
        return directory
                .organisationByTaxCode(taxCode)
                .map(OrganisationSummary::id)
                .orElse(null);
    }

    private void create(String username, String name, Role role, @Nullable UUID organisation) {
        // a member acts for an organisation; without the demo enterprise there is none to act for
        if (role == Role.ORG_MEMBER && organisation == null) {
            return;
        }
        accounts.createIfAbsent(new ImportedAccount(
                username, DemoCast.PASSWORD, name, username + "@demo.doimoi.vn", Set.of(role), organisation));
    }
}
