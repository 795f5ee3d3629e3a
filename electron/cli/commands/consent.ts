import { BASES, Basis, EventStatus, METHODS, Method, PURPOSES, Purpose } from '../../../shared/consent/types';
import type { ConsentOverview } from '../../../shared/consent/overview';
import { CallFailed, type Command, type CommandContext } from '../context';
import { UsageError } from '../errors';
import { resolveCandidateId } from './candidate-id';
import { unlockVault } from './candidates';

const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
const strs = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : typeof v === 'string' ? [v] : []);
const DATE = /^\d{4}-\d{2}-\d{2}$/;

const clientIdsByName = async (ctx: CommandContext, names: string[]): Promise<number[]> => {
  if (names.length === 0) return [];
  const clients = await ctx.call('clients.list', {});
  const key = (s: string) => s.normalize('NFKD').replace(/\p{M}/gu, '').trim().toLowerCase();
  return names.map((n) => {
    const c = clients.find((x) => key(x.name) === key(n));
    if (!c)
      throw new CallFailed({ code: 'CLIENT_NOT_FOUND', message: `There is no client named "${n}". Add it with: cvault clients add "${n}" --country CC` });
    return c.id;
  });
};

const overviewText = (o: ConsentOverview): string =>
  [
    ...o.purposes.map((p) => `${p.purpose.padEnd(15)} ${p.status.padEnd(10)} ${p.basis ?? '—'}${p.expiresOn ? ` (until ${p.expiresOn})` : ''}${p.byDefault ? ' [default from source]' : ''}`),
    `art. 14 notice   ${o.notice.status}${o.notice.dueOn ? ` (due ${o.notice.dueOn})` : ''}${o.notice.informedOn ? ` (informed ${o.notice.informedOn})` : ''}`,
    `marketing        ${o.marketing.mode}`,
    ...(o.restricted ? ['processing       RESTRICTED'] : []),
    ...(o.objected ? ['objection        RECORDED'] : []),
    '',
    'History:',
    ...o.history.map((e) => `  ${e.at.slice(0, 16).replace('T', ' ')}  ${e.purpose}: ${e.status} (${e.basis})${e.method ? ` by ${e.method}` : ''} — ${e.consultant}${e.note ? ` — ${e.note}` : ''}`),
  ].join('\n');

export const consentCommand: Command = {
  name: 'consent',
  summary: 'Show a candidate\'s consent and legal bases, or record a change.',
  usage: [
    'cvault consent ID [--json]                         show status per purpose and the history',
    `cvault consent ID --purpose P --basis B --status S [--method M] [--note T] [--client NAME]... [--expires DATE] [--json]`,
    `  P: ${PURPOSES.join('|')}`,
    `  B: ${BASES.join('|')}`,
    '  S: given|requested|refused|withdrawn',
    `  M: ${METHODS.filter((m) => m !== 'import-default').join('|')}`,
  ].join('\n'),
  options: {
    purpose: { type: 'string' },
    basis: { type: 'string' },
    status: { type: 'string' },
    method: { type: 'string' },
    note: { type: 'string' },
    client: { type: 'string', multiple: true },
    expires: { type: 'string' },
  },
  async run(ctx) {
    const changing = ['purpose', 'basis', 'status', 'method', 'note', 'client', 'expires'].some((k) => ctx.values[k] !== undefined);
    let change: Parameters<typeof ctx.call<'consent.record'>>[1] | undefined;
    if (changing) {
      const purpose = Purpose.safeParse(ctx.values.purpose);
      const basis = Basis.safeParse(ctx.values.basis);
      const status = EventStatus.exclude(['not-asked']).safeParse(ctx.values.status);
      if (!purpose.success) throw new UsageError(`--purpose must be one of ${PURPOSES.join(', ')}.`);
      if (!basis.success) throw new UsageError(`--basis must be one of ${BASES.join(', ')}.`);
      if (!status.success) throw new UsageError('--status must be one of given, requested, refused, withdrawn.');
      const method = ctx.values.method === undefined ? undefined : Method.exclude(['import-default']).safeParse(ctx.values.method);
      if (method && !method.success) throw new UsageError(`--method must be one of ${METHODS.filter((m) => m !== 'import-default').join(', ')}.`);
      const expires = str(ctx.values.expires);
      if (expires !== undefined && !DATE.test(expires)) throw new UsageError('--expires takes a date as YYYY-MM-DD.');
      change = {
        candidateId: 0,
        purpose: purpose.data,
        basis: basis.data,
        status: status.data,
        ...(method?.success ? { method: method.data } : {}),
        ...(str(ctx.values.note) ? { note: str(ctx.values.note) } : {}),
        ...(expires ? { expiresOn: expires } : {}),
      };
    }
    await unlockVault(ctx);
    const candidateId = await resolveCandidateId(ctx, ctx.positionals[0]);
    const overview = change
      ? await ctx.call('consent.record', { ...change, candidateId, clientIds: await clientIdsByName(ctx, strs(ctx.values.client)) })
      : await ctx.call('consent.get', { candidateId });
    return { json: overview, text: overviewText(overview) };
  },
};

export const noticeCommand: Command = {
  name: 'notice',
  summary: 'Record that a candidate was informed (GDPR art. 14) or first contacted; or list who is due.',
  usage: 'cvault notice ID --informed-on DATE [--first-contact DATE] [--method M] [--json]\ncvault notice --due [--json]',
  options: { 'informed-on': { type: 'string' }, 'first-contact': { type: 'string' }, method: { type: 'string' }, due: { type: 'boolean' } },
  async run(ctx) {
    if (ctx.values.due) {
      await unlockVault(ctx);
      const due = await ctx.call('notice.due', {});
      return {
        json: due,
        text: due.length ? due.map((d) => `${d.ref.padEnd(14)} ${(d.name ?? '').padEnd(28)} ${d.notice.status.padEnd(8)} due ${d.notice.dueOn}`).join('\n') : 'No notices due.',
      };
    }
    const informedOn = str(ctx.values['informed-on']);
    const firstContactOn = str(ctx.values['first-contact']);
    if (!informedOn && !firstContactOn) throw new UsageError('Give --informed-on DATE and/or --first-contact DATE, or --due.');
    for (const d of [informedOn, firstContactOn]) if (d !== undefined && !DATE.test(d)) throw new UsageError('Dates are YYYY-MM-DD.');
    await unlockVault(ctx);
    const candidateId = await resolveCandidateId(ctx, ctx.positionals[0]);
    const n = await ctx.call('notice.record', {
      candidateId,
      ...(informedOn ? { informedOn } : {}),
      ...(firstContactOn ? { firstContactOn } : {}),
      ...(str(ctx.values.method) ? { method: str(ctx.values.method) } : {}),
    });
    return { json: n, text: `Art. 14 notice: ${n.status}${n.informedOn ? ` (informed ${n.informedOn})` : ''}${n.dueOn ? ` (due ${n.dueOn})` : ''}` };
  },
};

export const clientsCommand: Command = {
  name: 'clients',
  summary: 'Add or list the companies candidates are presented to.',
  usage: 'cvault clients add NAME --country CC [--contact PERSON] [--safeguard TEXT] [--json]\ncvault clients list [--json]',
  options: { country: { type: 'string' }, contact: { type: 'string' }, safeguard: { type: 'string' } },
  async run(ctx) {
    const [action, name] = ctx.positionals;
    if (action === 'list') {
      await unlockVault(ctx);
      const clients = await ctx.call('clients.list', {});
      return {
        json: clients,
        text: clients.length
          ? clients.map((c) => `${c.name.padEnd(30)} ${c.country}${c.outsideEea ? (c.transferSafeguard ? `  outside EEA — safeguard: ${c.transferSafeguard}` : '  outside EEA — no safeguard recorded') : ''}`).join('\n')
          : 'No clients yet.',
      };
    }
    if (action !== 'add' || !name) throw new UsageError('Use "clients add NAME --country CC" or "clients list".');
    const country = str(ctx.values.country);
    if (!country || !/^[A-Za-z]{2}$/.test(country)) throw new UsageError('--country takes a two-letter country code, e.g. BE.');
    await unlockVault(ctx);
    const c = await ctx.call('clients.add', {
      name,
      country,
      ...(str(ctx.values.contact) ? { contactPerson: str(ctx.values.contact) } : {}),
      ...(str(ctx.values.safeguard) ? { transferSafeguard: str(ctx.values.safeguard) } : {}),
    });
    const warn = c.outsideEea && !c.transferSafeguard ? '\nOutside the EEA: record the transfer safeguard before sharing CVs with this client.' : '';
    return { json: c, text: `Added client ${c.name} (${c.country}).${warn}` };
  },
};

export const canShareCommand: Command = {
  name: 'can-share',
  summary: 'May this candidate\'s CV be sent to this client? Prints every reason why not.',
  usage: 'cvault can-share ID --client NAME [--json]',
  options: { client: { type: 'string' } },
  async run(ctx) {
    const name = str(ctx.values.client);
    if (!name) throw new UsageError('Name the client with --client NAME.');
    await unlockVault(ctx);
    const candidateId = await resolveCandidateId(ctx, ctx.positionals[0]);
    const [clientId] = await clientIdsByName(ctx, [name]);
    const d = await ctx.call('sharing.check', { candidateId, ...(clientId ? { clientId } : {}) });
    return { json: d, text: d.allowed ? `Yes: the CV may be shared with ${name}.` : `No:\n${d.reasons.map((r) => `  - ${r.code}: ${r.message}`).join('\n')}` };
  },
};
