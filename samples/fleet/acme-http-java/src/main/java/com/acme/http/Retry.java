package com.acme.http;

/** Exponential backoff for retried calls. */
public final class Retry {
    private Retry() {
    }

    public static long backoff(int attempt) {
        return Math.min(30_000L, 100L << Math.min(attempt, 16));
    }
}
