package io.modeldoc.processor.check;

import io.modeldoc.processor.diag.Problem;
import java.util.List;

/** One check of the model. */
interface Rule {

    void check(CheckContext context, List<Problem> problems);
}
