package vn.doimoi.projects.selection;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * One budget line of a selected task: what the dossier requested (state and non-state money) and
 * what the appraisal group approved, with its reason when it changed the line.
 */
@Embeddable
public class AppraisedLine {

    private int position;
    private String item;
    private BigDecimal requestedState;
    private BigDecimal requestedOther;
    private BigDecimal approvedState;
    private BigDecimal approvedOther;

    @Column(length = 500)
    private @Nullable String reason;

    protected AppraisedLine() {}

    public AppraisedLine(int position, String item, BigDecimal requestedState, BigDecimal requestedOther) {
        this.position = position;
        this.item = item;
        this.requestedState = requestedState;
        this.requestedOther = requestedOther;
        this.approvedState = requestedState;
        this.approvedOther = requestedOther;
    }

    /** The group's figures; a change needs a reason, and state money never grows beyond the request. */
    public void adjust(BigDecimal state, BigDecimal other, @Nullable String why) {
        if (state == null || other == null || state.signum() < 0 || other.signum() < 0) {
            throw vn.doimoi.shared.DomainException.invalid("approval.error.lineAmount", item);
        }
        if (state.compareTo(requestedState) > 0) {
            throw vn.doimoi.shared.DomainException.invalid("approval.error.lineAboveRequest", item);
        }
        boolean changed = state.compareTo(requestedState) != 0 || other.compareTo(requestedOther) != 0;
        String reasonText = why == null || why.isBlank() ? null : why.strip();
        if (changed && reasonText == null) {
            throw vn.doimoi.shared.DomainException.invalid("approval.error.lineReason", item);
        }
        this.approvedState = state;
        this.approvedOther = other;
        this.reason = changed ? reasonText : null;
    }

    public int position() {
        return position;
    }

    String item() {
        return item;
    }

    BigDecimal requestedState() {
        return requestedState;
    }

    BigDecimal requestedOther() {
        return requestedOther;
    }

    public BigDecimal approvedState() {
        return approvedState;
    }

    public BigDecimal approvedOther() {
        return approvedOther;
    }

    @Nullable
    String reason() {
        return reason;
    }
}
