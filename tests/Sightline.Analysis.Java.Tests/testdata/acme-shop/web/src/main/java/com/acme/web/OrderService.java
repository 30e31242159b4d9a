package com.acme.web;

import com.acme.commons.AuditLog;
import java.util.*;
import lombok.extern.slf4j.Slf4j;
import org.springframework.stereotype.Service;

@Slf4j
@Service
public class OrderService extends BaseService {
    private final AuditLog audit = new AuditLog();

    public Receipt place(String id) {
        super.check(id);
        this.remember(id);
        log.info("placing {}", id);
        List<String> items = new ArrayList<>();
        items.add(id);
        items.forEach(this::remember);
        items.forEach(item -> audit.record(item));
        var builder = new StringBuilder();
        builder.append(id).append('!');
        Runnable task = new Runnable() {
            @Override
            public void run() {
                audit.record("async " + builder);
            }
        };
        task.run();
        return receipt(builder.toString());
    }

    private void remember(String id) {
        audit.record(id);
    }

    private Receipt receipt(String text) {
        return new Receipt(text);
    }

    /** A nested class: its methods are OrderService.Receipt's. */
    static final class Receipt {
        private final String text;

        Receipt(String text) {
            this.text = text;
        }

        String render() {
            return text.toUpperCase(Locale.ROOT);
        }
    }
}
