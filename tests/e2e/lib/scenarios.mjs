// Reads the shipped scenarios and policies so tests can steer to a known
// node by choice numbers instead of hard-coding a path that a scenario
// writer might change.
import fs from 'node:fs';
import path from 'node:path';

// The shipped library comes one file per language (scripts/minify-scenarios.mjs);
// the same structure with disjoint text keys, so a deep merge restores both.
function merge(a, b) {
  if (Array.isArray(a)) return a.map((v, i) => merge(v, b[i]));
  if (a === null || typeof a !== 'object') return a;
  const out = { ...b };
  for (const [k, v] of Object.entries(a)) out[k] = k in b ? merge(v, b[k]) : v;
  return out;
}

export function loadShipped(root) {
  const dir = path.join(path.resolve(process.env.E2E_DIST || path.join(root, 'dist')), 'scenarios');
  const read = (lang) => JSON.parse(fs.readFileSync(path.join(dir, `library.${lang}.json`), 'utf8'));
  const library = merge(read('en'), read('nl'));
  const files = library.map((e) => e.file);
  const scenarios = library.map((e) => ({ file: e.file, ...e.scenario }));
  const policies = JSON.parse(fs.readFileSync(path.join(root, 'assets', 'policies', 'policies.json'), 'utf8'));
  return { files, scenarios, policies };
}

/** Whether a choice is open under a policy, judged only by policy rules. */
function policyAllows(choice, policy) {
  for (const c of choice.requires || []) {
    if ('authority' in c && !(policy.authorities || []).includes(c.authority)) return false;
    if ('policy' in c && c.policy !== policy.id) return false;
    if ('not_policy' in c && c.not_policy === policy.id) return false;
    // Meter conditions depend on play; avoid them so the path is certain.
    if ('at_least' in c || 'at_most' in c) return false;
  }
  const cost = choice.under?.[policy.id]?.goodwill ?? choice.goodwill ?? 0;
  return cost === 0 || cost <= (policy.goodwill_budget || 0);
}

function lockedAuthority(choice, policy) {
  const c = (choice.requires || []).find((r) => 'authority' in r && !(policy.authorities || []).includes(r.authority));
  return c ? c.authority : null;
}

/**
 * The shortest path (1-based choice numbers) to a node where a choice needs
 * an authority the policy lacks. Prefers `prefer` (e.g. competitor_order).
 */
export function findLockedChoice({ scenarios, policies }, policyId, prefer = 'competitor_order') {
  const policy = policies.find((p) => p.id === policyId);
  const found = [];
  for (const s of scenarios) {
    const byId = new Map(s.nodes.map((n) => [n.id, n]));
    const seen = new Set([s.start]);
    const queue = [{ id: s.start, path: [] }];
    while (queue.length) {
      const { id, path: p } = queue.shift();
      const node = byId.get(id);
      if (!node || node.ending) continue;
      (node.choices || []).forEach((choice, i) => {
        const authority = lockedAuthority(choice, policy);
        if (authority) found.push({ scenario: s.id, file: s.file, path: p, node: id, number: i + 1, choice: choice.id, authority });
      });
      (node.choices || []).forEach((choice, i) => {
        if (policyAllows(choice, policy) && !seen.has(choice.next)) {
          seen.add(choice.next);
          queue.push({ id: choice.next, path: [...p, i + 1] });
        }
      });
    }
  }
  found.sort((a, b) => (b.authority === prefer) - (a.authority === prefer) || a.path.length - b.path.length);
  return found[0] || null;
}

/** The texts a node's customer line may show: `customer` and its `wordings` (a seed picks one). */
export function wordingsOf(node) {
  return [node.customer, ...(node.wordings || [])];
}

/** A scenario text as a pattern, its placeholders ({customer}, {detail}, {agent}) matching anything. */
export function asPattern(text) {
  const escaped = text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(escaped.replace(/\\\{(customer|detail|agent)\\\}/g, '.+?'));
}

/** Which of a node's wordings `shown` holds in `lang`, or -1. */
export function wordingShown(node, lang, shown) {
  return wordingsOf(node).findIndex((w) => asPattern(w[lang]).test(shown));
}
