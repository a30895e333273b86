package vn.doimoi.ecosystem.awards;

import java.math.BigDecimal;
import java.time.Instant;
import org.springframework.stereotype.Component;
import vn.doimoi.ecosystem.EcosystemFigure;
import vn.doimoi.ecosystem.EcosystemFigureSource;

/** Awards given by a decision recorded before an instant (Programme 54-CTr/TU task group 1). */
@Component
class AwardsGiven implements EcosystemFigureSource {

    private final NominationRepository nominations;

    AwardsGiven(NominationRepository nominations) {
        this.nominations = nominations;
    }

    @Override
    public EcosystemFigure figure() {
        return EcosystemFigure.AWARDS_GIVEN;
    }

    @Override
    public BigDecimal valueAt(Instant instant) {
        return BigDecimal.valueOf(nominations.countByStateAndAwardedAtBefore(NominationState.AWARDED, instant));
    }
}
