import type { RedactionReport, ReviewPlan } from '../../../shared/detect/plan-types';
import type { Command } from '../context';
import { UsageError } from '../errors';
import { resolveCandidateId } from './candidate-id';
import { unlockVault } from './candidates';

const strs = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : typeof v === 'string' ? [v] : []);

const short = (text: string): string => {
  const t = text.replace(/\s+/g, ' ');
  return t.length > 70 ? `${t.slice(0, 67)}...` : t;
};

const planText = (p: ReviewPlan): string => {
  const status =
    p.status.state === 'unreviewed' ? 'not reviewed' : `${p.status.state} by ${p.status.by ?? '?'} at ${(p.status.at ?? '').slice(0, 16).replace('T', ' ')} (version ${p.status.version ?? '?'})`;
  const lines = [
    `CV version ${p.version}: ${p.counts.identifier} identifiers, ${p.counts.special} special-category statements, ${p.counts.manual} manual; ` +
      `${p.counts.pending} pending, ${p.counts.accepted} accepted, ${p.counts.rejected} rejected. Review: ${status}.`,
  ];
  for (const kind of ['identifier', 'special', 'manual'] as const) {
    const items = p.items.filter((i) => i.kind === kind);
    if (items.length === 0) continue;
    lines.push('', `${kind === 'special' ? 'Special categories' : kind === 'manual' ? 'Manual' : 'Identifiers'}:`);
    for (const i of items)
      lines.push(`  ${i.id}  ${i.type.padEnd(17)} ${i.decision.padEnd(7)} ${i.confidence.toFixed(2)}  ${JSON.stringify(short(i.text))}${i.occurrences.length > 1 ? ` (${i.occurrences.length}x)` : ''}`);
  }
  return lines.join('\n');
};

const reportText = (r: RedactionReport): string =>
  [
    `CV version ${r.version}: removes ${r.removed.items} items in ${r.removed.occurrences} places; ${r.kept.rejected} rejected (kept), ${r.pending} still pending.`,
    '',
    'By type:',
    ...r.byType.map((t) => `  ${`${t.kind}/${t.type}`.padEnd(30)} ${t.occurrences}`),
    '',
    'By section:',
    ...r.bySection.map((s) => `  ${s.section.padEnd(30)} ${s.occurrences}`),
  ].join('\n');

export const reviewCommand: Command = {
  name: 'review',
  summary: 'Show and decide what to redact in a candidate\'s CV (identifiers, special categories), mark it reviewed.',
  usage: [
    'cvault review ID [--json]                 the redaction plan: items with ids, types, spans and decisions',
    'cvault review ID --accept-all [--done]    accept every suggestion (with --done: and mark reviewed)',
    'cvault review ID --accept ITEM_ID ...     accept items (item id f-… or occurrence id d-…)',
    'cvault review ID --reject ITEM_ID ...     reject items: they stay in the exported CV',
    'cvault review ID --add "TEXT" [--always]  redact a text by hand (--always: for every future CV version too)',
    'cvault review ID --done                   mark the review done (records who and when)',
    'cvault review ID --report [--json]        what the export removes, by type and section, without values',
    'Options combine; they apply in this order: --accept-all, --accept, --reject, --add, --done.',
  ].join('\n'),
  options: {
    'accept-all': { type: 'boolean' },
    accept: { type: 'string', multiple: true },
    reject: { type: 'string', multiple: true },
    add: { type: 'string', multiple: true },
    always: { type: 'boolean' },
    done: { type: 'boolean' },
    report: { type: 'boolean' },
  },
  async run(ctx) {
    const accept = strs(ctx.values.accept);
    const reject = strs(ctx.values.reject);
    const add = strs(ctx.values.add).map((t) => t.trim());
    if (add.some((t) => t === '')) throw new UsageError('--add takes a non-empty text.');
    if (ctx.values.always && add.length === 0) throw new UsageError('--always goes with --add "TEXT".');
    if (ctx.positionals.length > 1) throw new UsageError('Give one candidate id or reference.');
    await unlockVault(ctx);
    const candidateId = await resolveCandidateId(ctx, ctx.positionals[0]);
    let plan: ReviewPlan | undefined;
    if (ctx.values['accept-all']) plan = await ctx.call('review.decideAll', { candidateId, decision: 'accept' });
    if (accept.length) plan = await ctx.call('review.decide', { candidateId, ids: accept, decision: 'accept' });
    if (reject.length) plan = await ctx.call('review.decide', { candidateId, ids: reject, decision: 'reject' });
    for (const text of add) plan = await ctx.call('review.add', { candidateId, text, always: ctx.values.always === true });
    if (ctx.values.done) plan = await ctx.call('review.markReviewed', { candidateId });
    if (ctx.values.report) {
      const report = await ctx.call('review.report', { candidateId });
      return { json: report, text: reportText(report) };
    }
    plan ??= await ctx.call('review.get', { candidateId });
    return { json: plan, text: planText(plan) };
  },
};
