/**
 * Where Prometheus finds the processes of `brightline up`: each child serves `/metrics` on a
 * loopback port of its own (env BRIGHTLINE_METRICS), and `up` lists them in a file_sd targets file,
 * `<state dir>/prometheus-targets.json`, which deploy/prometheus/prometheus.yml reads. Prometheus
 * re-reads the file when it changes, so a restarted `up` (new ports) needs no Prometheus restart.
 */
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { stateDir } from '../gateway/auth/local-token.js';
import { freeTcpPort } from '../lib/free-port.js';

export const METRICS_HOST = '127.0.0.1';
const TARGETS_FILE = 'prometheus-targets.json';

export interface ScrapeTarget {
  /** `host:port` of the process's `/metrics`. */
  readonly address: string;
  readonly role: string;
  /** The beamline, or the supervisor's or gateway's instance name. */
  readonly instance: string;
}

/** One file_sd target group: https://prometheus.io/docs/prometheus/latest/configuration/configuration/#file_sd_config */
export interface TargetGroup {
  readonly targets: readonly string[];
  readonly labels: Readonly<Record<string, string>>;
}

export function prometheusTargetsFile(env: NodeJS.ProcessEnv = process.env): string {
  return join(stateDir(env), TARGETS_FILE);
}

/** One group per process, labelled with its role and instance (the beamline for beamline processes). */
export function targetGroups(targets: readonly ScrapeTarget[]): TargetGroup[] {
  return targets.map((t) => ({ targets: [t.address], labels: { role: t.role, instance: t.instance } }));
}

/** Writes the targets file whole (a temporary file renamed over it): Prometheus never reads half a file. */
export async function writePrometheusTargets(file: string, targets: readonly ScrapeTarget[]): Promise<void> {
  await mkdir(dirname(file), { recursive: true });
  const partial = `${file}.${process.pid}.tmp`;
  await writeFile(partial, `${JSON.stringify(targetGroups(targets), null, 2)}\n`);
  await rename(partial, file);
}

/** `count` loopback ports free right now, all different (the system may hand the same free port out twice). */
export async function distinctFreePorts(count: number): Promise<number[]> {
  const ports = new Set<number>();
  for (let attempt = 0; ports.size < count; attempt++) {
    if (attempt >= count * 10) throw new Error(`could not find ${count} different free TCP ports on ${METRICS_HOST}`);
    ports.add(await freeTcpPort());
  }
  return [...ports];
}
