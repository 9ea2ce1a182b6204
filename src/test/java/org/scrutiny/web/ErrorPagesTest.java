package org.scrutiny.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The error pages the servlet container shows, through a real server: MockMvc does not forward errors
 * to the error controller, so only a real request shows what a user would see.
 */
@WebTest
class ErrorPagesTest {
    private final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @LocalServerPort
    int port;

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpRequest.Builder to(String path) {
        // Browsers ask for HTML; without it the error controller answers in JSON.
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", "text/html,application/xhtml+xml;q=0.9,*/*;q=0.8");
    }

    @Test
    void showsAnUnknownPlanAsANotFoundPageInTheSiteLayout() throws Exception {
        HttpResponse<String> response = send(to("/plans/no-such-plan"));
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body())
                .contains("Page not found", "There is no plan called", "Skip to main content")
                .doesNotContain("Exception", "at org.", "Whitelabel");
    }

    @Test
    void showsAServerFailureAsAnApologyWithoutItsDetails() throws Exception {
        HttpResponse<String> response = send(to(FailingController.PATH));
        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(response.body())
                .contains("Sorry, there is a problem with the service", "Skip to main content")
                .doesNotContain("secret detail", "IllegalStateException", "at org.", "Whitelabel");
    }

    @Test
    void showsAnUnknownStylesheetAsANotFoundPage() throws Exception {
        HttpResponse<String> response = send(to("/css/no-such.css"));
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("Page not found").doesNotContain("Whitelabel");
    }

    @Test
    void showsAPostWithoutACsrfTokenAsAForbiddenPage() throws Exception {
        HttpResponse<String> response = send(to("/plans/" + TestData.PUBLISHED + "/publish")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("")));
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).contains("You cannot do this").doesNotContain("Exception", "Whitelabel");
    }

    @Test
    void showsABadAsAtAsABadRequestPage() throws Exception {
        HttpResponse<String> response = send(to("/plans/" + TestData.PUBLISHED + "/indicators/I1?asAt=yesterday"));
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("is not a date").doesNotContain("Exception");
    }

    @Test
    void answersTheHealthCheckAnonymously() throws Exception {
        HttpResponse<String> response = send(to("/actuator/health"));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"UP\"");
    }
}
