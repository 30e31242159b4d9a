package com.acme.billing;

import com.acme.http.AuditedClient;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/** Sends an invoice to the partner's endpoint; the user name comes from a request header. */
@RestController
public class InvoiceController {
    private final AuditedClient client = new AuditedClient();

    @PostMapping("/invoices/{id}/send")
    public String send(@PathVariable String id, @RequestHeader("X-User") String user) {
        return client.send(user, "https://partner.example/invoices/" + id);
    }
}
