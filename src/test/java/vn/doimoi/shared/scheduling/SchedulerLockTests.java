package vn.doimoi.shared.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.ClassUtils;
import vn.doimoi.DoimoiSpringTest;

/** ShedLock on the real PostgreSQL: every scheduled job is locked, and a locked job runs once at a time. */
@DoimoiSpringTest
class SchedulerLockTests {

    @Autowired
    ApplicationContext context;

    @Autowired
    LockProvider lockProvider;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void everyScheduledJobOfDoimoiCarriesASchedulerLock() {
        List<String> scheduled = new ArrayList<>();
        List<String> unlocked = new ArrayList<>();
        for (String name : context.getBeanDefinitionNames()) {
            Class<?> bean = context.getType(name);
            if (bean == null) {
                continue;
            }
            Class<?> type = ClassUtils.getUserClass(bean);
            if (!type.getName().startsWith("vn.doimoi.")) {
                continue;
            }
            for (Method method : type.getDeclaredMethods()) {
                if (method.isAnnotationPresent(Scheduled.class)) {
                    scheduled.add(type.getSimpleName() + "." + method.getName());
                    if (!method.isAnnotationPresent(SchedulerLock.class)) {
                        unlocked.add(type.getSimpleName() + "." + method.getName());
                    }
                }
            }
        }
        assertThat(scheduled)
                .contains(
                        "NotificationMailerJob.sendPending",
                        "AuditCheckpointJob.write",
                        "ExecutionReminders.daily",
                        "DeadlineReminders.remind",
                        "ScheduledPublishing.publishDue",
                        "SavedSearches.digests",
                        "ListingJobs.freshness",
                        "DealJobs.timers",
                        "AgencyReportReminders.daily");
        assertThat(unlocked).isEmpty();
    }

    @Test
    void twoConcurrentRunsOfALockedJobExecuteOnce() throws Exception {
        // given a job that, once started, waits until the test lets it finish
        LockingTaskExecutor executor = new DefaultLockingTaskExecutor(lockProvider);
        String job = "test.concurrent-" + System.nanoTime();
        AtomicInteger runs = new AtomicInteger();
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch finish = new CountDownLatch(1);
        Runnable work = () -> {
            runs.incrementAndGet();
            started.countDown();
            try {
                finish.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        };
        ExecutorService nodes = Executors.newFixedThreadPool(2);
        try {
            // when a first node runs it and a second tries while the first still runs
            Future<?> first = nodes.submit(() -> executor.executeWithLock(work, lock(job)));
            assertThat(started.await(30, TimeUnit.SECONDS)).isTrue();
            Future<?> second = nodes.submit(() -> executor.executeWithLock(work, lock(job)));
            second.get(30, TimeUnit.SECONDS);
            finish.countDown();
            first.get(30, TimeUnit.SECONDS);

            // then the job ran once, and PostgreSQL holds the lock's row
            assertThat(runs).hasValue(1);
            assertThat(jdbc.sql("SELECT count(*) FROM public.shedlock WHERE name = ?")
                            .param(job)
                            .query(Integer.class)
                            .single())
                    .isEqualTo(1);

            // and once the first run is over, the next run goes ahead
            executor.executeWithLock(work, lock(job));
            assertThat(runs).hasValue(2);
        } finally {
            finish.countDown();
            nodes.shutdownNow();
        }
    }

    @Test
    void takingALockInsideATransactionCommitsNoneOfThatTransactionsWork() {
        // given a transaction that has written a row, and takes a job's lock before it rolls back
        String item = "lock-test-" + System.nanoTime();
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            jdbc.sql("""
                            INSERT INTO identity.reminder_sent (kind, item, due_on, moment, sent_at)
                            VALUES ('test', ?, DATE '2030-01-01', 'BEFORE', now())""").param(item).update();
            new DefaultLockingTaskExecutor(lockProvider)
                    .executeWithLock((Runnable) () -> {}, lock("test.in-transaction"));
            status.setRollbackOnly();
        });

        // then the row went with the rollback: the lock used a connection of its own
        assertThat(jdbc.sql("SELECT count(*) FROM identity.reminder_sent WHERE item = ?")
                        .param(item)
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    private static LockConfiguration lock(String name) {
        return new LockConfiguration(Instant.now(), name, Duration.ofMinutes(5), Duration.ZERO);
    }
}
