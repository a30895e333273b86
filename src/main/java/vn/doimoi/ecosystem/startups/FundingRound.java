package vn.doimoi.ecosystem.startups;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.jspecify.annotations.Nullable;

/** One funding round: its name ("Hạt giống", "Series A"), year, the range raised and who invested. */
@Embeddable
public class FundingRound {

    private String name;
    private int year;

    @Enumerated(EnumType.STRING)
    @Column(name = "amount")
    private FundingRange amount;

    private @Nullable String investor;

    protected FundingRound() {}

    public FundingRound(String name, int year, FundingRange amount, @Nullable String investor) {
        this.name = name;
        this.year = year;
        this.amount = amount;
        this.investor = investor;
    }

    public String name() {
        return name;
    }

    public int year() {
        return year;
    }

    public FundingRange amount() {
        return amount;
    }

    public @Nullable String investor() {
        return investor;
    }
}
