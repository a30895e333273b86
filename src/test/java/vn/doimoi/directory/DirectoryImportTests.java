package vn.doimoi.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.doimoi.DoimoiSpringTest;

@DoimoiSpringTest
class DirectoryImportTests {

    @Autowired
    DirectoryImport imports;

    @Autowired
    Directory directory;

    @Test
    void anOrganisationWithoutTaxCodeIsAddedOnceByName() {
        // given an organisation of a register, without tax code
        String name = "Trung tâm Khuyến nông " + UUID.randomUUID().toString().substring(0, 8);
        OrganisationData centre = new OrganisationData(
                OrganisationType.INSTITUTE,
                name,
                null,
                null,
                null,
                Set.of(),
                "Tây Ninh",
                null,
                null,
                null,
                null,
                null,
                "Chuyển giao kỹ thuật canh tác.");

        // when the register is imported twice
        imports.organisation(centre);
        imports.organisation(centre);

        // then the directory lists it once
        assertThat(directory.organisations())
                .filteredOn(o -> o.name().equals(name))
                .singleElement()
                .satisfies(o -> assertThat(o.type()).isEqualTo(OrganisationType.INSTITUTE));
    }
}
