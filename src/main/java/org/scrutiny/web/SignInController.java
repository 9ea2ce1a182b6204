package org.scrutiny.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in page; Spring Security handles the form it posts and signing out. */
@Controller
class SignInController {

    @GetMapping("/sign-in")
    String signIn() {
        return "sign-in";
    }
}
