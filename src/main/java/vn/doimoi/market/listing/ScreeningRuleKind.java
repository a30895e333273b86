package vn.doimoi.market.listing;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.doimoi.rules.RuleKind;

/** The screening lists of Decree 76/2018 are a kind of rule the Department keeps. */
@Configuration(proxyBeanMethods = false)
class ScreeningRuleKind {

    @Bean
    RuleKind<TransferScreeningRule> transferScreeningRules() {
        return TransferScreeningRule.KIND;
    }
}
