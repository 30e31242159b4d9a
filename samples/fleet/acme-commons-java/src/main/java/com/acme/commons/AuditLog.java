package com.acme.commons;

import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/** Writes audit events; services call it with user-supplied text, which is why Log4Shell matters here. */
public final class AuditLog {
    private static final Logger LOG = LogManager.getLogger(AuditLog.class);

    private AuditLog() {
    }

    public static void record(String actor, String action) {
        LOG.info("audit actor={} action={}", actor, action);
    }
}
