/**
 * Orders: who bought which books, at what price, how they paid and where the parcels are. An
 * order is placed in one checkout; from then on its prices never change, whatever happens in
 * the catalogue. Finance reconciles payments against it, and the warehouse ships it in one or
 * more parcels.
 */
@DataModel(
        feature = "Orders",
        architect = "Priya Raman",
        status = DataModel.Status.IN_REVIEW,
        date = "2026-11-02",
        requirements = {
            "Customers with their contact details and default delivery address.",
            "Orders with their lines, the prices agreed at checkout, and their status.",
            "The payment of each order, as confirmed by the payment provider.",
            "Parcels shipped for an order and their tracking numbers."
        })
@UsagePatterns(
        reads = {
            "A customer's recent orders, newest first",
            "Open orders by status, for the warehouse",
            "Payments by provider reference, for finance"
        },
        writes = {
            "One order, its lines and its payment at checkout",
            "A few status changes per order by the warehouse"
        },
        volume = "About 40,000 orders and 110,000 order lines a month",
        growth = "+25 % a year",
        performance = "Checkout writes in under 200 ms at the 95th percentile")
@Dependencies(
        upstream = {
            "Catalogue: the books ordered and their prices",
            "Payment provider: authorisations and captures"
        },
        downstream = {
            "Warehouse system: orders to pick and ship",
            "Finance ledger: payments and refunds"
        })
@Risk(value = "Losing orders between checkout and the warehouse export",
        kind = Risk.Kind.TECHNICAL, impact = Risk.Impact.CRITICAL,
        mitigation = "Point-in-time recovery with 5 minutes of data loss at most; the export is idempotent")
@Risk(value = "Personal data kept longer than the law allows",
        kind = Risk.Kind.BUSINESS, impact = Risk.Impact.HIGH,
        mitigation = "Inactive customers are anonymised automatically after 3 years")
package io.modeldoc.example.orders;

import io.modeldoc.annotations.DataModel;
import io.modeldoc.annotations.Dependencies;
import io.modeldoc.annotations.Risk;
import io.modeldoc.annotations.UsagePatterns;
