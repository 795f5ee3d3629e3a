import type { Command } from '../context';
import { importCommand, listCommand, showCommand } from './candidates';
import { canShareCommand, clientsCommand, consentCommand, noticeCommand } from './consent';
import { exportCommand } from './export';
import { reviewCommand } from './review';
import { sharesCommand } from './shares';
import { templatesCommand } from './templates';
import { initCommand, passwdCommand, statusCommand } from './vault';
import { rightsCommand } from './rights';
import { eraseCommand } from './erase';
import { restrictCommand } from './restrict';
import { retentionCommand } from './retention';
import { auditCommand } from './audit';

/** Command names are a public interface: add, never rename. */
export const COMMANDS: readonly Command[] = [initCommand, statusCommand, passwdCommand, importCommand, listCommand, showCommand, consentCommand, noticeCommand, clientsCommand, canShareCommand, exportCommand, templatesCommand, sharesCommand, reviewCommand, rightsCommand, eraseCommand, restrictCommand, retentionCommand, auditCommand];
