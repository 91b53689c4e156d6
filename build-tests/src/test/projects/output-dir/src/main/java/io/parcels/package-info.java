/** Parcels on their way to customers. */
@DataModel(feature = "Shipping")
package io.parcels;

import io.modeldoc.annotations.DataModel;
