package vn.doimoi.identity.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** "Việc của tôi": where sign-in lands, what waits for the signed-in person now (issue 18, ADR 0044). */
@Controller
class MyWorkController {

    private final MyWork work;

    MyWorkController(MyWork work) {
        this.work = work;
    }

    @GetMapping("/me")
    String mine(Model model) {
        MyWork.Gathered gathered = work.gather();
        model.addAttribute("sections", gathered.sections());
        model.addAttribute("incomplete", gathered.incomplete());
        return "identity/me";
    }
}
