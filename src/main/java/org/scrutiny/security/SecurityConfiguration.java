package org.scrutiny.security;

import jakarta.servlet.DispatcherType;
import org.scrutiny.store.Database;
import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * The web application's security rules. The public may read published pages and sign in; every change
 * is a POST that needs a role and a CSRF token; anything not listed needs a signed-in user. Whether a
 * plan is a draft is known only once it is read, so the plan pages themselves refuse drafts to the
 * public (see {@link Visitors}).
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {
    // Only our own stylesheet: no inline script or style, no frames, forms post only to us.
    private static final String CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'self'; img-src 'self';"
            + " form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(requests -> requests.dispatcherTypeMatchers(
                                DispatcherType.ERROR, DispatcherType.FORWARD)
                        .permitAll()
                        .requestMatchers(EndpointRequest.to(HealthEndpoint.class))
                        .permitAll()
                        .requestMatchers(HttpMethod.POST, "/plans/*/publish", "/plans/*/withdraw")
                        .hasAnyRole(Role.ADMIN.name(), Role.ANALYST.name())
                        .requestMatchers(HttpMethod.POST, "/plans/*/actions/*/updates")
                        .hasAnyRole(Role.ADMIN.name(), Role.ANALYST.name(), Role.CONTRIBUTOR.name())
                        .requestMatchers(
                                HttpMethod.GET, "/", "/plans/**", "/css/**", "/schema/**", "/favicon.ico", "/error")
                        .permitAll()
                        .anyRequest()
                        .authenticated())
                .formLogin(form -> form.loginPage("/sign-in")
                        .loginProcessingUrl("/sign-in")
                        .failureUrl("/sign-in?error")
                        .defaultSuccessUrl("/")
                        .permitAll())
                .logout(logout -> logout.logoutUrl("/sign-out").logoutSuccessUrl("/sign-in?signedOut"))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .frameOptions(frame -> frame.deny())
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)));
        return http.build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return Passwords.encoder();
    }

    @Bean
    Users users(Database database) {
        return Users.on(database);
    }

    @Bean
    Accounts accounts(Users users, PasswordEncoder passwordEncoder) {
        return new Accounts(users, passwordEncoder);
    }

    @Bean
    UserDetailsService userDetailsService(Users users) {
        return new DatabaseUserDetailsService(users);
    }
}
