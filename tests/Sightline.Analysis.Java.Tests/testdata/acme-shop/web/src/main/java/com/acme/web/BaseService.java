package com.acme.web;

abstract class BaseService {
    protected void check(String id) {
        java.util.Objects.requireNonNull(id, "id");
    }
}
