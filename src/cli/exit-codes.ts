/** The `plan-tracker` exit codes, shared by every command. */
export const EXIT_OK = 0;
/** validate: errors were found; flag: a recommendation is not covered. */
export const EXIT_FINDINGS = 1;
/** A file could not be read, an option is wrong, or the command could not finish. */
export const EXIT_UNREADABLE = 2;
