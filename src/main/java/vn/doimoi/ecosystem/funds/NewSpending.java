package vn.doimoi.ecosystem.funds;

import java.time.LocalDate;
import vn.doimoi.shared.Money;

/** A spending from the fund on one eligible use (its code in the rule version of the day). */
public record NewSpending(LocalDate spentOn, String useCode, String description, Money amount) {}
