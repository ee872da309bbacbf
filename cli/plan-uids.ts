/** Item and run uids typed by unique prefix, as `git` takes commits: resolved against what exists. */
import { CliError, ExitCode } from './exit-codes.js';

export interface UidCandidate {
  uid: string;
  /** What the candidate is, to tell ambiguous matches apart (`scan, scan_id 4`). */
  label: string;
}

/**
 * The one candidate whose uid starts with `prefix`. None is exit 1 (like a refused request), several
 * are a usage error (exit 2): the command line must say more.
 */
export function resolvePrefix(prefix: string, candidates: readonly UidCandidate[], what: string, where: string): string {
  const wanted = prefix.trim().toLowerCase();
  if (!wanted) throw new CliError(`give the ${what} uid (or the start of it)`, ExitCode.Usage);
  const exact = candidates.find((c) => c.uid.toLowerCase() === wanted);
  if (exact) return exact.uid;
  const matches = candidates.filter((c) => c.uid.toLowerCase().startsWith(wanted));
  const [only] = matches;
  if (matches.length === 1 && only) return only.uid;
  if (matches.length === 0) throw new CliError(`no ${what} ${where} has a uid starting with '${prefix}' (${candidates.length} ${what}${candidates.length === 1 ? '' : 's'})`, ExitCode.RunFailed);
  const listed = matches.slice(0, 5).map((c) => `${c.uid} (${c.label})`).join(', ');
  throw new CliError(`'${prefix}' matches ${matches.length} ${what}s ${where}: ${listed}${matches.length > 5 ? ', …' : ''}; give more of the uid`, ExitCode.Usage);
}
