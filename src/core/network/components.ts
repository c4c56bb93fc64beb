/** Connected components of a {@link StreetNetwork} (issue 13: a network whose largest component holds under 90%
 * of the nodes gets a warning naming the share). */
import type { ResultError } from '../model/result';
import type { StreetNetwork } from './street-network';

/** The app warns when the largest connected component holds less than this share of the nodes. */
const LARGEST_COMPONENT_WARNING_SHARE = 0.9;

/**
 * For each node, the index of its connected component (components numbered 0, 1, … in order of their lowest node),
 * and the number of components.
 */
function labelComponents(network: StreetNetwork): { labels: Int32Array; count: number } {
  const { nodeCount, offsets, targets } = network;
  const labels = new Int32Array(nodeCount).fill(-1);
  const stack = new Int32Array(nodeCount);
  let count = 0;
  for (let start = 0; start < nodeCount; start++) {
    if ((labels[start] as number) >= 0) continue;
    labels[start] = count;
    let top = 0;
    stack[top++] = start;
    while (top > 0) {
      const node = stack[--top] as number;
      const end = offsets[node + 1] as number;
      for (let edge = offsets[node] as number; edge < end; edge++) {
        const next = targets[edge] as number;
        if ((labels[next] as number) >= 0) continue;
        labels[next] = count;
        stack[top++] = next;
      }
    }
    count++;
  }
  return { labels, count };
}

/** Share (0…1) of nodes in the largest connected component; 1 for an empty network. */
export function largestComponentShare(network: StreetNetwork): number {
  if (network.nodeCount === 0) return 1;
  const { labels, count } = labelComponents(network);
  const sizes = new Int32Array(count);
  for (let node = 0; node < network.nodeCount; node++) {
    const label = labels[node] as number;
    sizes[label] = (sizes[label] as number) + 1;
  }
  let largest = 0;
  for (let label = 0; label < count; label++) largest = Math.max(largest, sizes[label] as number);
  return largest / network.nodeCount;
}

/**
 * The `network-fragmented` warning (details `percent`: the largest component's share of the nodes, one decimal)
 * when `network.largestComponentShare` is under {@link LARGEST_COMPONENT_WARNING_SHARE}; else undefined.
 */
export function fragmentedWarning(network: StreetNetwork): ResultError | undefined {
  if (network.largestComponentShare >= LARGEST_COMPONENT_WARNING_SHARE) return undefined;
  const percent = Math.round(network.largestComponentShare * 1000) / 10;
  return {
    code: 'network-fragmented',
    message: `the largest connected part of the network holds only ${percent}% of its nodes`,
    details: { percent },
  };
}
