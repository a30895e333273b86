package vn.doimoi.projects.selection;

import jakarta.persistence.Embeddable;
import java.math.BigDecimal;

/** One line of a dossier's budget: state money and money from other sources, whole VND. */
@Embeddable
public class BudgetLine {

    private int position;
    private String item;
    private BigDecimal stateAmount;
    private BigDecimal otherAmount;

    protected BudgetLine() {}

    BudgetLine(int position, String item, BigDecimal stateAmount, BigDecimal otherAmount) {
        this.position = position;
        this.item = item;
        this.stateAmount = stateAmount;
        this.otherAmount = otherAmount;
    }

    public String item() {
        return item;
    }

    public BigDecimal stateAmount() {
        return stateAmount;
    }

    public BigDecimal otherAmount() {
        return otherAmount;
    }
}
