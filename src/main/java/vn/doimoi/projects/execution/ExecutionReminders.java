package vn.doimoi.projects.execution;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Once a day (07:00 Vietnam time) reminds hosts of reports due soon or overdue, and once a year
 * asks them to report the use of their registered results. Each reminder is sent once (flags on
 * the records), so several nodes or a restart do not repeat it.
 */
@Component
class ExecutionReminders {

    private static final Logger log = LoggerFactory.getLogger(ExecutionReminders.class);

    private final TaskExecutions executions;

    ExecutionReminders(TaskExecutions executions) {
        this.executions = executions;
    }

    @Scheduled(cron = "${doimoi.projects.execution.reminder-cron:0 0 7 * * *}", zone = "Asia/Ho_Chi_Minh")
    void daily() {
        int sent = executions.sendReminders();
        if (sent > 0) {
            log.info("Sent {} task execution reminders", sent);
        }
    }
}
