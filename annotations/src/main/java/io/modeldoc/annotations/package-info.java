/**
 * Annotations that add what the code cannot say by itself to a ModelDoc design document.
 *
 * <p>The mapping (tables, columns, keys, relationships) comes from the JPA annotations the
 * entities already carry; these annotations add the business side: why a feature and its
 * entities exist, the rules they obey, how the data is used, how sensitive it is and what can go
 * wrong. Every annotation has {@code CLASS} retention, so the processor still sees it on classes
 * compiled in an earlier build, and none of them is needed at run time.
 *
 * <p>Where an annotation is missing, the document leaves the section it would feed out, or falls
 * back to the Javadoc a team already wrote.
 */
package io.modeldoc.annotations;
