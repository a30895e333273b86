package vn.doimoi.programs.monitoring;

import java.math.BigDecimal;
import java.time.Instant;
import org.springframework.stereotype.Component;
import vn.doimoi.directory.Directory;

/** Organisations with a profile in the S&T directory (task group 3's S&T information base). */
@Component
class DirectoryOrganisationsComputation implements IndicatorComputation {

    static final String KEY = "DIRECTORY_ORGANISATIONS";

    private final Directory directory;

    DirectoryOrganisationsComputation(Directory directory) {
        this.directory = directory;
    }

    @Override
    public String key() {
        return KEY;
    }

    @Override
    public BigDecimal valueAt(Instant instant) {
        return BigDecimal.valueOf(directory.countOrganisationsRegisteredBefore(instant));
    }
}
