/**
 * The model snapshot, {@code modeldoc/model.json}: the whole {@link io.modeldoc.processor.model.DataModel}
 * as pretty, key-sorted JSON with a format version, readable in code review and stable from build to build.
 */
package io.modeldoc.processor.snapshot;
