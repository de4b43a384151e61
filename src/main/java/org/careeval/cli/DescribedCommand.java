package org.careeval.cli;

/** A command that names its own help text, so the CLI localizes usage without a list of them. */
interface DescribedCommand {

  /** The message key of the command's one-line description. */
  String descriptionKey();
}
