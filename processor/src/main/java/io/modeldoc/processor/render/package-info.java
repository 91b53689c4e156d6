/**
 * FreeMarker plumbing: one configuration per compilation, templates looked up first in the
 * {@code modeldoc.templates} folder and then on the processor's classpath, and one normaliser
 * every text output passes through. Templates only lay text out; escaping happens in Java.
 */
package io.modeldoc.processor.render;
