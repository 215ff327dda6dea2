package org.kompanjoner.web;

/** Where {@link RateLimiter} keeps its counts: this node's memory, or the database all nodes share. */
interface RateCounts {

    /** Takes one attempt; 0 when it was allowed, else the seconds until one is available (at least 1). */
    long take(String scope, String key, RateLimiter.Limit limit);

    /** True when no attempt is left, without taking one. */
    boolean exhausted(String scope, String key, RateLimiter.Limit limit);

    /** Seconds until an attempt is available again, at least 1. */
    long secondsToWait(String scope, String key, RateLimiter.Limit limit);
}
