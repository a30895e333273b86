package vn.doimoi.shared;

import java.math.BigDecimal;
import java.util.Objects;
import vn.doimoi.shared.text.VietnameseFormats;

/** An amount of Vietnamese đồng; whole đồng only, never negative. */
public record Money(BigDecimal amount) implements Comparable<Money> {

    public static final Money ZERO = new Money(BigDecimal.ZERO);

    public Money {
        Objects.requireNonNull(amount, "amount");
        if (amount.signum() < 0) {
            throw new IllegalArgumentException("Money cannot be negative: " + amount);
        }
        if (amount.stripTrailingZeros().scale() > 0) {
            throw new IllegalArgumentException("Money is whole đồng: " + amount);
        }
        amount = amount.setScale(0);
    }

    public static Money of(long dong) {
        return new Money(BigDecimal.valueOf(dong));
    }

    public Money plus(Money other) {
        return new Money(amount.add(other.amount));
    }

    @Override
    public int compareTo(Money other) {
        return amount.compareTo(other.amount);
    }

    @Override
    public String toString() {
        return VietnameseFormats.money(amount);
    }
}
