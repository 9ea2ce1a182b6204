package org.scrutiny;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The web application that {@code scrutiny serve} starts: the published pages for the public and the
 * signed-in pages for the OPCC's analysts and action owners.
 */
@SpringBootApplication
public class ScrutinyApplication {

    /** Starts the server without the command line, for running from an IDE. */
    public static void main(String[] args) {
        SpringApplication.run(ScrutinyApplication.class, args);
    }
}
