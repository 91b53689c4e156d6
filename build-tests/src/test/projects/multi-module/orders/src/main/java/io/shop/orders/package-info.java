/** Orders placed in the shop. */
@DataModel(feature = "Orders", architect = "Priya Raman")
package io.shop.orders;

import io.modeldoc.annotations.DataModel;
