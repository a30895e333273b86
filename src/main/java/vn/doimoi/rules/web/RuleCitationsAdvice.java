package vn.doimoi.rules.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import vn.doimoi.rules.RuleCitations;

/** Gives the pages that cite a rule version the links to its basis ({@code rules/citation.jte}). */
@ControllerAdvice(annotations = Controller.class)
class RuleCitationsAdvice {

    private final RuleCitations citations;

    RuleCitationsAdvice(RuleCitations citations) {
        this.citations = citations;
    }

    @ModelAttribute("ruleCitations")
    RuleCitations citations() {
        return citations;
    }
}
