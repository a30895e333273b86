package vn.doimoi.ecosystem.funds;

import java.time.LocalDate;
import vn.doimoi.shared.Money;

/**
 * An allocation to the fund from one tax year's income.
 *
 * @param taxYear the tax year whose taxable income the allocation comes from
 * @param allocatedOn the day it was set aside; the use period runs from it
 */
public record NewAllocation(int taxYear, LocalDate allocatedOn, Money taxableIncome, Money amount) {}
