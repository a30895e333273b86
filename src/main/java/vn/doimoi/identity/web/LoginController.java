package vn.doimoi.identity.web;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class LoginController {

    /** The longest wait the throttle asks for (a day); anything else in the address is ignored. */
    private static final long MAX_WAIT_SECONDS = 86_400;

    /**
     * The sign-in page. After a failure it says the one thing every failure says (ADR 0030: it
     * never tells whether the name exists or why); after a throttled attempt, how long to wait.
     */
    @GetMapping("/login")
    String login(
            @RequestParam(required = false) String error,
            @RequestParam(required = false) String wait,
            @RequestParam(required = false) String ended,
            Model model) {
        // A session ended because its account changed (ADR 0029); the notice says no more.
        model.addAttribute("ended", "true".equals(ended));
        Long seconds = seconds(wait);
        if (seconds != null) {
            model.addAttribute("waitSeconds", seconds);
        } else if (error != null) {
            model.addAttribute("error", "bad");
        }
        return "identity/login";
    }

    private static @Nullable Long seconds(@Nullable String wait) {
        if (wait == null || !wait.matches("\\d{1,6}")) {
            return null;
        }
        long seconds = Long.parseLong(wait);
        return seconds < 1 || seconds > MAX_WAIT_SECONDS ? null : seconds;
    }
}
