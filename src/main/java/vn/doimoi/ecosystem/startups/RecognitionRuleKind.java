package vn.doimoi.ecosystem.startups;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.doimoi.rules.RuleKind;

/** Recognition is a kind of rule the Department keeps: a circular with figures becomes a new version. */
@Configuration(proxyBeanMethods = false)
class RecognitionRuleKind {

    @Bean
    RuleKind<RecognitionRule> startupRecognitionRules() {
        return RecognitionRule.KIND;
    }
}
