package vn.doimoi.ecosystem.funds;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.doimoi.rules.RuleKind;

/** The fund's rule is a kind the Department keeps, so a new tax law is a new version, not a code change. */
@Configuration(proxyBeanMethods = false)
class FundRuleKind {

    @Bean
    RuleKind<FundRule> enterpriseFundRules() {
        return FundRule.KIND;
    }
}
