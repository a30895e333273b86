package vn.doimoi.identity.web;

import java.util.Set;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class LoginController {

    private static final Set<String> REASONS = Set.of("bad", "locked", "disabled");

    @GetMapping("/login")
    String login(
            @RequestParam(required = false) String error,
            @RequestParam(defaultValue = "false") boolean ended,
            Model model) {
        // sessions (issue 16): a session ended because its account changed; the notice says no more.
        model.addAttribute("ended", ended);
        if (error != null) {
            model.addAttribute("error", REASONS.contains(error) ? error : "bad");
        }
        return "identity/login";
    }
}
