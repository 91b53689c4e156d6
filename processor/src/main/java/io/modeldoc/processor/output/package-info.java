/** Writing outputs: text resources through the {@code Filer}, UTF-8, each exactly once per compilation. */
package io.modeldoc.processor.output;
