/**
 * The catalogue: the books the shop sells, who wrote and published them, where they are shelved
 * and what shoppers think of them. The catalogue team keeps it up to date through the back
 * office and a nightly import from the distributor; the storefront only reads it, except for
 * the reviews shoppers write.
 */
@DataModel(
        feature = "Catalogue",
        architect = "Marta Nowak",
        status = DataModel.Status.APPROVED,
        date = "2026-09-14",
        requirements = {
            "Every edition the shop sells, with its ISBN, price, format and availability.",
            "Authors and publishers, shared between editions.",
            "A category tree for the shop navigation.",
            "Shopper reviews, shown once a moderator has published them."
        })
@UsagePatterns(
        reads = {
            "Book pages by ISBN, and title search",
            "Category listings, newest editions first",
            "Author pages with all their books"
        },
        writes = {
            "Nightly price and availability import from the distributor feed",
            "A few hundred new editions a week, entered by the catalogue team"
        },
        volume = "About 250,000 editions and 400,000 reviews",
        growth = "+10 % a year",
        performance = "Book page under 50 ms at the 95th percentile")
@Dependencies(
        upstream = {
            "Distributor feed: prices, availability and new editions",
            "ISBN agency: registration data of new editions"
        },
        downstream = {
            "Storefront search index: rebuilt from the catalogue every hour",
            "Orders: order lines refer to books"
        })
@Risk(value = "A corrupt distributor feed could overwrite prices of the whole catalogue",
        kind = Risk.Kind.TECHNICAL, impact = Risk.Impact.HIGH,
        mitigation = "The import is rejected when more than 5 % of prices change in one run")
@Risk(value = "A wrong price shown to shoppers is binding in some countries",
        kind = Risk.Kind.BUSINESS, impact = Risk.Impact.HIGH,
        mitigation = "Price changes of more than 30 % need a second approval")
@Timeline({
    @Timeline.Phase(name = "Design & Development", when = "Weeks 1-2",
            done = {"Schema creation", "Basic CRUD operations"}, todo = "Data model design completion"),
    @Timeline.Phase(name = "Testing & Refinement", when = "Week 3",
            done = "Data validation implementation", todo = {"Performance testing with a full distributor feed"}),
    @Timeline.Phase(name = "Deployment & Monitoring", when = "Week 4",
            todo = {"Production deployment", "Alerts on feed failures"})
})
package io.modeldoc.example.catalog;

import io.modeldoc.annotations.DataModel;
import io.modeldoc.annotations.Dependencies;
import io.modeldoc.annotations.Risk;
import io.modeldoc.annotations.Timeline;
import io.modeldoc.annotations.UsagePatterns;
