package vn.doimoi.shared.scheduling;

import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Every {@code @Scheduled} method also carries {@code @SchedulerLock}: with several nodes behind
 * the load balancer, the node that takes the job's row in {@code shedlock} runs it and the others
 * skip that run. Lock times come from PostgreSQL's clock, so nodes whose clocks drift agree.
 * A job that dies keeps its lock at most 30 minutes (each job may say otherwise).
 *
 * <p>The lock goes around the job's transaction (highest precedence), so it is released only
 * after the job's work is committed; and it always takes a connection of its own (the data source
 * is wrapped, so it never finds a JPA transaction's connection bound to the pool and commits that
 * transaction's work along with the lock row).
 */
@Configuration(proxyBeanMethods = false)
@EnableSchedulerLock(defaultLockAtMostFor = "PT30M", order = Ordered.HIGHEST_PRECEDENCE)
class SchedulerLockConfiguration {

    @Bean
    LockProvider lockProvider(DataSource dataSource) {
        return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(new DelegatingDataSource(dataSource)))
                .withTableName("public.shedlock")
                .usingDbTime()
                .build());
    }
}
