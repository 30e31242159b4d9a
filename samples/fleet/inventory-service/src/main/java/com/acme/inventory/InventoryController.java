package com.acme.inventory;

import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class InventoryController {
    private static final Logger LOG = LogManager.getLogger(InventoryController.class);

    @GetMapping("/stock")
    public String stock(@RequestHeader("User-Agent") String userAgent) {
        // The request header reaches log4j's message lookup: the Log4Shell pattern.
        LOG.info("stock requested by {}", userAgent);
        return "{\"items\": []}";
    }
}
