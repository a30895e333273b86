package vn.doimoi.ecosystem.initiatives;

import java.math.BigDecimal;
import java.time.Instant;
import org.springframework.stereotype.Component;
import vn.doimoi.ecosystem.EcosystemFigure;
import vn.doimoi.ecosystem.EcosystemFigureSource;

/** Initiatives recognised by a decision recorded before an instant (Programme 54-CTr/TU task group 1). */
@Component
class InitiativesRecognised implements EcosystemFigureSource {

    private final InitiativeRepository initiatives;

    InitiativesRecognised(InitiativeRepository initiatives) {
        this.initiatives = initiatives;
    }

    @Override
    public EcosystemFigure figure() {
        return EcosystemFigure.INITIATIVES_RECOGNISED;
    }

    @Override
    public BigDecimal valueAt(Instant instant) {
        return BigDecimal.valueOf(initiatives.countByStateAndRecognisedAtBefore(InitiativeState.RECOGNISED, instant));
    }
}
