/**
 * ModelDoc's annotation processor: {@link io.modeldoc.processor.ModelDocProcessor} runs the
 * pipeline (read → assemble → render → write), {@link io.modeldoc.processor.Option} and
 * {@link io.modeldoc.processor.Settings} hold the {@code -A} options.
 */
package io.modeldoc.processor;
