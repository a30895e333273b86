package vn.doimoi.shared.scheduling;

import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every {@code @Scheduled} method also carries {@code @SchedulerLock}: with several nodes behind
 * the load balancer, the node that takes the job's row in {@code shedlock} runs it and the others
 * skip that run. Lock times come from PostgreSQL's clock, so nodes whose clocks drift agree.
 * A job that dies keeps its lock at most 30 minutes (each job may say otherwise).
 */
@Configuration(proxyBeanMethods = false)
@EnableSchedulerLock(defaultLockAtMostFor = "PT30M")
class SchedulerLockConfiguration {

    @Bean
    LockProvider lockProvider(DataSource dataSource) {
        return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource))
                .withTableName("public.shedlock")
                .usingDbTime()
                .build());
    }
}
