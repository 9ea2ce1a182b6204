package org.scrutiny.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.scrutiny.store.DatabaseSettings;
import org.scrutiny.store.Engine;
import org.scrutiny.store.TestDatabases;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole application on PostgreSQL through the {@code postgres} profile, as a deployment runs it:
 * the schema migrates, the example plan and its data load into the empty database, and pages read them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("postgres")
class ServeOnPostgresTest {
    private static final DatabaseSettings POSTGRES = TestDatabases.freshSettings(Engine.POSTGRESQL);
    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        // The profile reads these names from the environment; a property source of the same name stands in.
        registry.add("SCRUTINY_DB_URL", POSTGRES::url);
        registry.add("SCRUTINY_DB_USER", POSTGRES::user);
        registry.add("SCRUTINY_DB_PASSWORD", () -> "");
    }

    @Test
    void servesTheExamplePlanAndItsDataFromPostgres() throws Exception {
        assertThat(get("/").body()).contains("Suffolk Police and Crime Plan 2017-2021");

        HttpResponse<String> indicator = get("/plans/suffolk-2017-2021/indicators/crime-total");

        assertThat(indicator.statusCode()).isEqualTo(200);
        // Suffolk's total recorded crime in the 12 months to December 2018, from the bundled Home Office table.
        assertThat(indicator.body()).contains("12 months to December 2018").contains("54,124");
    }

    @Test
    void answersTheHealthCheck() throws Exception {
        assertThat(get("/actuator/health").body()).contains("\"status\":\"UP\"");
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
