package com.acme.web;

import org.apache.logging.log4j.LogManager;
import org.junit.jupiter.api.Test;

class OrderServiceTest {
    @Test
    void placesAnOrder() {
        new OrderService().place("t-1");
        LogManager.getLogger("test").warn("only in tests");
    }
}
