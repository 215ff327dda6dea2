package org.kompanjoner.accounts.internal;

import java.time.Duration;
import org.kompanjoner.accounts.AccountRoutes;
import org.kompanjoner.web.Requests;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AccountStatusUserDetailsChecker;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.csrf.CsrfException;

/**
 * Who may do what, by address: everything public is readable by anyone; an account is needed for one's
 * own pages and for every change; staff pages need a staff role. Finer checks (owner of this
 * organisation) sit in the services, so no address can bypass them.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    @Bean
    SecurityFilterChain securityFilterChain(
            HttpSecurity http,
            SecurityContextRepository contexts,
            JdbcPeople people,
            @Value("${kompanjoner.session.absolute-lifetime}") Duration absoluteLifetime)
            throws Exception {
        http.authorizeHttpRequests(requests -> requests.requestMatchers(
                                "/actuator/health", "/actuator/health/**", "/actuator/info")
                        .permitAll()
                        .requestMatchers("/actuator/**")
                        .hasRole("ADMIN")
                        .requestMatchers("/admin/**")
                        .hasAnyRole("COORDINATOR", "ADMIN")
                        .requestMatchers("/mitt-konto", "/mitt-konto/**", AccountRoutes.NEW_ORGANISATION)
                        .authenticated()
                        .anyRequest()
                        .permitAll())
                .securityContext(context -> context.securityContextRepository(contexts))
                .csrf(csrf -> csrf.csrfTokenRequestHandler(new FormOrHeaderCsrfTokens()))
                .formLogin(form -> form.disable())
                .httpBasic(basic -> basic.disable())
                .exceptionHandling(errors -> errors.authenticationEntryPoint(
                                new LoginUrlAuthenticationEntryPoint(AccountRoutes.SIGN_IN))
                        .accessDeniedHandler((request, response, denied) -> {
                            // A stale form token deserves another explanation than a missing permission.
                            if (denied instanceof CsrfException) {
                                request.setAttribute(Requests.ERROR_KIND, "csrf");
                            }
                            response.sendError(403);
                        }))
                .logout(logout ->
                        logout.logoutUrl(AccountRoutes.SIGN_OUT).logoutSuccessUrl(AccountRoutes.SIGN_IN + "?signedOut"))
                .headers(headers -> headers.frameOptions(frame -> frame.deny()))
                .addFilterAfter(
                        new SessionGuard(absoluteLifetime, people, contexts), SecurityContextHolderFilter.class);
        return http.build();
    }

    @Bean
    SecurityContextRepository securityContextRepository() {
        return new HttpSessionSecurityContextRepository();
    }

    /** Argon2id (the OWASP first choice), behind an id prefix so the algorithm can be raised later. */
    @Bean
    PasswordEncoder passwordEncoder() {
        Argon2PasswordEncoder argon2 = Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8();
        DelegatingPasswordEncoder encoder = new DelegatingPasswordEncoder("argon2", java.util.Map.of("argon2", argon2));
        return encoder;
    }

    @Bean
    AuthenticationManager authenticationManager(UserDetailsService users, PasswordEncoder passwords) {
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(users);
        provider.setPasswordEncoder(passwords);
        // Whether an address is verified is told only to someone who knows its password.
        provider.setPreAuthenticationChecks(user -> {});
        provider.setPostAuthenticationChecks(new AccountStatusUserDetailsChecker());
        return new ProviderManager(provider);
    }
}
