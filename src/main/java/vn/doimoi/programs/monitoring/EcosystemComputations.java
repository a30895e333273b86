package vn.doimoi.programs.monitoring;

import java.util.Arrays;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.doimoi.ecosystem.EcosystemFigure;
import vn.doimoi.ecosystem.EcosystemFigures;

/**
 * The innovation ecosystem's figures as computed indicators (issue 21): startups supported,
 * vouchers granted and used, enterprises with an S&T fund and their spending, initiatives
 * recognised, events and B2B meetings held. One computation per {@link EcosystemFigure}, keyed
 * {@code ECOSYSTEM_<figure>}, so a programme's indicator names the figure it follows.
 */
@Component
class EcosystemComputations {

    private final List<IndicatorComputation> all;

    EcosystemComputations(EcosystemFigures figures) {
        this.all = Arrays.stream(EcosystemFigure.values())
                .map(figure -> IndicatorComputation.of(figure.key(), instant -> figures.valueAt(figure, instant)))
                .toList();
    }

    List<IndicatorComputation> all() {
        return all;
    }
}
