package vn.doimoi.ecosystem.awards;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.doimoi.rules.RuleKind;

/** The award's rule is a kind the Department keeps: new categories are a new version, not a code change. */
@Configuration(proxyBeanMethods = false)
class AwardRuleKind {

    @Bean
    RuleKind<AwardRule> stiAwardRules() {
        return AwardRule.KIND;
    }
}
