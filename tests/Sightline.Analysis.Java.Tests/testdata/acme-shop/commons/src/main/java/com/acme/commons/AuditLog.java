package com.acme.commons;

import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/** Writes audit events through log4j. */
public class AuditLog {
    private static final Logger LOG = LogManager.getLogger(AuditLog.class);

    public void record(String event) {
        LOG.info("audit {}", Strings.clean(event));
    }

    // Nothing calls this: its Logger.error call is unreached.
    private void unusedAlarm(String event) {
        LOG.error("alarm {}", event);
    }
}
