package vn.doimoi.projects.selection.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.doimoi.projects.selection.LineAdjustment;
import vn.doimoi.shared.Money;

/**
 * The appraisal group's figures: per budget line ({@code lines[n].approvedState},
 * {@code lines[n].approvedOther}, {@code lines[n].reason}, n the line's position), or, for a
 * task without lines, one approved state budget; and a note.
 */
public class AppraisalForm {

    private long version = -1;
    private @Nullable Money stateBudget;
    private @Nullable String note;
    private List<Line> lines = new ArrayList<>();

    List<LineAdjustment> adjustments() {
        List<LineAdjustment> adjustments = new ArrayList<>();
        for (int position = 0; position < lines.size(); position++) {
            Line line = lines.get(position);
            if (line != null) {
                adjustments.add(new LineAdjustment(
                        position, amount(line.approvedState), amount(line.approvedOther), line.reason));
            }
        }
        return adjustments;
    }

    BigDecimal stateBudget() {
        return amount(stateBudget);
    }

    private static BigDecimal amount(@Nullable Money money) {
        return money == null ? BigDecimal.ZERO : money.amount();
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    public @Nullable Money getStateBudget() {
        return stateBudget;
    }

    public void setStateBudget(@Nullable Money stateBudget) {
        this.stateBudget = stateBudget;
    }

    public @Nullable String getNote() {
        return note;
    }

    public void setNote(@Nullable String note) {
        this.note = note;
    }

    public List<Line> getLines() {
        return lines;
    }

    public void setLines(List<Line> lines) {
        this.lines = lines;
    }

    /** One budget line as appraised. */
    public static class Line {

        private @Nullable Money approvedState;
        private @Nullable Money approvedOther;
        private @Nullable String reason;

        public @Nullable Money getApprovedState() {
            return approvedState;
        }

        public void setApprovedState(@Nullable Money approvedState) {
            this.approvedState = approvedState;
        }

        public @Nullable Money getApprovedOther() {
            return approvedOther;
        }

        public void setApprovedOther(@Nullable Money approvedOther) {
            this.approvedOther = approvedOther;
        }

        public @Nullable String getReason() {
            return reason;
        }

        public void setReason(@Nullable String reason) {
            this.reason = reason;
        }
    }
}
