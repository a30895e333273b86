package vn.doimoi.projects.rules;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.doimoi.projects.execution.FundingMode;

/**
 * Which funding modes (khoán chi) a contract may choose, and what each asks of the contract (kind
 * {@code funding-modes}). The enum {@link FundingMode} is the vocabulary; what is allowed comes from
 * the version in force on the task's approval day.
 *
 * @param modes every mode the version speaks of, offered or not
 */
public record FundingModesRule(List<Mode> modes) {

    /**
     * One mode and its conditions.
     *
     * @param mode the mode
     * @param offered whether a contract may choose it
     * @param productsRequired whether the task must order at least one product
     * @param productMilestones whether every tranche after the first advance pays for one ordered product
     */
    public record Mode(FundingMode mode, boolean offered, boolean productsRequired, boolean productMilestones) {

        public Mode {
            if (mode == null) {
                throw new IllegalArgumentException("funding-modes: a mode without a name");
            }
        }
    }

    public FundingModesRule {
        if (modes == null || modes.isEmpty()) {
            throw new IllegalArgumentException("funding-modes: no mode");
        }
        Set<FundingMode> seen = EnumSet.noneOf(FundingMode.class);
        for (Mode mode : modes) {
            if (mode == null || !seen.add(mode.mode())) {
                throw new IllegalArgumentException("funding-modes: a mode named twice");
            }
        }
        if (modes.stream().noneMatch(Mode::offered)) {
            throw new IllegalArgumentException("funding-modes: no mode offered");
        }
        modes = List.copyOf(modes);
    }

    /** The modes a contract may choose, in the version's order. */
    public List<FundingMode> offered() {
        return modes.stream().filter(Mode::offered).map(Mode::mode).toList();
    }

    /** The conditions of a mode a contract may choose; empty when the version does not offer it. */
    public Optional<Mode> ifOffered(FundingMode mode) {
        return modes.stream().filter(m -> m.offered() && m.mode() == mode).findFirst();
    }
}
