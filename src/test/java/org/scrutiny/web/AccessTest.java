package org.scrutiny.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** Who may see and change what: the public, each role, CSRF, signing in, and the health check. */
@WebTest
class AccessTest {
    private static final String SIGN_IN = "/sign-in";

    @Autowired
    MockMvc mvc;

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/plans/" + TestData.DRAFT,
                "/plans/" + TestData.DRAFT + "/indicators/D1",
                "/plans/" + TestData.DRAFT + "/actions/DA1",
                "/plans/" + TestData.DRAFT + "/exceptions",
            })
    void sendsThePublicToSignInForPagesOfADraftPlan(String page) throws Exception {
        mvc.perform(get(page)).andExpect(status().isFound()).andExpect(redirectedUrl(SIGN_IN));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/plans/" + TestData.DRAFT,
                "/plans/" + TestData.DRAFT + "/indicators/D1",
                "/plans/" + TestData.DRAFT + "/actions/DA1",
                "/plans/" + TestData.DRAFT + "/exceptions",
            })
    void showsPagesOfADraftPlanToAViewer(String page) throws Exception {
        mvc.perform(get(page).with(user("someone").roles("VIEWER"))).andExpect(status().isOk());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/plans/" + TestData.PUBLISHED + "/publish",
                "/plans/" + TestData.PUBLISHED + "/withdraw",
                "/plans/" + TestData.PUBLISHED + "/actions/A1/updates",
            })
    void sendsThePublicToSignInForEveryChange(String change) throws Exception {
        mvc.perform(post(change).with(csrf())).andExpect(status().isFound()).andExpect(redirectedUrl(SIGN_IN));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/plans/" + TestData.PUBLISHED + "/publish",
                "/plans/" + TestData.PUBLISHED + "/withdraw",
                "/plans/" + TestData.PUBLISHED + "/actions/A1/updates",
            })
    void refusesAViewerEveryChangeWithAForbiddenPage(String change) throws Exception {
        mvc.perform(post(change)
                        .param("asOf", "2019-01-01")
                        .param("status", "complete")
                        .param("text", "done")
                        .with(csrf())
                        .with(user("someone").roles("VIEWER")))
                .andExpect(status().isForbidden());
    }

    @Test
    void refusesAContributorPublishing() throws Exception {
        mvc.perform(post("/plans/" + TestData.TO_PUBLISH + "/publish")
                        .with(csrf())
                        .with(user("owner").roles("CONTRIBUTOR")))
                .andExpect(status().isForbidden());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/plans/" + TestData.TO_PUBLISH + "/publish",
                "/plans/" + TestData.TO_PUBLISH + "/withdraw",
                "/plans/" + TestData.PUBLISHED + "/actions/A1/updates",
                "/sign-out",
            })
    void refusesAPostWithoutACsrfToken(String change) throws Exception {
        mvc.perform(post(change).with(user("boss").roles("ADMIN"))).andExpect(status().isForbidden());
    }

    @Test
    void signsInWithTheRightPassword() throws Exception {
        mvc.perform(formLogin("/sign-in").user("analyst").password(TestData.PASSWORD))
                .andExpect(redirectedUrl("/"))
                .andExpect(authenticated().withUsername("analyst").withRoles("ANALYST"));
    }

    @Test
    void refusesToSignInWithAWrongPassword() throws Exception {
        mvc.perform(formLogin("/sign-in").user("analyst").password("not the password at all"))
                .andExpect(redirectedUrl("/sign-in?error"))
                .andExpect(unauthenticated());
    }

    @Test
    void refusesToSignInAnUnknownUser() throws Exception {
        mvc.perform(formLogin("/sign-in").user("nobody").password(TestData.PASSWORD))
                .andExpect(redirectedUrl("/sign-in?error"))
                .andExpect(unauthenticated());
    }

    @Test
    void signsOutByPost() throws Exception {
        mvc.perform(post("/sign-out").with(csrf()).with(user("analyst").roles("ANALYST")))
                .andExpect(redirectedUrl("/sign-in?signedOut"));
    }

    @Test
    void answersTheHealthCheckAnonymously() throws Exception {
        mvc.perform(get("/actuator/health"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP"))
                .andExpect(content().string(not(containsString("components"))));
    }

    @Test
    void servesThePlanFileSchemaToAnyone() throws Exception {
        mvc.perform(get("/schema/plan.schema.json"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.title").value("Scrutiny plan file"))
                .andExpect(jsonPath("$.required").isArray());
    }

    @Test
    void exposesNoOtherActuatorEndpoint() throws Exception {
        mvc.perform(get("/actuator/env").with(user("boss").roles("ADMIN"))).andExpect(status().isNotFound());
    }

    @Test
    void sendsSecurityHeaders() throws Exception {
        mvc.perform(get("/"))
                .andExpect(header().string("Content-Security-Policy", containsString("frame-ancestors 'none'")))
                .andExpect(header().string("Content-Security-Policy", not(containsString("unsafe-inline"))))
                .andExpect(header().string("X-Frame-Options", "DENY"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"));
    }

    @Test
    void putsTheCsrfTokenInEveryForm() throws Exception {
        mvc.perform(get("/plans/" + TestData.PUBLISHED + "/actions/A1")
                        .with(user("analyst").roles("ANALYST")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("name=\"_csrf\"")));
        mvc.perform(get("/sign-in")).andExpect(content().string(containsString("name=\"_csrf\"")));
    }

    @Test
    void sendsThePublicToSignInForUnlistedAddresses() throws Exception {
        mvc.perform(get("/admin")).andExpect(redirectedUrl(SIGN_IN));
    }
}
