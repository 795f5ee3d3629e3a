import type { Command } from '../context';
import { importCommand, listCommand, showCommand } from './candidates';
import { canShareCommand, clientsCommand, consentCommand, noticeCommand } from './consent';
import { initCommand, passwdCommand, statusCommand } from './vault';

/** Command names are a public interface: add, never rename. */
export const COMMANDS: readonly Command[] = [initCommand, statusCommand, passwdCommand, importCommand, listCommand, showCommand, consentCommand, noticeCommand, clientsCommand, canShareCommand];
