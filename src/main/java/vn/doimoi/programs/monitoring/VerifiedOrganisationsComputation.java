package vn.doimoi.programs.monitoring;

import java.math.BigDecimal;
import java.time.Instant;
import org.springframework.stereotype.Component;
import vn.doimoi.directory.Directory;

/** Organisations whose profile the Department has verified (reliable S&T information, task groups 3 and 6). */
@Component
class VerifiedOrganisationsComputation implements IndicatorComputation {

    static final String KEY = "DIRECTORY_VERIFIED_ORGANISATIONS";

    private final Directory directory;

    VerifiedOrganisationsComputation(Directory directory) {
        this.directory = directory;
    }

    @Override
    public String key() {
        return KEY;
    }

    @Override
    public BigDecimal valueAt(Instant instant) {
        return BigDecimal.valueOf(directory.countOrganisationsVerifiedBefore(instant));
    }
}
