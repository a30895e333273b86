package vn.doimoi.ecosystem.initiatives;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.doimoi.ecosystem.EcosystemFigure;
import vn.doimoi.ecosystem.EcosystemFigureSource;

/** Initiatives recognised by a decision recorded before an instant (Programme 54-CTr/TU task group 1). */
@Configuration(proxyBeanMethods = false)
class InitiativesRecognised {

    @Bean
    EcosystemFigureSource initiativesRecognisedFigure(InitiativeRepository initiatives) {
        return EcosystemFigureSource.counting(
                EcosystemFigure.INITIATIVES_RECOGNISED,
                instant -> initiatives.countByStateAndRecognisedAtBefore(InitiativeState.RECOGNISED, instant));
    }
}
