package vn.doimoi.ecosystem.awards;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.doimoi.ecosystem.EcosystemFigure;
import vn.doimoi.ecosystem.EcosystemFigureSource;

/** Awards given by a decision recorded before an instant (Programme 54-CTr/TU task group 1). */
@Configuration(proxyBeanMethods = false)
class AwardsGiven {

    @Bean
    EcosystemFigureSource awardsGivenFigure(NominationRepository nominations) {
        return EcosystemFigureSource.counting(
                EcosystemFigure.AWARDS_GIVEN,
                instant -> nominations.countByStateAndAwardedAtBefore(NominationState.AWARDED, instant));
    }
}
