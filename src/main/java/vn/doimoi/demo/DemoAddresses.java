package vn.doimoi.demo;

import java.util.List;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.doimoi.directory.Directory;
import vn.doimoi.directory.DirectoryImport;
import vn.doimoi.directory.PersonSummary;

/**
 * Demo people live in Tây Ninh (profile {@code demo}, issue 19): after the demo's scientists and
 * experts are made, each one without an address gets a commune of the province, in turn, from the
 * official list of 2025.
 */
@Component
@Profile("demo")
@Order(89)
class DemoAddresses implements ApplicationRunner {

    static final String PROVINCE = "Tây Ninh";

    /** Communes of Tây Ninh in the official list (communes-2025.csv, province code 80). */
    static final List<String> COMMUNES = List.of(
            "Phường Tân An",
            "Xã Mộc Hóa",
            "Phường Long An",
            "Phường Kiến Tường",
            "Xã Đức Hòa",
            "Phường Hòa Thành",
            "Xã Cần Giuộc",
            "Phường Tân Ninh",
            "Xã Tân Biên");

    private final Directory directory;
    private final DirectoryImport imports;

    DemoAddresses(Directory directory, DirectoryImport imports) {
        this.directory = directory;
        this.imports = imports;
    }

    @Override
    public void run(ApplicationArguments args) {
        List<PersonSummary> people = directory.people();
        for (int i = 0; i < people.size(); i++) {
            imports.personAddressIfNone(people.get(i).id(), PROVINCE, COMMUNES.get(i % COMMUNES.size()));
        }
    }
}
