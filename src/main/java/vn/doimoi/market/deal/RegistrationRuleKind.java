package vn.doimoi.market.deal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.doimoi.rules.RuleKind;

/** The market applies one kind of rule: the registration of transfer contracts. */
@Configuration(proxyBeanMethods = false)
class RegistrationRuleKind {

    @Bean
    RuleKind<RegistrationRules> transferRegistrationRules() {
        return RegistrationRules.KIND;
    }
}
