package org.scrutiny.web;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Beans and routes the pages share: the clock that says what "now" is, so that tests can fix it, and
 * the plan file's JSON Schema at {@code /schema/plan.schema.json}, for editors that check plan files
 * as they are typed.
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/schema/**")
                .addResourceLocations("classpath:/schema/")
                .setCacheControl(CacheControl.noCache());
    }
}
