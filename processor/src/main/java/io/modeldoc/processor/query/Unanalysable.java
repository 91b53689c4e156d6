package io.modeldoc.processor.query;

/** A query whose accesses cannot be worked out for sure; the message says why, in words for the document. */
final class Unanalysable extends RuntimeException {

    Unanalysable(String reason) {
        super(reason, null, false, false);
    }
}
