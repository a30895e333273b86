package vn.doimoi.directory.taxonomy;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Reference data every installation needs before anyone picks a field. */
@Component
@Order(1)
class FieldTaxonomyLoader implements ApplicationRunner {

    private final FieldTaxonomy taxonomy;

    FieldTaxonomyLoader(FieldTaxonomy taxonomy) {
        this.taxonomy = taxonomy;
    }

    @Override
    public void run(ApplicationArguments args) {
        taxonomy.loadDefaultsIfEmpty();
    }
}
