package vn.doimoi.ecosystem.startups;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.doimoi.ecosystem.EcosystemFigure;
import vn.doimoi.ecosystem.EcosystemFigureSource;

/**
 * Programme 54-CTr/TU task group 5: startups recognised, and innovation organisations (incubators,
 * centres, intermediaries, investors) recognised, each counted at its recognition.
 */
@Configuration(proxyBeanMethods = false)
class InnovatorFigures {

    @Bean
    EcosystemFigureSource startupsSupported(InnovatorProfileRepository profiles) {
        return source(profiles, EcosystemFigure.STARTUPS_SUPPORTED, EnumSet.of(InnovatorKind.STARTUP));
    }

    @Bean
    EcosystemFigureSource innovationOrganisations(InnovatorProfileRepository profiles) {
        return source(
                profiles,
                EcosystemFigure.INNOVATION_ORGANISATIONS,
                EnumSet.complementOf(EnumSet.of(InnovatorKind.STARTUP)));
    }

    private static EcosystemFigureSource source(
            InnovatorProfileRepository profiles, EcosystemFigure figure, Set<InnovatorKind> kinds) {
        return new EcosystemFigureSource() {
            @Override
            public EcosystemFigure figure() {
                return figure;
            }

            @Override
            public BigDecimal valueAt(Instant instant) {
                return BigDecimal.valueOf(profiles.countByStateAndKindInAndRecognisedAtBefore(
                        RecognitionState.RECOGNISED, kinds, instant));
            }
        };
    }
}
