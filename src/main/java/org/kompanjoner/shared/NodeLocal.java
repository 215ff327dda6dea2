package org.kompanjoner.shared;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a scheduled method that tidies only this node's own memory (a map of counts that have run out),
 * so every node must run it for itself and it takes no lock. Every other scheduled method touches what
 * the nodes share and runs under a {@code @SchedulerLock}; the architecture tests hold both to that and
 * keep the list of node-local methods short and named.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface NodeLocal {}
