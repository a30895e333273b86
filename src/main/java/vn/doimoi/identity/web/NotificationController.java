package vn.doimoi.identity.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import vn.doimoi.identity.Accounts;
import vn.doimoi.identity.CurrentUser;
import vn.doimoi.identity.Notifications;

/** A signed-in user's inbox: what needs them, newest first. */
@Controller
class NotificationController {

    private static final int SHOWN = 100;

    private final Accounts accounts;
    private final Notifications notifications;

    NotificationController(Accounts accounts, Notifications notifications) {
        this.accounts = accounts;
        this.notifications = notifications;
    }

    @GetMapping("/notifications")
    String inbox(Model model) {
        CurrentUser me = accounts.current().orElseThrow();
        model.addAttribute("notifications", notifications.inbox(me.id(), SHOWN));
        return "identity/notifications";
    }

    @PostMapping("/notifications/read-all")
    String readAll() {
        CurrentUser me = accounts.current().orElseThrow();
        notifications.markAllRead(me.id());
        return "redirect:/notifications";
    }
}
