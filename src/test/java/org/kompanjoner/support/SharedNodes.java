package org.kompanjoner.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole application on a random port with everything a user depends on kept in the database:
 * sessions, rate limits and failed sign-ins, as several nodes run it. {@link SecondNode} starts another
 * node beside it on the same database. Failed sign-ins from one address are capped at 30, so that a test
 * reaches the cap quickly.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "kompanjoner.sessions=jdbc",
            "kompanjoner.rate-limits=database",
            "kompanjoner.sign-in.failures-per-address=30"
        })
@ActiveProfiles("test")
@Import(TestClock.InPlace.class)
public @interface SharedNodes {}
