package com.acme.commons;

public final class Strings {
    private Strings() {
    }

    public static String clean(String value) {
        return value == null ? "" : value.trim();
    }
}
