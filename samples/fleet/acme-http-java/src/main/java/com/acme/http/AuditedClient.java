package com.acme.http;

import com.acme.commons.AuditLog;

/** Outbound HTTP calls to partners; every call is audited with the caller and the URL. */
public class AuditedClient {
    public String send(String actor, String url) {
        AuditLog.record(actor, "POST " + url);
        return "202 Accepted";
    }
}
