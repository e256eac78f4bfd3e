// The RE2 compiler lives with the matcher (role categories use it too); kinds import it from here.
export { compilePattern, MAX_REPEAT } from '../../match/re2.js';
