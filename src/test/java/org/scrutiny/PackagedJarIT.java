package org.scrutiny;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs {@code target/scrutiny.jar} as a user does, after {@code package}: a command, then the server with the
 * examples loaded, whose pages are fetched signed out and signed in. The unit tests run on Maven's class path;
 * this is what proves the flat jar itself works — that its merged Spring files, service files and manifest
 * are whole.
 */
class PackagedJarIT {
    private static final Path JAR = Path.of("target/scrutiny.jar");
    private static final String PASSWORD = "a long password 123";

    @TempDir
    static Path folder;

    private static Process server;
    private static int port;
    private static Path log;

    @BeforeAll
    static void startTheServer() throws Exception {
        assertThat(JAR).as("run after package").exists();
        Process add = command(List.of("user", "add", "admin", "--role", "admin"))
                .redirectOutput(folder.resolve("user-add.log").toFile())
                .start();
        assertThat(add.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(Files.readString(folder.resolve("user-add.log"))).contains("Added admin as admin.");
        assertThat(add.exitValue()).isZero();

        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        log = folder.resolve("serve.log");
        server = command(List.of("serve", "--server.port=" + port))
                .redirectOutput(log.toFile())
                .start();
        HttpClient client = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (true) {
            try {
                // The server answers while it loads the examples, alphabetically; Suffolk's plan is the last.
                HttpResponse<String> home = client.send(get("/"), HttpResponse.BodyHandlers.ofString());
                if (home.statusCode() == 200 && home.body().contains("suffolk-2017-2021")) {
                    return;
                }
            } catch (IOException notYet) {
                // Not listening yet.
            }
            assertThat(server.isAlive())
                    .as("the server stopped: %s", Files.readString(log))
                    .isTrue();
            assertThat(System.nanoTime())
                    .as("the server did not start and load the examples within 120 s")
                    .isLessThan(deadline);
            Thread.sleep(250);
        }
    }

    @AfterAll
    static void stopTheServer() throws InterruptedException {
        if (server != null) {
            server.destroy();
            server.waitFor(30, TimeUnit.SECONDS);
        }
    }

    private static ProcessBuilder command(List<String> arguments) {
        List<String> line = new ArrayList<>();
        line.add(ProcessHandle.current().info().command().orElse("java"));
        line.add("-jar");
        line.add(JAR.toAbsolutePath().toString());
        line.addAll(arguments);
        ProcessBuilder builder =
                new ProcessBuilder(line).directory(folder.toFile()).redirectErrorStream(true);
        builder.environment().put("SCRUTINY_PASSWORD", PASSWORD);
        builder.environment().remove("SCRUTINY_DB_URL");
        return builder;
    }

    private static HttpRequest get(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(30))
                .build();
    }

    @Test
    void servesThePublishedExamplesToAnyone() throws Exception {
        HttpClient client = HttpClient.newHttpClient();

        HttpResponse<String> home = client.send(get("/"), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> plan = client.send(get("/plans/suffolk-2017-2021"), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> indicator = client.send(
                get("/plans/suffolk-2017-2021/indicators/crime-total"), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> draft =
                client.send(get("/plans/devon-cornwall-2014-2017"), HttpResponse.BodyHandlers.ofString());

        assertThat(home.body()).contains("suffolk-2017-2021");
        assertThat(plan.statusCode()).isEqualTo(200);
        assertThat(indicator.statusCode()).isEqualTo(200);
        assertThat(indicator.body()).contains("<svg").contains("<table");
        assertThat(draft.statusCode()).as("a draft is not shown to a visitor").isNotEqualTo(200);
        assertThat(Files.readString(log)).doesNotContain(" ERROR ");
    }

    @Test
    void showsDraftsOnceSignedIn() throws Exception {
        HttpClient client =
                HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        String form = client.send(get("/sign-in"), HttpResponse.BodyHandlers.ofString())
                .body();
        Matcher csrf = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"|value=\"([^\"]+)\"[^>]*name=\"_csrf\"")
                .matcher(form);
        assertThat(csrf.find()).as("the sign-in form has a CSRF token").isTrue();
        String token = csrf.group(1) != null ? csrf.group(1) : csrf.group(2);

        HttpResponse<Void> signIn = client.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/sign-in"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("username=admin&password="
                                + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8) + "&_csrf="
                                + URLEncoder.encode(token, StandardCharsets.UTF_8)))
                        .build(),
                HttpResponse.BodyHandlers.discarding());
        HttpResponse<String> draft =
                client.send(get("/plans/devon-cornwall-2014-2017"), HttpResponse.BodyHandlers.ofString());

        assertThat(signIn.statusCode()).isEqualTo(302);
        assertThat(signIn.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));
        assertThat(draft.statusCode()).isEqualTo(200);
        assertThat(draft.body()).contains("Devon");
        assertThat(Files.readString(log)).doesNotContain(" ERROR ");
    }
}
