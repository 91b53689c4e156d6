/** The books the shop sells. */
@DataModel(feature = "Catalogue", architect = "Ines Duarte")
package io.shop.catalog;

import io.modeldoc.annotations.DataModel;
