package vn.doimoi.identity.notification;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends pending notification e-mails on a schedule, on one node at a time (ShedLock, ADR 0045).
 * ShedLock cannot lock a method that returns a number, so the lock sits on this job and
 * {@link NotificationMailer#sendPending()} keeps telling its callers how many went out.
 */
@Component
class NotificationMailerJob {

    private final NotificationMailer mailer;

    NotificationMailerJob(NotificationMailer mailer) {
        this.mailer = mailer;
    }

    @Scheduled(
            fixedDelayString = "${doimoi.identity.mail-interval:PT30S}",
            initialDelayString = "${doimoi.identity.mail-initial-delay:PT20S}")
    @SchedulerLock(name = "identity.notificationMailer")
    void sendPending() {
        mailer.sendPending();
    }
}
