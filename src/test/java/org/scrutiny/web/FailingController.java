package org.scrutiny.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** A page that fails as a bug would, so that tests can see what a user is shown when the server fails. */
@Controller
class FailingController {
    static final String PATH = "/plans/" + TestData.PUBLISHED + "/test-failure";

    @GetMapping(PATH)
    String fail() {
        throw new IllegalStateException("a secret detail of the failure");
    }
}
