package de.sozialraum.monitor.stage;

import java.io.IOException;

/**
 * One step of the run, in the one shape every step has: it is built with the configuration section
 * and the earlier results it needs, takes its input as a typed value and returns a typed result. A
 * step materialises its result before it returns (a checkpoint, a collected list, a written file),
 * because Spark evaluates lazily: only then does the step's time end where the step ends, and the
 * failpoint after it stand for work that is really done.
 *
 * @param <I> what the step reads
 * @param <O> what it hands on
 */
public interface Stage<I, O> {

  O apply(I input) throws InputException, IOException;

  /** What the step did, in German, for the progress line a person at a terminal reads. */
  String done(O output);
}
