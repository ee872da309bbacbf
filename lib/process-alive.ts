/** Whether a process with this pid exists (on this host). */
export function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but is not ours to signal, so still alive.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
