package vn.doimoi.ecosystem;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * The ecosystem in figures for the programme dashboard: each figure from the package that owns
 * it; a figure no package counts yet is zero rather than an error, so the dashboard never breaks
 * while an area is being built.
 */
@Service
public class EcosystemFigures {

    private final Map<EcosystemFigure, EcosystemFigureSource> sources = new EnumMap<>(EcosystemFigure.class);

    EcosystemFigures(List<EcosystemFigureSource> sources) {
        for (EcosystemFigureSource source : sources) {
            if (this.sources.put(source.figure(), source) != null) {
                throw new IllegalStateException("Two sources count " + source.figure());
            }
        }
    }

    public BigDecimal valueAt(EcosystemFigure figure, Instant instant) {
        EcosystemFigureSource source = sources.get(figure);
        return source == null ? BigDecimal.ZERO : source.valueAt(instant);
    }

    public boolean counted(EcosystemFigure figure) {
        return sources.containsKey(figure);
    }
}
