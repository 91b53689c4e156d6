package io.shop.orders;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** This module's classes come first on the class path, then catalog's jar: each ModelDocSchema reads its own scripts. */
class OwnScriptsTest {

    @Test
    void eachModuleReadsItsOwnScripts() {
        String orders = io.shop.orders.ModelDocSchema.ddl("postgresql");
        String catalog = io.shop.catalog.ModelDocSchema.ddl("postgresql");

        assertTrue(orders.contains("create table PurchaseOrder"), orders);
        assertFalse(orders.contains("create table book"), orders);
        assertTrue(orders.contains("book_isbn varchar(13) not null"), orders);
        assertTrue(catalog.contains("create table book"), catalog);
        assertFalse(catalog.contains("PurchaseOrder"), catalog);
    }
}
