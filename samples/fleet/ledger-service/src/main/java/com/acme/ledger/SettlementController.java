package com.acme.ledger;

import com.acme.http.Retry;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Reports when the next settlement attempt runs. */
@RestController
public class SettlementController {
    @GetMapping("/settlements/next-attempt")
    public long nextAttempt(int attempt) {
        return Retry.backoff(attempt);
    }
}
