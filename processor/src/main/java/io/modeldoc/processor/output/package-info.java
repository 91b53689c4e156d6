/**
 * Writing outputs: text resources through the {@code Filer}, UTF-8, each exactly once per compilation
 * ({@link io.modeldoc.processor.output.ResourceWriter}, which also puts the create scripts below the
 * package of {@code ModelDocSchema}); and {@code modeldoc.outputDir}
 * ({@link io.modeldoc.processor.output.OutputFolder}), kept to ModelDoc's own files by a manifest, or
 * only compared with the outputs under {@code modeldoc.verify=on}.
 */
package io.modeldoc.processor.output;
