/**
 * Generated Java (JavaPoet): a {@code <Entity>Table} class of name constants per entity, and one
 * {@code ModelDocSchema} class that reads the generated scripts from the class path.
 */
package io.modeldoc.processor.javagen;
