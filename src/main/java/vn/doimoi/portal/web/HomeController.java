package vn.doimoi.portal.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import vn.doimoi.directory.Directory;

/** The home page: what the platform is and where to go. */
@Controller
class HomeController {

    private final Directory directory;

    HomeController(Directory directory) {
        this.directory = directory;
    }

    @GetMapping("/")
    String home(Model model) {
        model.addAttribute("organisationCount", directory.organisations().size());
        return "portal/home";
    }
}
