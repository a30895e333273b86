package vn.doimoi.projects.execution;

import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.doimoi.projects.execution.ExecutionViews.TaskDetail;
import vn.doimoi.projects.execution.ExecutionViews.TrancheView;
import vn.doimoi.projects.rules.LumpSumRule;
import vn.doimoi.projects.rules.RuleSets;
import vn.doimoi.projects.support.PdfKit;
import vn.doimoi.projects.support.TaskAccess;
import vn.doimoi.rules.RuleVersion;
import vn.doimoi.shared.Province;
import vn.doimoi.shared.text.VietnameseFormats;

/**
 * The settlement of a task's state budget (quyết toán) as its funding mode wants it: a lump sum to
 * the final product is settled against the accepted products, without expenditure vouchers; a
 * partial lump sum settles the items its rule version excludes by voucher and the rest as a lump sum.
 */
@Component
class SettlementDocument {

    private final PdfKit kit;
    private final TaskAccess access;
    private final ProductMilestones milestones;
    private final RuleSets rules;

    SettlementDocument(
            MessageSource messages,
            Province province,
            TaskAccess access,
            ProductMilestones milestones,
            RuleSets rules) {
        this.kit = new PdfKit(messages, province);
        this.access = access;
        this.milestones = milestones;
        this.rules = rules;
    }

    /** The settlement as text, or null while the task has no contract. */
    @Nullable
    String text(TaskDetail task, Locale locale) {
        if (task.contract() == null) {
            return null;
        }
        FundingMode mode = task.contract().terms().fundingMode();
        StringBuilder text = new StringBuilder()
                .append(t(locale, "settlement.title"))
                .append('\n')
                .append(task.code())
                .append(" · ")
                .append(task.title())
                .append('\n')
                .append(t(locale, "settlement.mode", t(locale, "contract.fundingMode." + mode.name())))
                .append("\n\n");
        if (mode == FundingMode.LUMP_SUM_TO_FINAL_PRODUCT) {
            finalProduct(task, text, locale);
        } else {
            partial(task, text, locale);
        }
        text.append('\n').append(t(locale, "settlement.tranches")).append('\n');
        for (TrancheView tranche : task.tranches()) {
            text.append(t(
                            locale,
                            "settlement.tranche",
                            tranche.number(),
                            tranche.productName() == null ? t(locale, "settlement.advance") : tranche.productName(),
                            VietnameseFormats.money(tranche.amount()),
                            t(locale, "payment.state." + tranche.state().name())))
                    .append(tranche.paidOn() == null ? "" : " · " + VietnameseFormats.date(tranche.paidOn()))
                    .append('\n');
        }
        text.append(t(locale, "settlement.paid", VietnameseFormats.money(task.paid())))
                .append('\n');
        return text.toString();
    }

    private void finalProduct(TaskDetail task, StringBuilder text, Locale locale) {
        text.append(t(locale, "settlement.noVouchers")).append("\n\n");
        text.append(t(locale, "settlement.acceptedProducts")).append('\n');
        var accepted = milestones.accepted(access.load(task.id()));
        if (accepted.isEmpty()) {
            text.append(t(locale, "settlement.noneAccepted")).append('\n');
        }
        int n = 1;
        for (ProductMilestones.AcceptedProduct product : accepted) {
            text.append(t(
                            locale,
                            "settlement.acceptedProduct",
                            n++,
                            product.name(),
                            VietnameseFormats.date(product.acceptedOn()),
                            product.minutesNumber()))
                    .append('\n');
        }
    }

    private void partial(TaskDetail task, StringBuilder text, Locale locale) {
        RuleVersion<LumpSumRule> rule = rules.lumpSumFor(task.decisionDate());
        text.append(t(locale, "settlement.byVoucher", rule.basis().citation())).append('\n');
        for (String item : rule.values().excludedItems()) {
            text.append("- ").append(item).append('\n');
        }
        text.append(t(locale, "settlement.restLumpSum")).append('\n');
    }

    private String t(Locale locale, String key, Object... args) {
        return kit.t(locale, key, args);
    }
}
