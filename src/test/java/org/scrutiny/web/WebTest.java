package org.scrutiny.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;

/**
 * A test of the web application through MockMvc and a real server on a random port, on a fresh SQLite file holding {@link TestData}. Every
 * class so annotated shares one Spring context, so the application starts once per test run.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"scrutiny.db.url=jdbc:sqlite:target/web-tests/${random.uuid}.db", "scrutiny.examples.load=false"})
@AutoConfigureMockMvc
@Import(TestData.class)
public @interface WebTest {}
