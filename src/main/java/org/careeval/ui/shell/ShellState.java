package org.careeval.ui.shell;

/** What the main window shows: the steps from start-up to a signed-in user. */
public enum ShellState {
  /** The database is being opened. */
  OPENING,
  /** The database could not be opened; the reason is shown. */
  FAILED,
  /** The database file is encrypted: its password is needed before anything else. */
  UNLOCK_DATABASE,
  /** A new data directory (or one without users): create the first administrator. */
  SETUP,
  SIGN_IN,
  /** Signed in, but the password was reset by an admin (or the user asked to change it). */
  CHANGE_PASSWORD,
  /** Idle too long: the same user must enter the password again. */
  LOCKED,
  READY
}
